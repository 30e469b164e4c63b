package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.delivery.DeliveryPlanner;
import org.leerwerkplek.mentorcourse.delivery.MailItem;
import org.leerwerkplek.mentorcourse.delivery.ModuleProgress;
import org.leerwerkplek.platform.DomainException;

/**
 * A mentor's course as the mentor's pages see it: the course in service, its progress, the
 * modules mailed to it and those still to come with the day each is expected
 * ({@link DeliveryPlanner}, by the mentor's preferences and its company's knelpunten).
 */
@ApplicationScoped
public class MentorPlans {

    /** Enough to foresee every module still to come: the course has far fewer. */
    static final int UPCOMING_ALL = 100;

    private EntityManager em;
    private CourseService courses;
    private CompanyKnelpuntenReader knelpunten;
    private CourseSettings settings;
    private Clock clock;

    /** For the CDI proxy only. */
    protected MentorPlans() {
    }

    @Inject
    public MentorPlans(EntityManager em, CourseService courses, CompanyKnelpuntenReader knelpunten,
                       CourseSettings settings, Clock clock) {
        this.em = em;
        this.courses = courses;
        this.knelpunten = knelpunten;
        this.settings = settings;
        this.clock = clock;
    }

    /** The course in service, if any. */
    Optional<Course> course() {
        return courses.course();
    }

    /** The knelpunten of the mentor's company in the register; none for a mentor that named its company itself. */
    Set<String> knelpuntenOf(Mentor mentor) {
        return mentor.getCompanyId().map(knelpunten::of).orElse(Set.of());
    }

    DeliveryPlanner planner(Course course) {
        return new DeliveryPlanner(course, settings.reminderDays(), clock);
    }

    List<ModuleProgress> plannerView(Mentor mentor) {
        return progressOf(mentor).stream().map(p -> p.toPlanner(clock.getZone())).toList();
    }

    List<MentorProgress> progressOf(Mentor mentor) {
        return em.createNamedQuery(MentorProgress.OF_MENTORS, MentorProgress.class)
                .setParameter("mentors", List.of(mentor.getId())).getResultList();
    }

    /** The mentor's progress with a module that was mailed to it; empty for any other. */
    Optional<MentorProgress> delivered(Mentor mentor, String moduleId) {
        return Optional.ofNullable(em.find(MentorProgress.class, new MentorProgress.Key(mentor.getId(), moduleId)))
                .filter(progress -> progress.getDeliveredOn().isPresent());
    }

    /** @throws DomainException INVALID for a module not mailed to the mentor */
    MentorProgress requireDelivered(Mentor mentor, String moduleId) {
        return delivered(mentor, moduleId).orElseThrow(
                () -> new DomainException(DomainException.Kind.INVALID, "course.moduleNotDelivered"));
    }

    /** The day the module's mail is expected, when it is among the mentor's coming modules. */
    Optional<LocalDate> expectedOn(Mentor mentor, String moduleId) {
        return upcoming(mentor, knelpuntenOf(mentor), UPCOMING_ALL).stream()
                .filter(item -> item.module().id().equals(moduleId)).findFirst().map(MailItem::dueOn);
    }

    /** The modules still to come to a following mentor, with the day each is expected; none for any other. */
    List<MailItem> upcoming(Mentor mentor, Set<String> knelpunten, int limit) {
        Optional<Course> course = courses.course();
        if (course.isEmpty() || mentor.getStatus() != MentorStatus.ACTIVE || mentor.getConfirmedOn().isEmpty()) {
            return List.of();
        }
        return planner(course.get()).upcoming(mentor.preferences(), plannerView(mentor), knelpunten, limit);
    }

    /** A module of the course in service in the mentor's language. */
    CourseModule requireModule(Mentor mentor, String moduleId) {
        return courses.course().flatMap(course -> course.module(moduleId == null ? "" : moduleId))
                .filter(module -> module.isAvailableIn(mentor.getLanguage()))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "course.moduleNotFound"));
    }
}
