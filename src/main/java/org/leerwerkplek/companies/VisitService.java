package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leerwerkplek.companies.fiche.FicheDiff;
import org.leerwerkplek.companies.fiche.PlanProposal;
import org.leerwerkplek.companies.fiche.RegisterFacts;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.companies.suitability.Assessment;
import org.leerwerkplek.companies.suitability.SuitabilityRules;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.surveys.ResponseChannel;
import org.leerwerkplek.surveys.ResponseService;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Section;
import org.leerwerkplek.surveys.definition.validation.Violation;

/**
 * Visits and their fiches: planning a visit starts its fiche (pre-filled from the company's last
 * fiche), the fiche is saved section by section with a version check (a save on an older copy is
 * a conflict), each save refreshes the suitability, and the support plan is decided action by
 * action. Access as for the company ({@link CompanyAccess}). Every change is recorded in the audit
 * trail ({@link CompanyAudit}): a fiche's save by the codes of the answers it changed.
 */
@ApplicationScoped
@Transactional
public class VisitService {

    /** The instrument of the advisor's fiche. */
    public static final String FICHE = "leerwerkplekfiche";
    /** The section the visit fills itself (date, advisor, interviewee); never copied from the last fiche. */
    static final String INTERVIEW_SECTION = "interviewinfo";
    /** How far ahead a visit may be planned. */
    static final int MOST_DAYS_AHEAD = 366;

    /** A visit in a company's history. */
    public record VisitSummary(long id, long companyId, @Schema(type = SchemaType.STRING, format = "date") LocalDate date,
                               String interviewee, String advisor, boolean completed, Set<String> incompleteSections,
                               String suitability) {
    }

    /** A fiche as the interview page needs it. */
    public record Fiche(long visitId, long companyId, String companyName, long version, LocalDate date,
                        Instrument instrument, Answers answers, Set<String> incompleteSections, boolean completed,
                        boolean editable) {
    }

    /**
     * The outcome of saving a section: what is wrong (the section is kept, marked incomplete), the
     * new version, the fiche's answers as stored and its incomplete sections, so the page shows
     * them without reading the fiche again.
     */
    public record SectionSaved(List<Violation> violations, long version, Answers answers, Set<String> incompleteSections) {
    }

    /**
     * The suitability from a fiche with the plan: proposed actions not yet decided, and the decided
     * ones; with the fiche's definition, whose labels show the answers the assessment read or misses.
     */
    public record Suitability(Optional<Assessment> assessment, List<PlanProposal.ProposedAction> proposed,
                              List<SupportAction> decided, Instrument fiche) {
    }

    private EntityManager em;
    private AccessibleCompanies companies;
    private CompanyReaches reaches;
    private ResponseService responses;
    private UserService users;
    private SurveyCatalog catalog;
    private CompanyAudit audit;
    private Clock clock;

    /** For the CDI proxy only. */
    protected VisitService() {
    }

    @Inject
    public VisitService(EntityManager em, AccessibleCompanies companies, CompanyReaches reaches,
                        ResponseService responses, UserService users, SurveyCatalog catalog, AuditLog audit,
                        Clock clock) {
        this.em = em;
        this.companies = companies;
        this.reaches = reaches;
        this.responses = responses;
        this.users = users;
        this.catalog = catalog;
        this.audit = new CompanyAudit(audit);
        this.clock = clock;
    }

