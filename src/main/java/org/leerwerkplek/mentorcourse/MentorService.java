package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leerwerkplek.mentorcourse.certificate.CertificatePdf;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.content.ModuleQuiz;
import org.leerwerkplek.mentorcourse.content.ModuleRenderer;
import org.leerwerkplek.mentorcourse.content.QuizOrder;
import org.leerwerkplek.mentorcourse.content.QuizScore;
import org.leerwerkplek.mentorcourse.delivery.DeliveryPlanner;
import org.leerwerkplek.mentorcourse.delivery.MailItem;
import org.leerwerkplek.mentorcourse.delivery.ModuleProgress;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.platform.web.PublicUrl;

/**
 * Mentors and what they do with their personal links: register (one mentor per address: a second
 * registration merges), confirm by the mailed link (double opt-in), read the personal page,
 * change preferences, leave and come back, read a module, answer its quiz, complete it, and the
 * calendar feed. Every method that takes a token checks it; an unknown or expired one finds
 * nothing.
 */
@ApplicationScoped
@Transactional
public class MentorService {

    /** The course's days are Belgian days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    /** How many upcoming modules the calendar feed holds. */
    static final int CALENDAR_EVENTS = 12;
    /** Enough to foresee every module still to come: the course has far fewer. */
    private static final int UPCOMING_ALL = 100;

    /** What a confirmation link did. */
    public enum ConfirmResult {
        /** Confirmed now. */
        CONFIRMED,
        /** Unknown, used or expired. */
        UNKNOWN
    }

    /** The outcome of a confirmation link and, when confirmed, the token of the mentor's personal page. */
    public record Confirmation(ConfirmResult result, Optional<String> personalToken) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    CourseService courses;

    @Inject
    CourseSettings settings;

    @Inject
    CompanyKnelpuntenReader knelpunten;

    @Inject
    CertificateService certificates;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditLog auditLog;

    private final Clock clock = Clock.system(ZONE);
    private final ModuleRenderer renderer = new ModuleRenderer();

    /**
     * Registers a mentor and mails the confirmation link; nothing else is sent before the mentor
     * confirms. An address that is registered already is merged into that mentor: one waiting
     * for confirmation or one that left takes the new details and gets a new confirmation link;
     * one that follows the course keeps its details and gets a link to its personal page. The
     * caller learns neither, so the page cannot tell who is registered.
     *
     * @param registeredBy the advisor who registers the mentor, empty on the self-service page
     */
    public void register(MentorRegistration registration, Optional<String> registeredBy) {
        Mentor.requireValid(registration, LocalDate.now(clock));
        String email = Mentor.normalisedEmail(registration.email());
        MentorMails mails = mails();
        String token = SecretToken.generate();
        String hash = SecretToken.hash(token);
        Instant now = clock.instant();
        Optional<Mentor> existing = em.createNamedQuery(Mentor.BY_EMAIL, Mentor.class).setParameter("email", email)
                .getResultStream().findFirst();
        Mentor mentor;
        String link;
        Map<String, Object> before = existing.map(MentorAudit::fields).orElse(null);
        if (existing.isEmpty()) {
            mentor = new Mentor(registration, registeredBy, hash, now);
            em.persist(mentor);
            em.flush();
            audit().registered(mentor, registeredBy.isPresent());
            link = mails.confirmLink(token);
        } else if (existing.get().registerAgain(registration, hash, now)) {
            mentor = existing.get();
            audit().changed(mentor, before, registeredBy.isPresent());
            link = mails.confirmLink(token);
        } else {
            mentor = existing.get();
            em.persist(new MentorLink(hash, mentor.getId(), now));
            link = mails.personalLink(token);
        }
        MentorMails.Mail mail = mails.confirmation(mentor.getId(), mentor.getName(), mentor.getLanguage(), link, hash);
        outbox.enqueue(mail.dedupKey(), mentor.getEmail(), mail.language(), mail.template(), mail.values());
    }

