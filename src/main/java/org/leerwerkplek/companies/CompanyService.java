package org.leerwerkplek.companies;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.leerwerkplek.companies.register.CompanyCsvReader;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.CompanyImport;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.companies.register.FieldProblem;
import org.leerwerkplek.companies.register.ImportProblem;
import org.leerwerkplek.companies.suitability.SuitabilityRules;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.PrivacyService;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.surveys.EntryTexts;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/**
 * The company register: registering and changing companies, the list, reassigning, the
 * trajectory phase, the CSV import and erasing a company with its people. Every method takes the
 * caller and checks, per company, that it may see or change it ({@link CompanyAccess}); a company
 * it may not see is not found. Every change is recorded in the audit trail ({@link CompanyAudit}).
 */
@ApplicationScoped
@Transactional
public class CompanyService {

    /** A page of a list, with the total number of items. */
    public record Page<T>(List<T> items, long total) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** The outcome of an import: how many companies were stored, or every problem (then nothing was stored). */
    public record ImportOutcome(int rows, int imported, List<ImportProblem> problems, int moreProblems) {
        public ImportOutcome {
            problems = List.copyOf(problems);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PrivacyService privacy;

    @Inject
    EntryTexts fiches;

    @Inject
    Event<CompanyErased> erasedEvents;

    private SurveyCatalog catalog;
    private CompanyAudit audit;
    private Clock clock;

    /** For the CDI proxy only. */
    protected CompanyService() {
    }

    @Inject
    public CompanyService(SurveyCatalog catalog, AuditLog audit, Clock clock) {
        this.catalog = catalog;
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
        em.flush();
        reachAssigned(company.getId(), company.getAdvisor());
        em.flush();
        audit.registered(company.getId(), company.details());
        return view(caller, company);
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
        Company company = editable(caller, id);
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
            reachAssigned(company.getId(), company.getAdvisor());
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "company.changedMeanwhile");
        }
        audit.changed(company.getId(), before, company.details());
        return view(caller, company);
    }

    public CompanyView find(UserService.Caller caller, long id) {
        return view(caller, readable(caller, id));
    }

    /**
     * A company the caller may see, with its contacts as they are: for inviting them to a survey
     * (fieldwork mails the contact, so an analyst who creates a wave needs the real address even
     * though the register shows analysts pseudonyms). Never for display.
     */
    public CompanyView forInvitation(UserService.Caller caller, long id) {
        Company company = readable(caller, id);
        return new CompanyView(company.getId(), company.getRowVersion(), company.details(), company.getPhase(),
                company.getSuitability(), false, false);
    }

    /** One page of the companies the caller may see, with the total: one query for the rows, one for the count. */
    public Page<CompanyRow> list(UserService.Caller caller, CompanyFilter filter, String sortField, boolean ascending,
                                 int first, int size) {
        List<CompanyRow> items = page(caller, filter, sortField, ascending, first, size);
        long total = items.size() < size && first == 0 ? items.size() : count(caller, filter);
        return new Page<>(items, total);
    }

    /** The rows of one page of the list, in one query (no entities, no collections loaded). */
    public List<CompanyRow> page(UserService.Caller caller, CompanyFilter filter, String sortField, boolean ascending,
                                 int first, int size) {
        if (first < 0 || size < 1 || size > 500) {
            throw new DomainException(DomainException.Kind.INVALID, "api.paging", 500);
        }
        CompanyListQuery query = CompanyListQuery.of(caller, filter, sortField, ascending);
        TypedQuery<CompanyRow> rows = em.createQuery(query.page(), CompanyRow.class);
        query.parameters().forEach(rows::setParameter);
        List<CompanyRow> items = rows.setFirstResult(first).setMaxResults(size).getResultList();
        if (CompanyAccess.isPseudonymised(caller)) {
            items = items.stream().map(r -> new CompanyRow(r.id(), r.number(), r.name(), r.city(), r.province(),
                    r.subsectors(), r.employees(), r.sizeClass(), null, r.phase(), r.suitability())).toList();
        }
        return items;
    }