    /**
     * Plans or records a visit and starts its fiche. The fiche starts from the company's last
     * fiche (all sections but the interview info); what the register knows ({@link RegisterFacts}:
     * name, employees, activities, province, recognised systems) replaces what that fiche said,
     * since the register is kept up to date and the fiche is a snapshot; the interview info gets
     * the date, the advisor's name and who is interviewed.
     */
    public VisitSummary plan(UserService.Caller caller, long companyId, LocalDate date, String interviewee) {
        Company company = companies.editable(caller, companyId);
        if (date == null) {
            throw new DomainException(DomainException.Kind.INVALID, "company.visit.dateRequired");
        }
        if (date.isAfter(LocalDate.now(clock).plusDays(MOST_DAYS_AHEAD))) {
            throw new DomainException(DomainException.Kind.INVALID, "company.visit.farFuture", date.toString());
        }
        String who = interviewee == null ? "" : interviewee.trim();
        if (who.length() > 200) {
            throw new DomainException(DomainException.Kind.INVALID, "company.tooLong", 200);
        }
        Optional<Visit> last = visits(companyId).stream().findFirst();
        long responseId = responses.start(FICHE, Language.NL, ResponseChannel.INTERVIEW, caller.username()).responseId();
        Instrument instrument = responses.openEntry(responseId).orElseThrow().instrument();
        Map<String, AnswerValue> start = new HashMap<>();
        last.flatMap(v -> responses.openEntry(v.getResponseId())).ifPresent(previous -> {
            for (Section section : previous.instrument().sections()) {
                if (!section.id().equals(INTERVIEW_SECTION)) {
                    section.questions().forEach(q -> previous.answers().given(q.code())
                            .ifPresent(value -> start.put(q.code(), value)));
                }
            }
        });
        start.putAll(RegisterFacts.of(instrument, company.details(),
                code -> Messages.get(Messages.DUTCH, Subsector.valueOf(code).messageKey())));
        start.put("F0_DATUM", new AnswerValue.Date(date));
        start.put("F0_ADVISEUR", new AnswerValue.Text(users.find(caller.username())
                .map(UserService.UserView::displayName).filter(n -> n != null && !n.isBlank())
                .map(n -> n.length() > 100 ? n.substring(0, 100) : n).orElse(caller.username())));
        if (!who.isEmpty()) {
            start.put("F0_GESPREKSPARTNER", new AnswerValue.Text(who));
        }
        for (Section section : instrument.sections()) {
            Map<String, AnswerValue> page = new LinkedHashMap<>();
            section.questions().forEach(q -> Optional.ofNullable(start.get(q.code())).ifPresent(v -> page.put(q.code(), v)));
            if (!page.isEmpty()) {
                responses.saveEntry(responseId, section.id(), page, ResponseService.Move.STAY);
            }
        }
        Set<String> sections = instrument.sections().stream().map(Section::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Visit visit = new Visit(companyId, date, who.isEmpty() ? null : who, caller.username(), responseId, sections,
                clock.instant());
        em.persist(visit);
        reaches.visited(companyId, caller.username());
        em.flush();
        audit.visitPlanned(visit.getId(), companyId, date, visit.getInterviewee(), caller.username());
        return summary(visit);
    }

    /** The visits of a company, newest first. */
    public List<VisitSummary> history(UserService.Caller caller, long companyId) {
        companies.readable(caller, companyId);
        boolean pseudonymised = CompanyAccess.isPseudonymised(caller);
        return visits(companyId).stream().map(this::summary)
                .map(s -> pseudonymised ? new VisitSummary(s.id(), s.companyId(), s.date(),
                        s.interviewee() == null ? null : Pseudonym.ofInterviewee(s.id()), null, s.completed(),
                        s.incompleteSections(), s.suitability()) : s)
                .toList();
    }

    public Fiche fiche(UserService.Caller caller, long visitId) {
        Visit visit = visit(caller, visitId);
        Company company = companies.readable(caller, visit.getCompanyId());
        ResponseService.Opened opened = responses.openEntry(visit.getResponseId()).orElseThrow();
        boolean editable = !visit.isCompleted() && CompanyAccess.canEdit(caller, company.getAdvisor(),
                caller.username().equals(visit.getAdvisor()));
        Answers answers = CompanyAccess.isPseudonymised(caller) ? pseudonymised(opened.answers(), visit.getId())
                : opened.answers();
        return new Fiche(visit.getId(), company.getId(), company.getName(), visit.getRowVersion(), visit.getVisitDate(),
                opened.instrument(), answers, visit.incompleteSections(), visit.isCompleted(), editable);
    }

    /**
     * Saves one section of a fiche. Refused as a conflict when {@code version} is not the stored
     * one (someone saved in between). Answers are kept even when a required one is missing: the
     * section is then marked incomplete and the violations are returned.
     */
    public SectionSaved saveSection(UserService.Caller caller, long visitId, long version, String sectionId,
                                    Map<String, AnswerValue> answers) {
        return saveSection(caller, visitId, version, sectionId, answers, Language.NL);
    }

    /** As {@link #saveSection(UserService.Caller, long, long, String, Map)}, with the messages in {@code messages}. */
    public SectionSaved saveSection(UserService.Caller caller, long visitId, long version, String sectionId,
                                    Map<String, AnswerValue> answers, Language messages) {
        Visit visit = visit(caller, visitId);
        companies.editable(caller, visit.getCompanyId());
        visit.requireVersion(version);
        visit.requireOpen();
        ResponseService.Opened before = responses.openEntry(visit.getResponseId()).orElseThrow();
        ResponseService.Saved saved = responses.saveEntry(visit.getResponseId(), sectionId, answers,
                ResponseService.Move.STAY, messages);
        visit.sectionSaved(sectionId, saved.violations().isEmpty(), caller.username(), clock.instant());
        assess(visit);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "company.fiche.conflict", visit.getUpdatedBy());
        }
        audit.ficheSaved(visit.getId(), given(before.instrument(), before.answers()),
                given(before.instrument(), saved.answers()));
        return new SectionSaved(saved.violations(), visit.getRowVersion(), saved.answers(), visit.incompleteSections());
    }

    /** Completes the fiche when every shown question is valid (it is locked then); otherwise returns what is wrong. */
    public List<Violation> complete(UserService.Caller caller, long visitId, long version) {
        return complete(caller, visitId, version, Language.NL);
    }

    /** As {@link #complete(UserService.Caller, long, long)}, with the messages in {@code messages}. */
    public List<Violation> complete(UserService.Caller caller, long visitId, long version, Language messages) {
        Visit visit = visit(caller, visitId);
        companies.editable(caller, visit.getCompanyId());
        visit.requireVersion(version);
        List<Violation> violations = responses.submitEntry(visit.getResponseId(), messages);
        if (violations.isEmpty()) {
            visit.complete(caller.username(), clock.instant());
            em.flush();
            audit.ficheCompleted(visit.getId());
        }
        return violations;
    }

    /** What changed from the fiche of visit {@code earlier} to that of visit {@code later} (same company). */
    public List<FicheDiff.Difference> compare(UserService.Caller caller, long earlier, long later) {
        Visit before = visit(caller, earlier);
        Visit after = visit(caller, later);
        if (before.getCompanyId() != after.getCompanyId()) {
            throw new DomainException(DomainException.Kind.INVALID, "company.compare.otherCompany");
        }
        companies.readable(caller, after.getCompanyId());
        ResponseService.Opened a = responses.openEntry(before.getResponseId()).orElseThrow();
        ResponseService.Opened b = responses.openEntry(after.getResponseId()).orElseThrow();
        boolean pseudonymised = CompanyAccess.isPseudonymised(caller);
        return FicheDiff.between(b.instrument(), pseudonymised ? pseudonymised(a.answers(), before.getId()) : a.answers(),
                pseudonymised ? pseudonymised(b.answers(), after.getId()) : b.answers());
    }

    /** The suitability from the visit's fiche, the proposed actions still to decide and the decided ones. */
    public Suitability suitability(UserService.Caller caller, long visitId) {
        Visit visit = visit(caller, visitId);
        Company company = companies.readable(caller, visit.getCompanyId());
        ResponseService.Opened opened = responses.openEntry(visit.getResponseId()).orElseThrow();
        Optional<Assessment> assessment = rules(opened.instrument()).map(r -> r.assess(opened.instrument(), opened.answers()));
        List<SupportAction> decided = em.createNamedQuery(SupportAction.OF_VISIT, SupportAction.class)
                .setParameter("visit", visitId).getResultList();
        Set<String> decidedForms = decided.stream().map(SupportAction::getSupportForm).collect(Collectors.toSet());
        List<PlanProposal.ProposedAction> proposed = assessment
                .map(a -> PlanProposal.propose(a, decidedForms, owners().defaultFor(company.getAdvisor(),
                        visit.getAdvisor()), LocalDate.now(clock)))
                .orElse(List.of());
        return new Suitability(assessment, proposed, decided, opened.instrument());
    }

    /**
     * Accepts a proposed support form as an action with an owner and a due date. The owner is an
     * account that may own actions ({@link ActionOwners}), by user name; none given: the company's advisor.
     */
    public SupportAction accept(UserService.Caller caller, long visitId, String form, String description, String owner,
                                LocalDate due) {
        Visit visit = decidable(caller, visitId, form);
        ActionOwners owners = owners();
        String picked = owner == null || owner.isBlank()
                ? owners.defaultFor(em.find(Company.class, visit.getCompanyId()).getAdvisor(), caller.username()) : owner;
        SupportAction action = SupportAction.accepted(visit.getCompanyId(), visitId, form, description,
                owners.require(picked), due, caller.username(), clock.instant());
        em.persist(action);
        reaches.visited(visit.getCompanyId(), action.getOwner());
        em.flush();
        audit.actionDecided(action);
        return action;
    }

    /** Rejects a proposed support form: it is not proposed again for this visit. */
    public SupportAction reject(UserService.Caller caller, long visitId, String form) {
        Visit visit = decidable(caller, visitId, form);
        SupportAction action = SupportAction.rejected(visit.getCompanyId(), visitId, form, caller.username(),
                clock.instant());
        em.persist(action);
        em.flush();
        audit.actionDecided(action);
        return action;
    }

    /**
     * Changes an open accepted action (description, owner, due date) and sets its status: still
     * open, done or cancelled; a closed action leaves its owner's due list. A change made on an
     * older copy than the stored one ({@code version}) is refused as a conflict.
     */
    public SupportAction updateAction(UserService.Caller caller, long actionId, long version, String description,
                                      String owner, LocalDate due, SupportAction.Status status) {
        SupportAction action = Optional.ofNullable(em.find(SupportAction.class, actionId))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "company.action.notFound", actionId));
        try {
            companies.editable(caller, action.getCompanyId());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw new DomainException(DomainException.Kind.NOT_FOUND, "company.action.notFound", actionId);
            }
            throw e;
        }
        action.requireVersion(version);
        String picked = owner != null && owner.trim().equals(action.getOwner()) ? action.getOwner() : owners().require(owner);
        Map<String, Object> before = CompanyAudit.fields(action);
        action.change(description, picked, due, status);
        reaches.visited(action.getCompanyId(), picked);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "company.changedMeanwhile");
        }
        audit.actionChanged(action.getId(), before, action);
        return action;
    }

    /** The accounts that may own support actions, and the names of all accounts. */
    public ActionOwners owners() {
        return new ActionOwners(users.list());
    }

    /** As {@link #owners()}, with names as pseudonyms for a caller who sees people so (analysts). */
    public ActionOwners owners(UserService.Caller caller) {
        ActionOwners owners = owners();
        return CompanyAccess.isPseudonymised(caller) ? owners.pseudonymised() : owners;
    }

    /** The names of the support forms and of the suitability verdicts in the rules in service, by code. */
    public CodeLabels labels() {
        return catalog.instrument(FICHE).flatMap(a -> a.companion(SuitabilityRules.class))
                .map(CodeLabels::of).orElse(CodeLabels.NONE);
    }

    /** The open actions of a company, by due date. */
    public List<SupportAction> actions(UserService.Caller caller, long companyId) {
        companies.readable(caller, companyId);
        return em.createNamedQuery(SupportAction.OF_COMPANY, SupportAction.class)
                .setParameter("company", companyId)
                .setParameter("rejected", SupportAction.Status.REJECTED)
                .getResultList();
    }

    private Visit decidable(UserService.Caller caller, long visitId, String form) {
        Visit visit = visit(caller, visitId);
        companies.editable(caller, visit.getCompanyId());
        Suitability suitability = suitability(caller, visitId);
        boolean proposed = suitability.proposed().stream().anyMatch(p -> p.form().code().equals(form));
        if (!proposed) {
            throw new DomainException(DomainException.Kind.INVALID, "company.action.notProposed", Objects.toString(form));
        }
        return visit;
    }

    private void assess(Visit visit) {
        ResponseService.Opened opened = responses.openEntry(visit.getResponseId()).orElseThrow();
        rules(opened.instrument()).ifPresent(rules -> {
            Assessment assessment = rules.assess(opened.instrument(), opened.answers());
            String verdict = assessment.overall().map(d -> d.level().code()).orElse(null);
            visit.assessed(verdict, assessment.rulesVersion());
            boolean latest = visits(visit.getCompanyId()).stream().findFirst()
                    .map(v -> v.getId().equals(visit.getId())).orElse(true);
            if (latest) {
                Company company = em.find(Company.class, visit.getCompanyId());
                String before = company.getSuitability();
                company.assessed(verdict, clock.instant());
                CompanySubsectorRows.follow(em, company);
                audit.companyField(company.getId(), "suitability", before, verdict);
            }
        });
    }

    /** The rules in service, when they are for this version of the fiche. */
    private Optional<SuitabilityRules> rules(Instrument fiche) {
        return catalog.instrument(FICHE).flatMap(a -> a.companion(SuitabilityRules.class))
                .filter(r -> r.instrument().equals(fiche.id()) && r.instrumentVersion() == fiche.version());
    }

    private Visit visit(UserService.Caller caller, long visitId) {
        Visit visit = em.find(Visit.class, visitId);
        if (visit == null) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "company.visit.notFound");
        }
        companies.readable(caller, visit.getCompanyId());
        return visit;
    }

    /** The answers given to the instrument's questions, by code. */
    private static Map<String, AnswerValue> given(Instrument instrument, Answers answers) {
        Map<String, AnswerValue> given = new LinkedHashMap<>();
        instrument.questions().forEach(q -> answers.given(q.code()).ifPresent(v -> given.put(q.code(), v)));
        return given;
    }

    private List<Visit> visits(long companyId) {
        return em.createNamedQuery(Visit.OF_COMPANY, Visit.class).setParameter("company", companyId).getResultList();
    }

    private VisitSummary summary(Visit v) {
        return new VisitSummary(v.getId(), v.getCompanyId(), v.getVisitDate(), v.getInterviewee(), v.getAdvisor(),
                v.isCompleted(), v.incompleteSections(), v.getSuitability());
    }

    /** The answers without the advisor's name and with the interviewee's name as its pseudonym. */
    private static Answers pseudonymised(Answers answers, long visitId) {
        return code -> switch (code) {
            case "F0_ADVISEUR" -> Optional.empty();
            case "F0_GESPREKSPARTNER" -> answers.answer(code)
                    .map(given -> new AnswerValue.Text(Pseudonym.ofInterviewee(visitId)));
            default -> answers.answer(code);
        };
    }
}
