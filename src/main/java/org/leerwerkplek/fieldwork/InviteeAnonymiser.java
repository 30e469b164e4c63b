package org.leerwerkplek.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.leerwerkplek.platform.privacy.ErasedObject;

/**
 * Anonymises invitees, for an erasure and at the end of their retention period alike: the invitee
 * rows lose name, company name, address and link hashes ({@link FieldworkStore#anonymise}), and
 * the surveys part forgets the people behind their responses (free texts and link go, closed
 * answers stay, still counted in the wave). All in the caller's transaction.
 */
public final class InviteeAnonymiser {

    static final String INVITEE = "invitee";
    static final String RESPONSE = "survey-response";
    private static final int CHUNK = 1000;

    private final FieldworkStore store;
    private final Function<Collection<Long>, List<Long>> forgetResponses;

    /** @param forgetResponses the surveys part's forgetting; gives the responses that had something to forget */
    public InviteeAnonymiser(FieldworkStore store, Function<Collection<Long>, List<Long>> forgetResponses) {
        this.store = store;
        this.forgetResponses = forgetResponses;
    }

    /** Anonymises {@code invitees} and forgets their responses; what changed, by kind and id. */
    public List<ErasedObject> anonymise(List<FieldworkStore.ToAnonymise> invitees, Instant at) {
        List<ErasedObject> erased = new ArrayList<>();
        for (int from = 0; from < invitees.size(); from += CHUNK) {
            List<FieldworkStore.ToAnonymise> chunk = invitees.subList(from, Math.min(invitees.size(), from + CHUNK));
            store.anonymise(chunk.stream().map(FieldworkStore.ToAnonymise::inviteeId).toList(), at);
            chunk.forEach(i -> erased.add(new ErasedObject(INVITEE, Long.toString(i.inviteeId()))));
            List<Long> responses = chunk.stream().map(FieldworkStore.ToAnonymise::responseId).filter(Objects::nonNull).toList();
            forgetResponses.apply(responses).forEach(id -> erased.add(new ErasedObject(RESPONSE, Long.toString(id))));
        }
        return erased;
    }

    /** How many invitees of the waves closed before {@code day} are still to anonymise. */
    public long countClosedBefore(LocalDate day) {
        return store.countToAnonymise(day);
    }

    /** Anonymises the invitees of the waves closed before {@code day}; how many invitees. */
    public long anonymiseClosedBefore(LocalDate day, Instant at) {
        List<FieldworkStore.ToAnonymise> due = store.toAnonymise(day);
        anonymise(due, at);
        return due.size();
    }
}
