package org.leerwerkplek.companies;

import jakarta.persistence.EntityManager;

/**
 * Keeps the size class and suitability that {@code company_subsector} repeats (migration V45, the
 * company list's pairs of filters, {@link CompanyListQuery}) equal to the company's own. Its rows are
 * {@link Company}'s activities (an element collection, written with only the activity); after every
 * write of a company's details or suitability the companies part calls {@link #follow} in the same
 * transaction, which copies both columns from the company row as stored, so the copy cannot differ
 * from what was written, whichever of them changed.
 */
final class CompanySubsectorRows {

    /** The same statement as V45's fill, for one company. */
    static final String FOLLOW = "UPDATE company_subsector"
            + " SET size_class = (SELECT c.size_class FROM company c WHERE c.id = company_subsector.company_id),"
            + " suitability = (SELECT c.suitability FROM company c WHERE c.id = company_subsector.company_id)"
            + " WHERE company_id = ?";

    private CompanySubsectorRows() {
    }

    /** Writes the pending changes (a new company gets its id), then copies the company's size class and suitability to its activity rows. */
    static void follow(EntityManager em, Company company) {
        em.flush();
        em.createNamedQuery(Company.FOLLOW_SUBSECTORS).setParameter(1, company.getId()).executeUpdate();
    }
}
