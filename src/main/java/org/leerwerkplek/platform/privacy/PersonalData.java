package org.leerwerkplek.platform.privacy;

import java.util.List;

/**
 * What a part holds about people, found by their e-mail address: each part with personal data
 * provides one (a CDI bean), so the platform answers access requests and erases a person without
 * knowing the parts. Both run in the caller's transaction.
 */
public interface PersonalData {

    /** What this part holds about {@code person}, every object with its fields. */
    List<PersonalRecord> find(Person person);

    /**
     * Erases {@code person}: names, addresses, phone numbers and free texts that can
     * identify them are removed, their links stop working, facts kept for statistics are no
     * longer linked to them. What was erased, by kind and id (never values).
     */
    List<ErasedObject> erase(Person person);
}