    /** The double opt-in: confirms the mentor of a confirmation link and opens its personal page. */
    public Confirmation confirm(String token) {
        if (!SecretToken.isWellFormed(token)) {
            return new Confirmation(ConfirmResult.UNKNOWN, Optional.empty());
        }
        Optional<Mentor> found = em.createNamedQuery(Mentor.BY_CONFIRM_HASH, Mentor.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst()
                .filter(mentor -> mentor.isConfirmationOpen(clock.instant()));
        if (found.isEmpty()) {
            return new Confirmation(ConfirmResult.UNKNOWN, Optional.empty());
        }
        Map<String, Object> before = MentorAudit.fields(found.get());
        found.get().confirm(clock);
        audit().changed(found.get(), before, false);
        return new Confirmation(ConfirmResult.CONFIRMED, Optional.of(newLink(found.get())));
    }

    /** The personal page of a link's mentor; empty for an unknown or expired link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MentorPage> page(String token) {
        return byLink(token).map(this::page);
    }

    /** New preferences and course language, by the mentor's link. */
    public MentorPage changePreferences(String token, MentorRegistration.Preferences preferences, Language language) {
        if (preferences == null || preferences.frequency() == null || preferences.focus() == null || language == null) {
            throw new DomainException(DomainException.Kind.INVALID, "course.choiceMissing");
        }
        Mentor mentor = requireLink(token);
        Map<String, Object> before = MentorAudit.fields(mentor);
        mentor.changePreferences(preferences, language, clock);
        audit().changed(mentor, before, false);
        return page(mentor);
    }

    /** Leaves the course: nothing more is sent. */
    public MentorPage unsubscribe(String token) {
        Mentor mentor = requireLink(token);
        Map<String, Object> before = MentorAudit.fields(mentor);
        mentor.unsubscribe(clock.instant());
        audit().changed(mentor, before, false);
        return page(mentor);
    }

    /** Comes back after leaving. */
    public MentorPage resubscribe(String token) {
        Mentor mentor = requireLink(token);
        Map<String, Object> before = MentorAudit.fields(mentor);
        mentor.resubscribe(clock);
        audit().changed(mentor, before, false);
        return page(mentor);
    }

    /**
     * Opens a module that was mailed to the mentor for reading and records that the mentor opened
     * it. A module not mailed yet is not opened and nothing is recorded: the view says when it is
     * expected.
     */
    public ModuleView openModule(String token, String moduleId) {
        Mentor mentor = requireLink(token);
        CourseModule module = requireModule(mentor, moduleId);
        Language language = mentor.getLanguage();
        QuizOrder order = new QuizOrder(mentor.getId(), module.id());
        Optional<MentorProgress> delivered = delivered(mentor, module.id());
        if (delivered.isEmpty()) {
            return new ModuleView(module, language, false, expectedOn(mentor, module.id()), "", order, false,
                    Optional.empty(), Optional.empty());
        }
        MentorProgress progress = delivered.get();
        progress.opened(clock.instant());
        return new ModuleView(module, language, true, Optional.empty(), renderer.render(module, language), order,
                progress.getCompletedAt().isPresent(), progress.getQuizCorrect(), progress.getQuizTotal());
    }

    /**
     * Scores the quiz answers of a module mailed to the mentor (question id to the position of the
     * option as the mentor's page shows it, see {@link QuizOrder}) and keeps the score.
     *
     * @throws DomainException INVALID for a module not mailed to the mentor or answers that do not fit the quiz
     */
    public QuizScore answerQuiz(String token, String moduleId, Map<String, Integer> answers) {
        Mentor mentor = requireLink(token);
        CourseModule module = requireModule(mentor, moduleId);
        MentorProgress progress = requireDelivered(mentor, module.id());
        QuizScore score;
        try {
            score = ModuleQuiz.score(module, new QuizOrder(mentor.getId(), module.id()).toWritten(module, answers));
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, "course.quizInvalid");
        }
        progress.answered(score, clock.instant());
        return score;
    }

