package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.FieldProblem;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.security.UserService;

/**
 * The company register's companies one by one: registering and changing them, reading them,
 * reassigning (a company's placements through the trajectory's phases are the placements part's). Every method takes the caller and checks, per company,
 * that it may see or change it ({@link CompanyAccess}); a company it may not see is not found.
 * Every change is recorded in the audit trail ({@link CompanyAudit}). The list is
 * {@link CompanyList}, the import {@link CompanyImportService}, erasure {@link CompanyErasure}.
 */
@ApplicationScoped
@Transactional
public class CompanyService {

    private EntityManager em;
    private AccessibleCompanies access;
    private CompanyReaches reaches;
    private CompanyAudit audit;
    private Clock clock;

    /** For the CDI proxy only. */
    protected CompanyService() {
    }

    @Inject
    public CompanyService(EntityManager em, AccessibleCompanies access, CompanyReaches reaches, AuditLog audit,
                          Clock clock) {
        this.em = em;
        this.access = access;
        this.reaches = reaches;
        this.audit = new CompanyAudit(audit);
        this.clock = clock;
    }

    public CompanyView register(UserService.Caller caller, CompanyDetails details) {
        if (!CompanyAccess.canRegister(caller)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "company.notFound");
        }
        requireValid(details);
        requireUnusedNumber(caller, details, null);
        CompanyDetails assigned = CompanyAccess.isAdmin(caller) ? details
                : withAdvisor(details, Optional.of(caller.username()));
        Company company = new Company(assigned, clock.instant());
        em.persist(company);
        CompanySubsectorRows.follow(em, company);
        reaches.assigned(company.getId(), company.getAdvisor());
        em.flush();
        audit.registered(company.getId(), company.details());
        return access.view(caller, company);
    }

    /** Changes the details; the advisor stays (it changes by {@link #reassign}). */
    public CompanyView update(UserService.Caller caller, long id, long version, CompanyDetails details) {
        return update(caller, id, version, details, false);
    }

    /**
     * Changes the details made on the copy with {@code version}; a copy older than the stored one
     * is refused as a conflict, also when two saves run at the same moment, so nothing is
     * overwritten. With {@code assign} (admins only) the details' advisor becomes the assigned one.
     */
    public CompanyView update(UserService.Caller caller, long id, long version, CompanyDetails details,
                              boolean assign) {
        Company company = access.editable(caller, id);
        if (assign && !CompanyAccess.isAdmin(caller)) {
            throw new DomainException(DomainException.Kind.INVALID, "company.reassign.adminOnly");
        }
        company.requireVersion(version);
        requireValid(details);
        requireUnusedNumber(caller, details, company.getId());
        CompanyDetails before = company.details();
        company.change(details, clock.instant());
        if (assign) {
            company.assignTo(details.advisor().orElse(null), clock.instant());
            reaches.assigned(company.getId(), company.getAdvisor());
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "company.changedMeanwhile");
        }
        CompanySubsectorRows.follow(em, company);
        audit.changed(company.getId(), before, company.details());
        return access.view(caller, company);
    }

    public CompanyView find(UserService.Caller caller, long id) {
        return access.view(caller, access.readable(caller, id));
    }

    /**
     * A company the caller may see, with its contacts as they are: for inviting them to a survey
     * (fieldwork mails the contact, so an analyst who creates a wave needs the real address even
     * though the register shows analysts pseudonyms). Never for display.
     */
    public CompanyView forInvitation(UserService.Caller caller, long id) {
        Company company = access.readable(caller, id);
        return new CompanyView(company.getId(), company.getRowVersion(), company.details(),
                company.getSuitability(), false, false);
    }

    /** Gives a company to another advisor (or to none); admins only. */
    public CompanyView reassign(UserService.Caller caller, long id, Optional<String> advisor) {
        if (!CompanyAccess.isAdmin(caller)) {
            access.readable(caller, id);
            throw new DomainException(DomainException.Kind.INVALID, "company.reassign.adminOnly");
        }
        Company company = access.readable(caller, id);
        String before = company.getAdvisor();
        String chosen = advisor.map(String::trim).filter(a -> !a.isEmpty()).orElse(null);
        if (chosen != null && chosen.length() > 64) {  // a user name; the page's form sends what it is given
            throw new DomainException(DomainException.Kind.INVALID, "company.tooLong", 64);
        }
        company.assignTo(chosen, clock.instant());
        reaches.assigned(company.getId(), company.getAdvisor());
        em.flush();
        audit.companyField(company.getId(), "advisor", before, company.getAdvisor());
        return access.view(caller, company);
    }

    /** The company an application became when it was taken: its id, and whether it was in the register already. */
    public record Intake(long companyId, boolean existing) {
    }

    /** A company of the register found by its number: its id and advisor (empty when unassigned). */
    public record Registered(long companyId, Optional<String> advisor) {
    }

    /**
     * The register's company with this number, whoever it is assigned to: for linking an employer's
     * application to it and giving the application to the advisor who knows the company. Nothing
     * else of the company leaves here.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Registered> registeredNumber(EnterpriseNumber number) {
        return em.createNamedQuery(Company.BY_NUMBER, Company.class).setParameter("number", number.digits())
                .getResultStream().findFirst()
                .map(company -> new Registered(company.getId(), Optional.ofNullable(company.getAdvisor())));
    }

    /**
     * The company an employer's application becomes when the caller takes it, one per enterprise
     * number, never a duplicate: the registered company with the number is linked (an unassigned one
     * is assigned to the taking advisor; one of another advisor only an admin may link), otherwise a
     * company is registered from the application's details (as {@link #register}: an advisor's is
     * assigned to that advisor).
     */
    public Intake registerOrLink(UserService.Caller caller, CompanyDetails details) {
        if (!CompanyAccess.canRegister(caller)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "company.notFound");
        }
        Optional<Company> holder = em.createNamedQuery(Company.BY_NUMBER, Company.class)
                .setParameter("number", details.number().digits()).getResultStream().findFirst();
        if (holder.isEmpty()) {
            return new Intake(register(caller, details).id(), false);
        }
        Company company = holder.get();
        if (company.getAdvisor() == null && !CompanyAccess.isAdmin(caller)) {
            company.assignTo(caller.username(), clock.instant());
            reaches.assigned(company.getId(), company.getAdvisor());
            em.flush();
            audit.companyField(company.getId(), "advisor", null, company.getAdvisor());
        } else if (!access.canRead(caller, company) || !access.view(caller, company).editable()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "application.companyOfAnotherAdvisor",
                    details.number().formatted());
        }
        return new Intake(company.getId(), true);
    }

    private static void requireValid(CompanyDetails details) {
        List<FieldProblem> problems = details.problems();
        if (!problems.isEmpty()) {
            FieldProblem first = problems.get(0);
            throw new DomainException(DomainException.Kind.INVALID, first.messageKey(), first.arguments());
        }
    }

    /**
     * Refuses a number another company already has. A caller who may see that company hears so; one
     * who may not (an advisor, for another advisor's company) hears only that the number is registered
     * and that an administrator can give access, nothing about the company itself.
     */
    private void requireUnusedNumber(UserService.Caller caller, CompanyDetails details, Long ownId) {
        Optional<Company> holder = em.createNamedQuery(Company.BY_NUMBER, Company.class)
                .setParameter("number", details.number().digits())
                .getResultStream().findFirst();
        if (holder.isPresent() && !holder.get().getId().equals(ownId)) {
            throw new DomainException(DomainException.Kind.CONFLICT,
                    access.canRead(caller, holder.get()) ? "company.number.duplicate" : "company.number.registeredElsewhere",
                    details.number().formatted());
        }
    }

    private static CompanyDetails withAdvisor(CompanyDetails d, Optional<String> advisor) {
        return new CompanyDetails(d.number(), d.name(), d.street(), d.postalCode(), d.city(), d.province(),
                d.subsectors(), d.employees(), d.recognised(), d.systems(), advisor, d.contacts());
    }
}
