package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.platform.web.PublicUrl;

/**
 * Mentors and their course: register (one mentor per address: a second registration merges),
 * confirm by the mailed link (double opt-in), read the personal page, change preferences, leave
 * and come back. Reading modules is {@link MentorModuleService}, the calendar feed
 * {@link MentorCalendar}, a certificate's PDF {@link CertificateDownload}. Every method that takes
 * a token checks it ({@link MentorLinks}); an unknown or expired one finds nothing.
 */
@ApplicationScoped
@Transactional
public class MentorService {

    /** The course's days are Belgian days. */

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

    private EntityManager em;
    private MentorLinks links;
    private MentorPlans plans;
    private CertificateService certificates;
    private MailOutbox outbox;
    private PublicUrl publicUrl;
    private AuditLog auditLog;
    private Clock clock;

    /** For the CDI proxy only. */
    protected MentorService() {
    }

    @Inject
    public MentorService(EntityManager em, MentorLinks links, MentorPlans plans, CertificateService certificates,
                         MailOutbox outbox, PublicUrl publicUrl, AuditLog auditLog, Clock clock) {
        this.em = em;
        this.links = links;
        this.plans = plans;
        this.certificates = certificates;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.auditLog = auditLog;
        this.clock = clock;
    }

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
        return new Confirmation(ConfirmResult.CONFIRMED, Optional.of(links.newLink(found.get())));
    }

    /** The personal page of a link's mentor; empty for an unknown or expired link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MentorPage> page(String token) {
        return links.byLink(token).map(this::page);
    }

    /** New preferences and course language, by the mentor's link. */
    public MentorPage changePreferences(String token, MentorRegistration.Preferences preferences, Language language) {
        if (preferences == null || preferences.frequency() == null || preferences.focus() == null || language == null) {
            throw new DomainException(DomainException.Kind.INVALID, "course.choiceMissing");
        }
        Mentor mentor = links.requireLink(token);
        Map<String, Object> before = MentorAudit.fields(mentor);
        mentor.changePreferences(preferences, language, clock);
        audit().changed(mentor, before, false);
        return page(mentor);
    }

    /** Leaves the course: nothing more is sent. */
    public MentorPage unsubscribe(String token) {
        Mentor mentor = links.requireLink(token);
        Map<String, Object> before = MentorAudit.fields(mentor);
        mentor.unsubscribe(clock.instant());
        audit().changed(mentor, before, false);
        return page(mentor);
    }

    /** Comes back after leaving. */
    public MentorPage resubscribe(String token) {
        Mentor mentor = links.requireLink(token);
        Map<String, Object> before = MentorAudit.fields(mentor);
        mentor.resubscribe(clock);
        audit().changed(mentor, before, false);
        return page(mentor);
    }

    /**
     * The personal page: the modules mailed to the mentor, in the order they came (a module it
     * opened or completed without a mail, before that was refused, is left out and counts for
     * nothing), and the modules still to come with the day each is expected.
     */
    private MentorPage page(Mentor mentor) {
        Optional<Course> course = plans.course();
        Language language = mentor.getLanguage();
        List<MentorPage.ModuleLine> lines = plans.progressOf(mentor).stream()
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
            Set<String> codes = plans.knelpuntenOf(mentor);
            total = plans.planner(course.get()).sequence(mentor.preferences(), codes).size();
            upcoming = plans.upcoming(mentor, codes, MentorPlans.UPCOMING_ALL).stream()
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

    private MentorAudit audit() {
        return new MentorAudit(auditLog);
    }

    private MentorMails mails() {
        return new MentorMails(publicUrl.base());
    }
}
