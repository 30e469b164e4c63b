package org.leerwerkplek.placements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.RetentionSetting;

/**
 * The people of a placement nobody worked on for {@code lwp.retention.placement-candidate-months}
 * (36) months: its candidate (name, contact, intake notes), its mentor and the reasons of its moves
 * are removed; the placement with its phases and dates stays for the pipeline's figures.
 */
@ApplicationScoped
public class PlacementRetention extends PeriodRule {

    static final RetentionSetting RULE = RetentionSetting.months("placements.candidates", "lwp.retention.placement-candidate-months", 36);

    private EntityManager em;
    private AuditLog audit;

    /** For the CDI proxy only. */
    protected PlacementRetention() {
        super(RULE);
    }

    @Inject
    public PlacementRetention(EntityManager em, AuditLog audit) {
        super(RULE);
        this.em = em;
        this.audit = audit;
    }

    @Override
    protected long countBefore(Instant cutoff) {
        return dormant(cutoff).size();
    }

    @Override
    protected long removeBefore(Instant cutoff, Instant now) {
        List<Placement> due = dormant(cutoff);
        for (Placement p : due) {
            p.erasePeople(now);
            removed(audit, AuditAction.RETENTION, PlacementService.AUDIT_KIND, p.getId());
        }
        em.flush();
        return due.size();
    }

    private List<Placement> dormant(Instant cutoff) {
        return em.createQuery("select p from Placement p where p.updatedAt < :cutoff and (p.candidateName is not null"
                        + " or p.candidateContact is not null or p.intakeNotes is not null or p.mentorEmail is not null)",
                        Placement.class)
                .setParameter("cutoff", cutoff).getResultList();
    }
}
