package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.companies.CompanyKnelpunten;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.content.LocalizedText;
import org.leerwerkplek.mentorcourse.loop.CompanyLoop;
import org.leerwerkplek.mentorcourse.loop.Completion;
import org.leerwerkplek.mentorcourse.loop.LoopFigures;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/**
 * The loop from knelpunten to training and back: for one company, its knelpunten over its
 * completed fiches beside the modules addressing them that its mentors completed in between
 * ({@link CompanyLoop}); across companies, whether a knelpunt was gone at the next fiche by
 * whether such a module was completed ({@link LoopFigures}). The fiches' knelpunten come from the
 * companies part, the mapping knelpunt → modules from the course content. Counts of mentors only,
 * no names: an analyst sees the same as an advisor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KnelpuntLoopService {

    private static final Set<Role> COMPANY_PAGE = Set.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST);
    private static final Set<Role> FIGURES = Set.of(Role.ADMIN, Role.ANALYST);

    /** One company's loop with the names of its knelpunten and modules in the reader's language. */
    public record CompanyLoopView(List<LocalDate> visits, List<RowView> rows) {
    }

    public record RowView(String knelpunt, LocalizedText.Shown name, List<CellView> cells) {
    }

    public record CellView(LocalDate visit, boolean named, boolean last, List<ModuleView> completed) {
    }

    public record ModuleView(String moduleId, LocalizedText.Shown title, long mentors) {
    }

    /** One knelpunt's 2×2 table with its name. */
    public record TableView(LocalizedText.Shown name, LoopFigures.Table table) {
    }

    private EntityManager em;
    private CompanyService companies;
    private CompanyKnelpunten knelpunten;
    private CourseService courses;
    private ZoneId zone;

    /** For the CDI proxy only. */
    protected KnelpuntLoopService() {
    }

    @Inject
    public KnelpuntLoopService(EntityManager em, CompanyService companies, CompanyKnelpunten knelpunten,
                               CourseService courses, Clock clock) {
        this.em = em;
        this.companies = companies;
        this.knelpunten = knelpunten;
        this.courses = courses;
        this.zone = clock.getZone();
    }

    /**
     * The company's loop, for those who see the company's page and only for a company they may
     * see there; any other company, or a caller in another role, gets "not found".
     */
    public CompanyLoopView ofCompany(UserService.Caller caller, long companyId, Language language) {
        if (caller.roles().stream().noneMatch(COMPANY_PAGE::contains)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "company.notFound");
        }
        companies.find(caller, companyId);
        Course course = courses.course().orElse(null);
        List<CompanyKnelpunten.FicheKnelpunten> fiches = knelpunten.ofCompletedFiches(companyId);
        CompanyLoop loop = CompanyLoop.of(fiches, completions(companyId), mapping(course));
        Map<String, LocalizedText.Shown> names = names(language);
        List<RowView> rows = new ArrayList<>();
        for (CompanyLoop.Row row : loop.rows()) {
            List<CellView> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                CompanyLoop.Cell cell = row.cells().get(i);
                cells.add(new CellView(loop.visits().get(i), cell.named(), cell.last(), cell.completed().stream()
                        .map(m -> new ModuleView(m.moduleId(), title(course, m.moduleId(), language), m.mentors()))
                        .toList()));
            }
            rows.add(new RowView(row.knelpunt(), name(names, row.knelpunt()), cells));
        }
        return new CompanyLoopView(loop.visits(), rows);
    }

    /** The loop across companies, for analysts and admins (as the course's figures). */
    public List<TableView> acrossCompanies(UserService.Caller caller, Language language) {
        if (caller.roles().stream().noneMatch(FIGURES::contains)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "course.figuresNotFound");
        }
        Map<Long, List<CompanyKnelpunten.FicheKnelpunten>> fiches = new HashMap<>(knelpunten.ofCompletedFiches());
        fiches.values().removeIf(ofCompany -> ofCompany.size() < 2);
        Map<Long, List<Completion>> completions = new HashMap<>();
        if (!fiches.isEmpty()) {
            completions(null).forEach(c -> completions.computeIfAbsent(c.companyId(), id -> new ArrayList<>()).add(c));
        }
        Map<String, LocalizedText.Shown> names = names(language);
        return LoopFigures.of(fiches, completions, mapping(courses.course().orElse(null))).tables().stream()
                .map(table -> new TableView(name(names, table.knelpunt()), table)).toList();
    }

    /** The modules completed by the mentors of the company, or of every company for {@code null}. */
    private List<Completion> completions(Long companyId) {
        String query = "select m.companyId, m.id, p.moduleId, p.completedAt from MentorProgress p, Mentor m"
                + " where p.mentorId = m.id and p.completedAt is not null and m.companyId is not null"
                + (companyId == null ? "" : " and m.companyId = :company");
        var typed = em.createQuery(query, Object[].class);
        if (companyId != null) {
            typed.setParameter("company", companyId);
        }
        return typed.getResultList().stream().map(row -> new Completion(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (String) row[2],
                LocalDate.ofInstant((Instant) row[3], zone))).toList();
    }

    private static Map<String, List<String>> mapping(Course course) {
        return course == null ? Map.of() : course.knelpunten();
    }

    private static LocalizedText.Shown title(Course course, String moduleId, Language language) {
        return Optional.ofNullable(course).flatMap(c -> c.module(moduleId)).flatMap(m -> m.title().forReader(language))
                .orElse(new LocalizedText.Shown(moduleId, Language.NL));
    }

    private Map<String, LocalizedText.Shown> names(Language language) {
        Map<String, LocalizedText.Shown> names = new HashMap<>();
        knelpunten.names().forEach((code, text) -> {
            boolean french = language == Language.FR
                    && text.languages().contains(org.leerwerkplek.surveys.definition.model.Language.FR);
            names.put(code, french ? new LocalizedText.Shown(text.in(org.leerwerkplek.surveys.definition.model.Language.FR),
                    Language.FR) : new LocalizedText.Shown(text.in(org.leerwerkplek.surveys.definition.model.Language.NL),
                    Language.NL));
        });
        return names;
    }

    private static LocalizedText.Shown name(Map<String, LocalizedText.Shown> names, String code) {
        return names.getOrDefault(code, new LocalizedText.Shown(code, Language.NL));
    }
}