    /**
     * Marks a module that was mailed to the mentor completed. Completing the last module of a
     * cycle year issues that year's certificate.
     *
     * @throws DomainException INVALID for a module not mailed to the mentor
     */
    public void complete(String token, String moduleId) {
        Mentor mentor = requireLink(token);
        CourseModule module = requireModule(mentor, moduleId);
        MentorProgress progress = requireDelivered(mentor, module.id());
        boolean first = progress.getCompletedAt().isEmpty();
        progress.completed(clock.instant());
        if (first) {
            audit().completed(mentor.getId(), module.id());
        }
        Optional<Course> course = courses.course();
        if (course.isPresent() && mentor.getConfirmedOn().isPresent()) {
            Set<String> sequence = planner(course.get()).sequence(mentor.preferences(), Set.of()).stream()
                    .map(CourseModule::id).collect(Collectors.toSet());
            certificates.issueEarned(mentor, plannerView(mentor), sequence, clock.instant());
        }
    }

    /**
     * Writes the certificate of cycle year {@code year} of a link's mentor as PDF; recorded in the
     * audit trail as an export of personal data.
     *
     * @return false for an unknown or expired link or a year without certificate (nothing written)
     */
    public boolean certificatePdf(String token, int year, OutputStream out) {
        Optional<Mentor> mentor = byLink(token);
        Optional<MentorCertificate> certificate = mentor.flatMap(m -> certificates.of(m.getId()).stream()
                .filter(c -> c.getCycleYear() == year).findFirst());
        if (certificate.isEmpty()) {
            return false;
        }
        audit().downloaded(mentor.get().getId(), certificate.get());
        Language language = mentor.get().getLanguage();
        Locale locale = Locale.forLanguageTag(language.code());
        Optional<Course> course = courses.course();
        List<String> titles = certificate.get().getModuleIds().stream()
                .map(id -> course.flatMap(c -> c.module(id)).flatMap(m -> m.title().find(language)).orElse(id))
                .toList();
        CertificatePdf.write(new CertificatePdf.Content(certificate.get().getMentorName(),
                        course.map(c -> c.title().in(language)).orElse(""), certificate.get().getPeriodFrom(),
                        certificate.get().getPeriodTo(), titles, certificate.get().getCode(),
                        publicUrl.to("/course/verify.xhtml"), locale),
                (key, arguments) -> Messages.get(locale, key, arguments), out);
        return true;
    }

    /** The calendar feed (iCalendar) of a link's mentor; empty for an unknown or expired link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> calendar(String token) {
        return byLink(token).map(mentor -> {
            Course course = courses.course().orElse(null);
            List<CalendarFeed.Event> events = course == null || mentor.getStatus() != MentorStatus.ACTIVE ? List.of()
                    : planner(course).upcoming(mentor.preferences(), plannerView(mentor), knelpuntenOf(mentor),
                            CALENDAR_EVENTS)
                            .stream().map(item -> event(mentor, item, token)).toList();
            String name = course == null ? "Leerwerkplek" : course.title().in(mentor.getLanguage());
            return CalendarFeed.render(name, events, clock.instant());
        });
    }

    private CalendarFeed.Event event(Mentor mentor, MailItem item, String token) {
        return new CalendarFeed.Event("lwp-mentor-" + mentor.getId() + "-" + item.module().id(), item.dueOn(),
                item.module().title().in(mentor.getLanguage()), mails().moduleLink(token, item.module().id()));
    }

    /**
     * The personal page: the modules mailed to the mentor, in the order they came (a module it
     * opened or completed without a mail, before that was refused, is left out and counts for
     * nothing), and the modules still to come with the day each is expected.
     */
    private MentorPage page(Mentor mentor) {
        Optional<Course> course = courses.course();
        Language language = mentor.getLanguage();
        List<MentorPage.ModuleLine> lines = progressOf(mentor).stream()
                .filter(p -> p.getDeliveredOn().isPresent())
                .sorted(Comparator.comparing((MentorProgress p) -> p.getDeliveredOn().orElseThrow())
                        .thenComparing(MentorProgress::getModuleId))
                .map(p -> new MentorPage.ModuleLine(p.getModuleId(),
                        course.flatMap(c -> c.module(p.getModuleId())).flatMap(m -> m.title().find(language))
                                .orElse(p.getModuleId()),
                        p.getDeliveredOn(), p.getOpenedAt().isPresent(), p.getCompletedAt().isPresent(),
                        p.getQuizCorrect(), p.getQuizTotal()))
                .toList();
        List<MentorPage.Upcoming> upcoming = List.of();
        int total = 0;
        if (course.isPresent() && mentor.getConfirmedOn().isPresent()) {
            Set<String> codes = knelpuntenOf(mentor);
            total = planner(course.get()).sequence(mentor.preferences(), codes).size();
            upcoming = upcoming(mentor, codes, UPCOMING_ALL).stream()
                    .map(item -> new MentorPage.Upcoming(item.module().id(), item.module().title().in(language),
                            item.dueOn()))
                    .toList();
        }
        int completed = (int) lines.stream().filter(MentorPage.ModuleLine::completed).count();
        List<MentorPage.Certificate> earned = certificates.of(mentor.getId()).stream()
                .map(c -> new MentorPage.Certificate(c.getCycleYear(), c.getPeriodFrom(), c.getPeriodTo(), c.getCode()))
                .toList();
        return new MentorPage(mentor.getId(), mentor.getName(), mentor.getEmail(), mentor.getStatus(), language,
                mentor.getFrequency(), mentor.getFocus(), lines, upcoming, completed, total, earned);
    }

