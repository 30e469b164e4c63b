package org.leerwerkplek.placements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leerwerkplek.companies.CompanyAccess;
import org.leerwerkplek.companies.CompanyFilter;
import org.leerwerkplek.companies.CompanyList;
import org.leerwerkplek.companies.CompanyRow;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.mentorcourse.CompanyMentorService;
import org.leerwerkplek.mentorcourse.MentorEngagement;
import org.leerwerkplek.mentorcourse.MentorRegistration;
import org.leerwerkplek.mentorcourse.MentorRole;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.security.UserService;

/**
 * Placements one by one and as a pipeline. Who may see or change a placement follows its company:
 * the companies part's {@link CompanyService} says whether the caller may see the company and
 * change it; a placement of a company it may not see is not found. Every change is recorded in the
 * audit trail (object {@code placement}); concurrent changes conflict on the row version.
 */
@ApplicationScoped
@Transactional
public class PlacementService {

    public static final String AUDIT_KIND = "placement";

    private EntityManager em;
    private CompanyService companies;
    private CompanyList companyList;
    private CompanyMentorService mentors;
    private AuditLog audit;
    private StalledRule stalled;
    private Clock clock;

    /** For the CDI proxy only. */
    protected PlacementService() {
    }

    @Inject
    public PlacementService(EntityManager em, CompanyService companies, CompanyList companyList,
                            CompanyMentorService mentors, AuditLog audit, PlacementSettings settings, Clock clock) {
        this.em = em;
        this.companies = companies;
        this.companyList = companyList;
        this.mentors = mentors;
        this.audit = audit;
        this.stalled = new StalledRule(settings);
        this.clock = clock;
    }

    /** Starts a placement at a company the caller may change, in the first phase. */
    public PlacementView start(UserService.Caller caller, long companyId, Candidate candidate) {
        CompanyView company = editableCompany(caller, companyId);
        Placement placement = new Placement(company.id(), candidate, caller.username(), clock.instant());
        em.persist(placement);
        em.flush();
        audit.record(AuditAction.CREATE, AUDIT_KIND, placement.getId(), audit.fieldsOf(placement.fields(), false));
        return view(caller, placement, company);
    }

    public PlacementView find(UserService.Caller caller, long id) {
        Placement placement = placement(id);
        return view(caller, placement, companies.find(caller, placement.getCompanyId()));
    }

    /** The placements of a company the caller may see, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlacementView> ofCompany(UserService.Caller caller, long companyId) {
        CompanyView company = companies.find(caller, companyId);
        return em.createNamedQuery(Placement.OF_COMPANY, Placement.class).setParameter("company", companyId)
                .getResultStream().map(p -> view(caller, p, company)).toList();
    }

    /** One phase on, made on the copy with {@code version}. */
    public PlacementView forward(UserService.Caller caller, long id, long version, String reason) {
        return change(caller, id, version, p -> p.forward(caller.username(), reason, clock.instant()));
    }

    /** One phase back, with the reason why; made on the copy with {@code version}. */
    public PlacementView back(UserService.Caller caller, long id, long version, String reason) {
        return change(caller, id, version, p -> p.back(caller.username(), reason, clock.instant()));
    }

    /** Ticks or unticks a sub-step of the checklist. */
    public PlacementView step(UserService.Caller caller, long id, long version, String step, boolean done) {
        return change(caller, id, version, p -> p.step(step, done, caller.username(), clock.instant()));
    }

    public PlacementView candidate(UserService.Caller caller, long id, long version, Candidate candidate) {
        return change(caller, id, version, p -> p.candidate(candidate, clock.instant()));
    }

