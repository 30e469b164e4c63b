package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;

/** Invitees leaving a wave's mail through their opt-out link. */
@ApplicationScoped
public class OptOutService {

    /** What the opt-out page shows about a link: the company, and whether it had opted out before. */
    public record OptOutTarget(String company, boolean optedOut) {
    }

    private FieldworkStore store;
    private AuditLog audit;
    private Clock clock;

    /** For the CDI proxy only. */
    protected OptOutService() {
    }

    @Inject
    public OptOutService(FieldworkStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** The invitee behind an opt-out link; empty for an unknown link (no hint whether it ever existed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OptOutTarget> optOutTarget(String token) {
        return invitee(token).map(i -> new OptOutTarget(i.company(), i.optedOutAt() != null));
    }

    /** Opts the invitee of the link out of further mail of its wave; false for an unknown link. */
    @Transactional
    public boolean optOut(String token) {
        Optional<Invitee> invitee = invitee(token);
        invitee.ifPresent(i -> {
            Instant at = clock.instant();
            if (store.optOut(i.id(), at)) {
                audit.record(Actor.respondent(i.responseId()), AuditAction.UPDATE, FieldworkTrail.INVITEE, i.id(),
                        audit.changes(Map.of(), Map.of("optedOutAt", at)));
            }
        });
        return invitee.isPresent();
    }

    private Optional<Invitee> invitee(String token) {
        return InvitationLinks.invitee(store, token, InviteeLinks::isOptOutToken, FieldworkStore::byOptOutHash);
    }
}