    /** How many companies the caller may see match {@code filter}. */
    public long count(UserService.Caller caller, CompanyFilter filter) {
        CompanyListQuery query = CompanyListQuery.of(caller, filter, null, true);
        TypedQuery<Long> count = em.createQuery(query.count(), Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Gives a company to another advisor (or to none); admins only. */
    public CompanyView reassign(UserService.Caller caller, long id, Optional<String> advisor) {
        if (!CompanyAccess.isAdmin(caller)) {
            readable(caller, id);
            throw new DomainException(DomainException.Kind.INVALID, "company.reassign.adminOnly");
        }
        Company company = readable(caller, id);
        String before = company.getAdvisor();
        String chosen = advisor.map(String::trim).filter(a -> !a.isEmpty()).orElse(null);
        if (chosen != null && chosen.length() > 64) {  // a user name; the page's form sends what it is given
            throw new DomainException(DomainException.Kind.INVALID, "company.tooLong", 64);
        }
        company.assignTo(chosen, clock.instant());
        reachAssigned(company.getId(), company.getAdvisor());
        em.flush();
        audit.companyField(company.getId(), "advisor", before, company.getAdvisor());
        return view(caller, company);
    }

    public CompanyView advancePhase(UserService.Caller caller, long id, long version) {
        Company company = editable(caller, id);
        company.requireVersion(version);
        String before = company.getPhase().name();
        company.advancePhase(clock.instant());
        em.flush();
        audit.companyField(company.getId(), "phase", before, company.getPhase().name());
        return view(caller, company);
    }

    /**
     * The open support actions the caller owns, soonest due first (at most 100), with the company's
     * name and the support form's name, for its start page; those due within {@code days} days are
     * marked soon, those past their date overdue.
     */
    public List<DueAction> dueActions(UserService.Caller caller, int days) {
        LocalDate today = LocalDate.now(clock.withZone(VisitService.BELGIUM));
        Map<String, LocalizedText> forms = new HashMap<>();
        catalog.instrument(VisitService.FICHE).flatMap(a -> a.companion(SuitabilityRules.class))
                .ifPresent(rules -> rules.supportForms().forEach(f -> forms.put(f.code(), f.label())));
        return em.createNamedQuery(SupportAction.DUE_FOR, Object[].class)
                .setParameter("owner", caller.username())
                .setParameter("open", SupportAction.Status.OPEN)
                .setMaxResults(100)
                .getResultStream()
                .map(r -> {
                    String form = (String) r[3];
                    LocalDate due = (LocalDate) r[5];
                    boolean overdue = due.isBefore(today);
                    return new DueAction((Long) r[0], (Long) r[1], (String) r[2], form,
                            forms.getOrDefault(form, LocalizedText.dutch(form)), (String) r[4], due, overdue,
                            !overdue && !due.isAfter(today.plusDays(days)));
                })
                .toList();
    }

    /**
     * Imports companies from CSV. All or nothing: a wrong cell, a number given twice in the file
     * or a number already in the register stores nothing and is reported with line and column.
     */
    public ImportOutcome importCsv(UserService.Caller caller, Reader in) throws IOException {
        if (!CompanyAccess.isAdmin(caller)) {
            throw new DomainException(DomainException.Kind.INVALID, "company.import.adminOnly");
        }
        CompanyImport read = new CompanyCsvReader().read(in);
        if (!read.isValid()) {
            return new ImportOutcome(read.rows(), 0, read.problems(), read.moreProblems());
        }
        List<ImportProblem> problems = registered(read);
        if (!problems.isEmpty()) {
            return new ImportOutcome(read.rows(), 0, problems, 0);
        }
        int stored = 0;
        List<Company> batch = new ArrayList<>();
        for (CompanyImport.Line line : read.companies()) {
            batch.add(new Company(line.details(), clock.instant()));
            em.persist(batch.get(batch.size() - 1));
            if (++stored % 200 == 0 || stored == read.companies().size()) {
                em.flush();
                batch.stream().filter(c -> c.getAdvisor() != null)
                        .forEach(c -> em.persist(assignedReach(c.getAdvisor(), c.getId())));
                em.flush();
                em.clear();
                batch.clear();
            }
        }
        audit.imported(stored);
        return new ImportOutcome(read.rows(), stored, List.of(), 0);
    }

    /**
     * Erases a company with its people; admins only, and all or nothing. Each contact with an
     * address is erased as a person in every part ({@link PrivacyService#erase}: also as an invitee,
     * a mentor, from the outbox). Then the company leaves the register with its contacts, visits,
     * support plan and reach; its fiches stay for the statistics with their closed answers only
     * (every free text removed) and no link to the company; parts that refer to the company hear
     * of it ({@link CompanyErased}). Recorded in the audit trail.
     *
     * @return what was erased, by kind and id
     */
    public List<ErasedObject> erase(UserService.Caller caller, long id, long version) {
        Company company = readable(caller, id);
        if (!CompanyAccess.isAdmin(caller)) {
            throw new DomainException(DomainException.Kind.INVALID, "company.erase.adminOnly");
        }
        company.requireVersion(version);
        CompanyDetails details = company.details();
        List<ErasedObject> erased = new ArrayList<>();
        Set<String> addresses = new LinkedHashSet<>();
        details.contacts().stream().map(Contact::email).filter(e -> !e.isBlank())
                .forEach(e -> addresses.add(e.toLowerCase(Locale.ROOT)));
        for (String address : addresses) {
            erased.addAll(privacy.erase(address));
        }
        em.flush();
        em.detach(company);
        try (Connection connection = dataSource.getConnection()) {
            List<Long> visits = new ArrayList<>();
            for (CompanyPrivacyStore.VisitRow visit : CompanyPrivacyStore.visitsOf(connection, id)) {
                fiches.keepClosedAnswers(visit.responseId());
                visits.add(visit.id());
                erased.add(new ErasedObject(CompanyAudit.FICHE, Long.toString(visit.id())));
            }
            erasedEvents.fire(new CompanyErased(id, details.name()));
            CompanyPrivacyStore.deleteCompany(connection, id);
            audit.erased(id, details, visits);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot erase company " + id, e);
        }
        erased.add(new ErasedObject(CompanyAudit.COMPANY, Long.toString(id)));
        return erased;
    }

    /**
     * Erases one contact of a company as a person, by its address, in every part
     * ({@link PrivacyService#erase}); admins only. A contact without an address is removed by
     * changing the company.
     *
     * @param position the contact's position in the company's list, 0 first
     * @return what was erased, by kind and id
     */
    public List<ErasedObject> eraseContact(UserService.Caller caller, long id, int position) {
        Company company = readable(caller, id);
        if (!CompanyAccess.isAdmin(caller)) {
            throw new DomainException(DomainException.Kind.INVALID, "company.erase.adminOnly");
        }
        List<Contact> contacts = company.details().contacts();
        if (position < 0 || position >= contacts.size() || contacts.get(position).email().isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "company.erase.contactWithoutEmail");
        }
        String email = contacts.get(position).email();
        em.detach(company);
        return privacy.erase(email);
    }

    /** Records in the audit trail that a fiche's assessment changed the company's suitability. */
    void suitabilityChanged(long companyId, String before, String after) {
        audit.companyField(companyId, "suitability", before, after);
    }

    /** The lines whose number is in the register already. */
    private List<ImportProblem> registered(CompanyImport read) {
        Map<String, Integer> lineOf = new HashMap<>();
        read.companies().forEach(l -> lineOf.put(l.details().number().digits(), l.line()));
        Set<String> existing = new HashSet<>();
        List<String> numbers = new ArrayList<>(lineOf.keySet());
        for (int i = 0; i < numbers.size(); i += 500) {
            existing.addAll(em.createNamedQuery(Company.EXISTING_NUMBERS, String.class)
                    .setParameter("numbers", numbers.subList(i, Math.min(numbers.size(), i + 500)))
                    .getResultList());
        }
        return read.companies().stream()
                .filter(l -> existing.contains(l.details().number().digits()))
                .map(read::alreadyRegistered)
                .toList();
    }

    /** Records in {@link CompanyReach} that {@code advisor} (none when null) is the one assigned to the company. */
    private void reachAssigned(long companyId, String advisor) {
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

    /** Records in {@link CompanyReach} that {@code advisor} visited the company. */
    void reachVisited(long companyId, String advisor) {
        reach(advisor, companyId).visit();
    }

    private CompanyReach reach(String advisor, long companyId) {
        CompanyReach reach = em.find(CompanyReach.class, new CompanyReach.Key(advisor, companyId));
        if (reach == null) {
            reach = new CompanyReach(advisor, companyId);
            em.persist(reach);
        }
        return reach;
    }

    private static CompanyReach assignedReach(String advisor, long companyId) {
        CompanyReach reach = new CompanyReach(advisor, companyId);
        reach.assign(true);
        return reach;
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
        return new CompanyView(company.getId(), company.getRowVersion(), details, company.getPhase(),
                company.getSuitability(), pseudonymised, editable);
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
            Company other = holder.get();
            boolean seen = CompanyAccess.canRead(caller, other.getAdvisor(), visitedBy(caller, other.getId()));
            throw new DomainException(DomainException.Kind.CONFLICT,
                    seen ? "company.number.duplicate" : "company.number.registeredElsewhere",
                    details.number().formatted());
        }
    }

    private static CompanyDetails withAdvisor(CompanyDetails d, Optional<String> advisor) {
        return new CompanyDetails(d.number(), d.name(), d.street(), d.postalCode(), d.city(), d.province(),
                d.subsectors(), d.employees(), d.recognised(), d.systems(), advisor, d.contacts());
    }
}
