package org.leerwerkplek.platform.mail;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What a part gives the platform's mail sender for the mails it queued by reference
 * ({@link MailReference}): the values of their templates, looked up when the mails are sent. A
 * part offers it as a CDI bean; the platform finds it by the template names it declares and knows
 * nothing else about it.
 */
public interface MailValues {

    /** The templates of the mails this part queues by reference; no two parts name the same one. */
    Set<String> templates();

    /**
     * The values of each reference's template, in one look-up for a batch of mails. A reference
     * left out of the answer is withdrawn: what it refers to is gone (e.g. an erased person), and
     * its mail is not sent.
     */
    Map<String, Map<String, String>> values(Collection<String> references);
}