    /** The knelpunten of the mentor's company in the register; none for a mentor that named its company itself. */
    private Set<String> knelpuntenOf(Mentor mentor) {
        return mentor.getCompanyId().map(knelpunten::of).orElse(Set.of());
    }

    private DeliveryPlanner planner(Course course) {
        return new DeliveryPlanner(course, settings.reminderDays(), clock);
    }

    private List<ModuleProgress> plannerView(Mentor mentor) {
        return progressOf(mentor).stream().map(p -> p.toPlanner(ZONE)).toList();
    }

    private List<MentorProgress> progressOf(Mentor mentor) {
        return em.createNamedQuery(MentorProgress.OF_MENTORS, MentorProgress.class)
                .setParameter("mentors", List.of(mentor.getId())).getResultList();
    }

    /** The mentor's progress with a module that was mailed to it; empty for any other. */
    private Optional<MentorProgress> delivered(Mentor mentor, String moduleId) {
        return Optional.ofNullable(em.find(MentorProgress.class, new MentorProgress.Key(mentor.getId(), moduleId)))
                .filter(progress -> progress.getDeliveredOn().isPresent());
    }

    private MentorProgress requireDelivered(Mentor mentor, String moduleId) {
        return delivered(mentor, moduleId).orElseThrow(
                () -> new DomainException(DomainException.Kind.INVALID, "course.moduleNotDelivered"));
    }

    /** The day the module's mail is expected, when it is among the mentor's coming modules. */
    private Optional<LocalDate> expectedOn(Mentor mentor, String moduleId) {
        return upcoming(mentor, knelpuntenOf(mentor), UPCOMING_ALL).stream()
                .filter(item -> item.module().id().equals(moduleId)).findFirst().map(MailItem::dueOn);
    }

    /** The modules still to come to a following mentor, with the day each is expected; none for any other. */
    private List<MailItem> upcoming(Mentor mentor, Set<String> knelpunten, int limit) {
        Optional<Course> course = courses.course();
        if (course.isEmpty() || mentor.getStatus() != MentorStatus.ACTIVE || mentor.getConfirmedOn().isEmpty()) {
            return List.of();
        }
        return planner(course.get()).upcoming(mentor.preferences(), plannerView(mentor), knelpunten, limit);
    }

    private CourseModule requireModule(Mentor mentor, String moduleId) {
        return courses.course().flatMap(course -> course.module(moduleId == null ? "" : moduleId))
                .filter(module -> module.isAvailableIn(mentor.getLanguage()))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "course.moduleNotFound"));
    }

    private String newLink(Mentor mentor) {
        String token = SecretToken.generate();
        em.persist(new MentorLink(SecretToken.hash(token), mentor.getId(), clock.instant()));
        return token;
    }

    private Mentor requireLink(String token) {
        return byLink(token).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "course.linkUnknown"));
    }

    private Optional<Mentor> byLink(String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(MentorLink.class, SecretToken.hash(token)))
                .filter(link -> link.isValidAt(clock.instant()))
                .map(link -> em.find(Mentor.class, link.getMentorId()));
    }

    private MentorAudit audit() {
        return new MentorAudit(auditLog);
    }

    private MentorMails mails() {
        return new MentorMails(publicUrl.base());
    }
}
