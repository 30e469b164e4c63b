package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Keeps {@link CompanyReach} up to date: which advisors reach a company, by being assigned to it
 * or by having visited it, so the list finds an advisor's companies in one query.
 */
@ApplicationScoped
public class CompanyReaches {

    private EntityManager em;

    /** For the CDI proxy only. */
    protected CompanyReaches() {
    }

    @Inject
    public CompanyReaches(EntityManager em) {
        this.em = em;
    }

    /** Records that {@code advisor} (none when null) is the one assigned to the company. */
    void assigned(long companyId, String advisor) {
        for (CompanyReach reach : em.createNamedQuery(CompanyReach.ASSIGNED_TO_COMPANY, CompanyReach.class)
                .setParameter("company", companyId).getResultList()) {
            if (!reach.advisor().equals(advisor)) {
                reach.assign(false);
                if (!reach.reaches()) {
                    em.remove(reach);
                }
            }
        }
        if (advisor != null) {
            reach(advisor, companyId).assign(true);
        }
    }

    /** Records that {@code advisor} visited the company. */
    void visited(long companyId, String advisor) {
        reach(advisor, companyId).visit();
    }

    /** The reach of a new company's assigned advisor, to persist with it. */
    static CompanyReach assignedOnly(String advisor, long companyId) {
        CompanyReach reach = new CompanyReach(advisor, companyId);
        reach.assign(true);
        return reach;
    }

    private CompanyReach reach(String advisor, long companyId) {
        CompanyReach reach = em.find(CompanyReach.class, new CompanyReach.Key(advisor, companyId));
        if (reach == null) {
            reach = new CompanyReach(advisor, companyId);
            em.persist(reach);
        }
        return reach;
    }
}
