package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.leerwerkplek.surveys.LinkStarter;

/**
 * The answering links of invitations, for the surveys part: an invitation writes no survey
 * response; the response starts when the invitee first opens the link, on the wave's instrument
 * in the invitee's language, open until the wave closes, and its id is noted on the invitee (the
 * monitor's opened, started and submitted figures read it). An anonymised invitee's link (its
 * hash removed) starts nothing.
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
    public Optional<PendingLink> pendingLink(String tokenHash) {
        return store.byLinkHash(tokenHash).filter(invitee -> invitee.responseId() == null)
                .flatMap(invitee -> store.wave(invitee.waveId()).map(wave -> new PendingLink(wave.instrumentId(),
                        invitee.language(), wave.closesAt(clock.getZone()))));
    }

    @Override
    public void started(String tokenHash, long responseId) {
        store.recordResponse(tokenHash, responseId);
    }
}
