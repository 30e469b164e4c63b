package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.UserService;

/**
 * The companies a caller may see or change ({@link CompanyAccess}), as the register's services
 * find them: a company it may not see is not found; and the company as that caller sees it.
 */
@ApplicationScoped
public class AccessibleCompanies {

    private EntityManager em;

    /** For the CDI proxy only. */
    protected AccessibleCompanies() {
    }

    @Inject
    public AccessibleCompanies(EntityManager em) {
        this.em = em;
    }

    /** The company, when the caller may see it; otherwise not found. */
    Company readable(UserService.Caller caller, long id) {
        Company company = em.find(Company.class, id);
        if (company == null || !CompanyAccess.canRead(caller, company.getAdvisor(), visitedBy(caller, id))) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "company.notFound");
        }
        return company;
    }

    /** The company, when the caller may change it; not found when it may not even see it. */
    Company editable(UserService.Caller caller, long id) {
        Company company = readable(caller, id);
        if (!CompanyAccess.canEdit(caller, company.getAdvisor(), visitedBy(caller, id))) {
            throw new DomainException(DomainException.Kind.INVALID, "company.readOnly");
        }
        return company;
    }

    /** Whether the caller may see {@code company}, which it found by other means than its id. */
    boolean canRead(UserService.Caller caller, Company company) {
        return CompanyAccess.canRead(caller, company.getAdvisor(), visitedBy(caller, company.getId()));
    }

    /**
     * Whether the caller is involved in the company as an advisor beyond being assigned: it visited
     * it, or it owns an open action of its support plan (it must be able to open the company from
     * its start page and close the action).
     */
    private boolean visitedBy(UserService.Caller caller, long companyId) {
        return em.createNamedQuery(Visit.VISITED_BY, Long.class)
                .setParameter("company", companyId)
                .setParameter("advisor", caller.username())
                .getSingleResult() > 0
                || em.createNamedQuery(SupportAction.OWNED_IN, Long.class)
                .setParameter("company", companyId)
                .setParameter("owner", caller.username())
                .setParameter("open", SupportAction.Status.OPEN)
                .getSingleResult() > 0;
    }

    /** The company as the caller sees it: pseudonymised contacts and no advisor for analysts. */
    CompanyView view(UserService.Caller caller, Company company) {
        boolean pseudonymised = CompanyAccess.isPseudonymised(caller);
        CompanyDetails details = company.details();
        if (pseudonymised) {
            CompanyDetails d = details;
            details = new CompanyDetails(d.number(), d.name(), d.street(), d.postalCode(), d.city(), d.province(),
                    d.subsectors(), d.employees(), d.recognised(), d.systems(), Optional.empty(),
                    Pseudonym.contacts(company.getId(), d.contacts()));
        }
        boolean editable = CompanyAccess.canEdit(caller, company.getAdvisor(), visitedBy(caller, company.getId()));
        return new CompanyView(company.getId(), company.getRowVersion(), details,
                company.getSuitability(), pseudonymised, editable);
    }
}
