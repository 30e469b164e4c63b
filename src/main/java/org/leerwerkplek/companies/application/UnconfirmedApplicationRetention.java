package org.leerwerkplek.companies.application;

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
 * An application nobody confirmed is deleted {@code lwp.retention.application-unconfirmed-days} (7)
 * days after it was sent (its confirmation link works {@code lwp.application.confirm-hours}, 48):
 * the address may not even be the applicant's own, and it never reached the queue.
 */
@ApplicationScoped
public class UnconfirmedApplicationRetention extends PeriodRule {

    static final RetentionSetting RULE = RetentionSetting.days("companies.applications-unconfirmed", "lwp.retention.application-unconfirmed-days", 7);

    private EntityManager em;
    private AuditLog audit;

    /** For the CDI proxy only. */
    protected UnconfirmedApplicationRetention() {
        super(RULE);
    }

    @Inject
    public UnconfirmedApplicationRetention(EntityManager em, AuditLog audit) {
        super(RULE);
        this.em = em;
        this.audit = audit;
    }

    @Override
    protected long countBefore(Instant cutoff) {
        return due(cutoff).size();
    }

    @Override
    protected long removeBefore(Instant cutoff, Instant now) {
        List<Long> due = due(cutoff);
        for (long id : due) {
            em.remove(em.find(CompanyApplication.class, id));
            removed(audit, AuditAction.DELETE, ApplicationAudit.APPLICATION, id);
        }
        em.flush();
        return due.size();
    }

    private List<Long> due(Instant cutoff) {
        return em.createNamedQuery(CompanyApplication.UNCONFIRMED_BEFORE, Long.class).setParameter("cutoff", cutoff).getResultList();
    }
}
