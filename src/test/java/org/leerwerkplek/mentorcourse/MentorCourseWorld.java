package org.leerwerkplek.mentorcourse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseLoader;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.mail.MailLanguage;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.testing.FakeEntityManager;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;
import org.leerwerkplek.platform.web.PublicUrl;

/**
 * The mentor course without a container, for the tests of the services a mentor reaches by its
 * personal link: the repository's own course ({@code mentor-course/}), mentors, links, progress and
 * certificates held in memory ({@link FakeEntityManager}), a clock moved by hand, the audit trail
 * and the mails noted. Mentors come in as they would: registered and confirmed through
 * {@link MentorService}, which hands out a real personal link. A module "mailed" is the progress
 * row the scheduler writes when it sends one.
 */
final class MentorCourseWorld {

    static final Course COURSE = new CourseLoader().load(Path.of("mentor-course")).course().orElseThrow();
    static final String BASE = "https://lwp.example";
    /** 10:00 in Brussels on Monday 2 March 2026: a mentor confirming now starts its course that day. */
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate CONFIRMED_ON = LocalDate.of(2026, 3, 2);

    final FakeEntityManager store = new FakeEntityManager();
    final MutableClock clock = new MutableClock(START);
    final RecordingAuditLog audit = new RecordingAuditLog(clock);
    final PublicUrl publicUrl = new PublicUrl() {
        @Override
        public String base() {
            return BASE;
        }
    };
    final MentorLinks links;
    final MentorPlans plans;
    final CertificateService certificates;
    final MentorService mentors;
    /** The links mailed, the last one last. */
    private final List<String> mailedLinks = new ArrayList<>();

    MentorCourseWorld() {
        store.key(MentorLink.class, link -> FakeEntityManager.get(link, "tokenHash"));
        store.key(MentorProgress.class, p -> new MentorProgress.Key(p.getMentorId(), p.getModuleId()));
        store.answer(Mentor.BY_EMAIL, p -> store.all(Mentor.class).stream()
                .filter(m -> m.getEmail().equals(p.get("email"))).toList());
        store.answer(Mentor.BY_CONFIRM_HASH, p -> store.all(Mentor.class).stream()
                .filter(m -> p.get("hash").equals(FakeEntityManager.get(m, "confirmHash"))).toList());
        store.answer(MentorProgress.OF_MENTORS, p -> store.all(MentorProgress.class).stream()
                .filter(progress -> ((List<?>) p.get("mentors")).contains(progress.getMentorId())).toList());
        store.answer(MentorCertificate.OF_MENTOR, p -> store.all(MentorCertificate.class).stream()
                .filter(c -> p.get("mentor").equals(FakeEntityManager.get(c, "mentorId")))
                .sorted(Comparator.comparing(MentorCertificate::getCycleYear)).toList());
        CourseService courses = new CourseService() {
            @Override
            public Optional<Course> course() {
                return Optional.of(COURSE);
            }
        };
        CompanyKnelpuntenReader noKnelpunten = new CompanyKnelpuntenReader() {
            @Override
            public Set<String> of(long companyId) {
                return Set.of();
            }
        };
        CourseSettings settings = new CourseSettings(Path.of("mentor-course"), 7, Duration.ofMinutes(60), false);
        MailOutbox outbox = new MailOutbox() {
            @Override
            public boolean enqueue(String dedupKey, String recipient, MailLanguage language, String template,
                                   Map<String, String> values) {
                return mailedLinks.add(values.get("link"));
            }
        };
        links = new MentorLinks(store.entityManager(), clock);
        plans = new MentorPlans(store.entityManager(), courses, noKnelpunten, settings, clock);
        certificates = new CertificateService(store.entityManager(), audit);
        mentors = new MentorService(store.entityManager(), links, plans, certificates, outbox, publicUrl, audit, clock);
    }

    /** Registers and confirms a mentor who reads Dutch; the token of its personal link. */
    String follower(String email, Frequency frequency, Focus focus) {
        mentors.register(new MentorRegistration("An Peeters", email, Language.NL, Optional.empty(),
                Optional.of("Bouw Peeters"), MentorRole.PLOEGLEIDER, false, Optional.empty(),
                new MentorRegistration.Preferences(frequency, focus)), Optional.empty());
        String confirmLink = mailedLinks.get(mailedLinks.size() - 1);
        return mentors.confirm(confirmLink.substring(confirmLink.lastIndexOf('=') + 1)).personalToken().orElseThrow();
    }

    /** The mentor registered with {@code email}. */
    Mentor mentor(String email) {
        return store.all(Mentor.class).stream().filter(m -> m.getEmail().equals(email)).findFirst().orElseThrow();
    }

    /** The module's mail went to the mentor on {@code day}, as the scheduler records it. */
    MentorProgress mailed(Mentor mentor, String moduleId, LocalDate day) {
        MentorProgress progress = new MentorProgress(mentor.getId(), moduleId);
        progress.delivered(day);
        return store.persist(progress);
    }

    /** The mentor's progress with a module, if anything was recorded. */
    Optional<MentorProgress> progress(Mentor mentor, String moduleId) {
        return store.all(MentorProgress.class).stream()
                .filter(p -> p.getMentorId() == mentor.getId() && p.getModuleId().equals(moduleId)).findFirst();
    }
}