    /** The mentors of the placement's company who follow the mentor course (advisors and admins). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MentorEngagement> companyMentors(UserService.Caller caller, long id) {
        return mentors.mentors(caller, placement(id).getCompanyId()).mentors();
    }

    /** Makes a registered mentor of the company (by address) the placement's mentor. */
    public PlacementView chooseMentor(UserService.Caller caller, long id, long version, String email) {
        Placement found = placement(id);
        MentorEngagement mentor = mentors.mentors(caller, found.getCompanyId()).mentors().stream()
                .filter(m -> m.email() != null && m.email().equalsIgnoreCase(email == null ? "" : email.trim()))
                .findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "placement.mentor.unknown"));
        return change(caller, id, version, p -> p.mentor(mentor.name(), mentor.email(), clock.instant()));
    }

    /**
     * Invites the mentor to register for the mentor course (the course's own registration for a
     * company, with its double opt-in mail) and makes them the placement's mentor; the placement page
     * shows whether they confirmed.
     */
    public PlacementView inviteMentor(UserService.Caller caller, long id, long version, String name, String email,
                                      Language language, MentorRole role) {
        Placement found = placement(id);
        if (name == null || name.isBlank() || email == null || !email.contains("@") || role == null) {
            throw new DomainException(DomainException.Kind.INVALID, "placement.mentor.incomplete");
        }
        mentors.register(caller, found.getCompanyId(), new MentorRegistration(name.strip(), email.strip(),
                language == null ? Language.NL : language, Optional.empty(), Optional.empty(), role, false,
                Optional.empty(), new MentorRegistration.Preferences(Frequency.QUARTERLY, Focus.BOTH)));
        return change(caller, id, version, p -> p.mentor(name.strip(), email.strip(), clock.instant()));
    }

    /** The figures of the placements the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PipelineFigures pipeline(UserService.Caller caller) {
        Instant now = clock.instant();
        return PipelineFigures.of(traces(caller), stalled, now);
    }

    /** The placements stalled in their phase among those the caller may change (for its desk). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PipelineFigures.Trace> stalled(UserService.Caller caller) {
        return pipeline(caller).stalled();
    }

    private List<PipelineFigures.Trace> traces(UserService.Caller caller) {
        Map<Long, CompanyRow> readable = new HashMap<>();
        int first = 0;
        List<CompanyRow> page;
        do {
            page = companyList.page(caller, CompanyFilter.NONE, "name", true, first, 500);
            page.forEach(row -> readable.put(row.id(), row));
            first += page.size();
        } while (page.size() == 500);
        List<PipelineFigures.Trace> traces = new ArrayList<>();
        if (readable.isEmpty()) {
            return traces;
        }
        List<Placement> placements = CompanyAccess.readsAll(caller)
                ? em.createNamedQuery(Placement.ALL, Placement.class).getResultList()
                : em.createNamedQuery(Placement.OF_COMPANIES, Placement.class)
                        .setParameter("companies", List.copyOf(readable.keySet())).getResultList();
        for (Placement p : placements) {
            CompanyRow company = readable.get(p.getCompanyId());
            if (company != null) {
                traces.add(new PipelineFigures.Trace(p.getId(), p.getCompanyId(), company.name(),
                        company.province() == null ? null : company.province().name(), p.getPhase(), p.getPhaseSince(),
                        p.getMoves().stream().map(m -> new PipelineFigures.Entry(m.to(), m.at(),
                                m.from().isPresent() && !m.fromCompanyPhase())).toList()));
            }
        }
        return traces;
    }

    private PlacementView change(UserService.Caller caller, long id, long version,
                                 java.util.function.Consumer<Placement> work) {
        Placement placement = placement(id);
        CompanyView company = editableCompany(caller, placement.getCompanyId());
        placement.requireVersion(version);
        Map<String, Object> before = placement.fields();
        work.accept(placement);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(DomainException.Kind.CONFLICT, "placement.changedMeanwhile");
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new DomainException(DomainException.Kind.CONFLICT, "placement.changedMeanwhile");
            }
            throw e;
        }
        audit.record(AuditAction.UPDATE, AUDIT_KIND, placement.getId(), audit.changes(before, placement.fields()));
        return view(caller, placement, company);
    }

    private Placement placement(long id) {
        Placement placement = em.find(Placement.class, id);
        if (placement == null) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "placement.notFound");
        }
        return placement;
    }

    private CompanyView editableCompany(UserService.Caller caller, long companyId) {
        CompanyView company;
        try {
            company = companies.find(caller, companyId);
        } catch (DomainException e) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "placement.notFound");
        }
        if (!company.editable()) {
            throw new DomainException(DomainException.Kind.INVALID, "placement.readOnly");
        }
        return company;
    }

    private PlacementView view(UserService.Caller caller, Placement p, CompanyView company) {
        Instant now = clock.instant();
        boolean hidden = company.pseudonymised();
        return new PlacementView(p.getId(), p.getRowVersion(), p.getCompanyId(), company.details().name(), p.getPhase(),
                p.getPhaseSince(), StalledRule.daysIn(p.getPhaseSince(), now), stalled.stalled(p.getPhase(), p.getPhaseSince(), now),
                hidden ? Candidate.NONE : p.getCandidate(), hidden ? null : p.getMentorName(),
                hidden ? null : p.getMentorEmail(),
                p.getSteps().stream().map(PlacementStep::step).collect(Collectors.toSet()),
                p.getMoves().stream().map(m -> new PlacementView.Move(m.from().orElse(null), m.to(), m.at(), hidden ? null : m.by(),
                        hidden ? null : m.reason().orElse(null), m.stepBack(), m.fromCompanyPhase())).toList(),
                company.editable(), hidden);
    }
}
