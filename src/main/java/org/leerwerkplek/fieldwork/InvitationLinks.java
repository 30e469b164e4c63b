package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.surveys.LinkStarter;

/**
 * The answering links of invitations, for the surveys part: an invitation writes no survey
 * response; the response starts when the invitee first opens the link, on the wave's instrument
 * in the invitee's language, open until the wave closes, and its id is noted on the invitee (the
 * monitor's opened, started and submitted figures read it). A link names its invitee and is
 * checked with the wave's key ({@link InviteeLinks}); a link issued before that form is found by
 * the hash on the invitee's row. An anonymised invitee's link starts nothing, nor does a link of
 * a wave whose key was removed after it closed.
 */
@ApplicationScoped
public class InvitationLinks implements LinkStarter {

    private FieldworkStore store;
    private Clock clock;

    /** For the CDI proxy only. */
    protected InvitationLinks() {
    }

    @Inject
    public InvitationLinks(FieldworkStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<PendingLink> pendingLink(String token) {
        return invitee(store, token, InviteeLinks::isResponseToken, FieldworkStore::byLinkHash)
                .filter(invitee -> invitee.responseId() == null)
                .flatMap(invitee -> store.wave(invitee.waveId()).map(wave -> new PendingLink(wave.instrumentId(),
                        invitee.language(), wave.closesAt(clock.getZone()))));
    }

    @Override
    public void started(String token, long responseId) {
        invitee(store, token, InviteeLinks::isResponseToken, FieldworkStore::byLinkHash)
                .ifPresent(invitee -> store.recordResponse(invitee.id(), responseId));
    }

    /** How a part of a link is looked up the old way: by the hash of its token. */
    interface ByHash {
        Optional<Invitee> find(FieldworkStore store, String hash);
    }

    /**
     * The invited, not anonymised invitee whose link (of the purpose {@code check} tests) this
     * token is: the id it carries, checked with the MAC of its wave's key; else, for links issued
     * before, the invitee whose stored hash matches.
     */
    static Optional<Invitee> invitee(FieldworkStore store, String token, Check check, ByHash legacy) {
        if (!SecretToken.isWellFormed(token)) {
            return Optional.empty();
        }
        Optional<Invitee> named = InviteeLinks.inviteeOf(token).flatMap(store::invited)
                .filter(invitee -> store.wave(invitee.waveId()).filter(Wave::hasLinkKey)
                        .map(wave -> check.test(wave.links("/"), invitee.id(), token)).orElse(false));
        if (named.isPresent()) {
            return named;
        }
        return legacy.find(store, SecretToken.hash(token));
    }

    /** Whether a token is the link of one purpose of an invitee under a wave's key. */
    interface Check {
        boolean test(InviteeLinks links, long inviteeId, String token);
    }
}
