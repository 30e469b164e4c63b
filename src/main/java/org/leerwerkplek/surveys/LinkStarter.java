package org.leerwerkplek.surveys;

import java.time.Instant;
import java.util.Optional;

/**
 * A part that hands out personal links before their responses exist (fieldwork's invitations:
 * a wave of 100,000 writes no response row until someone opens a link). When a well-formed link
 * finds no response, the surveys part asks every {@code LinkStarter} bean whether it handed out
 * that link, and if one did, starts the response then, in a transaction of its own; two openings
 * at the same moment end with one response (the token hash is unique).
 */
public interface LinkStarter {

    /** The response to start for a link: on which instrument, in which language, open until when. */
    record PendingLink(String instrumentId, String language, Instant closesAt) {
    }

    /**
     * The response to start for the link with this (well-formed) token, if this part handed it
     * out. The part checks the token itself (by a hash it stored, or a MAC it can compute again).
     */
    Optional<PendingLink> pendingLink(String token);

    /** The response of that link was started, in the transaction that started it: note its id. */
    void started(String token, long responseId);
}
