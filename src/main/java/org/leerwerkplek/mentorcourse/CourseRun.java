package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.delivery.DeliveryPlanner;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.PublicUrl;

/**
 * One run of the mentor course: delivers the modules, reminders and digests due today. It keeps no
 * state: the due mentors are read from the database ({@code mentor.next_due_on}), so a restart loses
 * nothing, and each mentor's guarded claim (its row's version) keeps several instances from sending twice. Runs outside a
 * transaction; each group of {@link #GROUP} mentors commits on its own, and a group that fails is
 * tried mentor by mentor so one bad mentor costs only itself. {@link MentorScheduler} runs it on
 * its timer and when an admin asks.
 */
@ApplicationScoped
public class CourseRun {

    /**
     * Mentors per transaction: large, since a commit costs a synchronous log write and the group's
     * rows go in JDBC batches; small enough that a group's rows stay a few megabytes.
     */
    static final int GROUP = 2000;
    private static final Logger LOG = Logger.getLogger(CourseRun.class.getName());

    /**
     * What a run did.
     *
     * @param due      mentors that were due to be looked at
     * @param mails    mails queued
     * @param items    modules and reminders in them
     * @param failed   mentors skipped after an error (tried again next run)
     * @param duration how long the run took
     */
    public record Run(LocalDate day, int due, int mails, int items, int failed, Duration duration) {
    }

    private CourseSettings settings;
    private CourseService courses;
    private MentorDeliveries deliveries;
    private CompanyKnelpuntenReader knelpunten;
    private PublicUrl publicUrl;
    private Clock clock;

    /** For the CDI proxy only. */
    protected CourseRun() {
    }

    @Inject
    public CourseRun(CourseSettings settings, CourseService courses, MentorDeliveries deliveries,
                     CompanyKnelpuntenReader knelpunten, PublicUrl publicUrl, Clock clock) {
        this.settings = settings;
        this.courses = courses;
        this.deliveries = deliveries;
        this.knelpunten = knelpunten;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** Runs as of now. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Run run() {
        return run(clock);
    }

    /**
     * The clock of a run as if it were {@code day} (today or later): what would be due that day is
     * sent now and recorded with that day. Only when {@code lwp.course.allow-run-as-of} is set, for
     * tests and demonstrations of a year of the course; refused otherwise.
     *
     * @throws DomainException INVALID when not allowed or for a day in the past
     */
    public Clock asOf(LocalDate day) {
        if (!settings.runAsOfAllowed()) {
            throw new DomainException(DomainException.Kind.INVALID, "course.runAsOfOff");
        }
        LocalDate today = LocalDate.now(clock);
        if (day == null || day.isBefore(today)) {
            throw new DomainException(DomainException.Kind.INVALID, "course.runAsOfPast", String.valueOf(day));
        }
        return Clock.offset(clock, Duration.ofDays(ChronoUnit.DAYS.between(today, day)));
    }

    /** Runs as of {@code clock}'s day. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Run run(Clock clock) {
        Instant start = Instant.now();
        LocalDate today = LocalDate.now(clock);
        Optional<Course> course = courses.course();
        if (course.isEmpty()) {
            LOG.warning("Mentor course run skipped: the course did not load");
            return new Run(today, 0, 0, 0, 0, Duration.ZERO);
        }
        DeliveryPlanner planner = new DeliveryPlanner(course.get(), settings.reminderDays(), clock);
        MentorMails mails = new MentorMails(publicUrl.base());
        List<MentorDeliveries.Due> due = deliveries.due(today);
        Map<Long, Set<String>> codes = knelpuntenOf(due);
        MentorDeliveries.Outcome done = new MentorDeliveries.Outcome(0, 0, 0);
        int failed = 0;
        for (int from = 0; from < due.size(); from += GROUP) {
            List<MentorDeliveries.Due> dueGroup = due.subList(from, Math.min(due.size(), from + GROUP));
            List<Long> group = dueGroup.stream().map(MentorDeliveries.Due::mentorId).toList();
            try {
                done = done.plus(deliveries.deliver(group, codes, planner, mails, clock));
            } catch (RuntimeException groupFailed) {
                for (Long id : group) {
                    try {
                        done = done.plus(deliveries.deliver(List.of(id), codes, planner, mails, clock));
                    } catch (RuntimeException e) {
                        failed++;
                        LOG.log(Level.WARNING, "Mentor course: delivery to mentor " + id + " failed; tried again next run", e);
                    }
                }
            }
        }
        Run run = new Run(today, due.size(), done.mails(), done.items(), failed, Duration.between(start, Instant.now()));
        if (run.due() > 0) {
            LOG.info(() -> "Mentor course run: " + run);
        }
        return run;
    }

    /**
     * The knelpunten of the due mentors' companies, read once per run in a few set queries and
     * outside the delivery transactions. When that fails, company by company: a fiche or
     * questionnaire that cannot be read costs the company's mentors the reordering, not their modules.
     */
    private Map<Long, Set<String>> knelpuntenOf(List<MentorDeliveries.Due> due) {
        Set<Long> companies = new TreeSet<>();
        due.forEach(mentor -> mentor.companyId().ifPresent(companies::add));
        if (companies.isEmpty()) {
            return Map.of();
        }
        try {
            return knelpunten.of(companies);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mentor course: the knelpunten of " + companies.size()
                    + " companies could not be read at once; reading them company by company", e);
            Map<Long, Set<String>> codes = new HashMap<>();
            companies.forEach(company -> codes.put(company, knelpuntenOf(company)));
            return codes;
        }
    }

    /** One company's knelpunten; none when they cannot be read. */
    private Set<String> knelpuntenOf(long companyId) {
        try {
            return knelpunten.of(companyId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mentor course: the knelpunten of company " + companyId
                    + " could not be read; its mentors get course order this run", e);
            return Set.of();
        }
    }
}
