package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/** Course-wide figures for analysts and admins, counted in the database. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseFiguresService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseService courses;

    /**
     * The figures, with module titles in {@code language} (in Dutch where a module lacks it).
     *
     * @throws DomainException NOT_FOUND for a caller who is neither analyst nor admin
     */
    public CourseFigures figures(UserService.Caller caller, Language language) {
        if (!caller.roles().contains(Role.ANALYST) && !caller.roles().contains(Role.ADMIN)) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "course.figuresNotFound");
        }
        Map<Frequency, Map<Focus, Long>> mentors = new EnumMap<>(Frequency.class);
        for (Frequency frequency : Frequency.values()) {
            Map<Focus, Long> byFocus = new EnumMap<>(Focus.class);
            for (Focus focus : Focus.values()) {
                byFocus.put(focus, 0L);
            }
            mentors.put(frequency, byFocus);
        }
        em.createQuery("select m.frequency, m.focus, count(m) from Mentor m where m.status = :active"
                        + " group by m.frequency, m.focus", Object[].class)
                .setParameter("active", MentorStatus.ACTIVE).getResultList()
                .forEach(row -> mentors.get((Frequency) row[0]).put((Focus) row[1], ((Number) row[2]).longValue()));
        Map<MentorStatus, Long> byStatus = new EnumMap<>(MentorStatus.class);
        em.createQuery("select m.status, count(m) from Mentor m group by m.status", Object[].class).getResultList()
                .forEach(row -> byStatus.put((MentorStatus) row[0], ((Number) row[1]).longValue()));
        Map<String, Object[]> perModule = new HashMap<>();
        // Only modules mailed to the mentor count: opened, completed and answered never exceed received.
        em.createQuery("select p.moduleId, count(p.deliveredOn), count(p.openedAt), count(p.completedAt),"
                        + " count(p.quizTotal), sum(p.quizCorrect), sum(p.quizTotal) from MentorProgress p"
                        + " where p.deliveredOn is not null group by p.moduleId", Object[].class).getResultList()
                .forEach(row -> perModule.put((String) row[0], row));
        List<CourseFigures.ModuleFigures> modules = new ArrayList<>();
        for (CourseModule module : courses.course().map(c -> c.modules()).orElse(List.of())) {
            Object[] row = perModule.getOrDefault(module.id(), new Object[] {module.id(), 0L, 0L, 0L, 0L, null, null});
            long total = row[6] == null ? 0 : ((Number) row[6]).longValue();
            long correct = row[5] == null ? 0 : ((Number) row[5]).longValue();
            modules.add(new CourseFigures.ModuleFigures(module.id(),
                    module.title().forReader(language).orElseThrow(),
                    count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                    total == 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * correct / total))));
        }
        return new CourseFigures(mentors, byStatus.getOrDefault(MentorStatus.PENDING, 0L),
                byStatus.getOrDefault(MentorStatus.UNSUBSCRIBED, 0L), modules);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
