package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.mail.MailLanguage;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.platform.testing.FakeEntityManager;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;
import org.leerwerkplek.platform.web.PublicUrl;

/**
 * A mentor's registration and links, with mentors and links held in memory
 * ({@link FakeEntityManager}) and the mails noted instead of sent: double opt-in, one mentor per
 * address (a second registration merges without telling the page who is registered), links that
 * stop working, and preferences that must be complete.
 */
class MentorServiceTest {

    private static final MentorRegistration AN = new MentorRegistration("An Peeters", " An@Bouw.be ", Language.NL,
            Optional.empty(), Optional.of("Bouw Peeters"), MentorRole.PLOEGLEIDER, false, Optional.empty(),
            new MentorRegistration.Preferences(Frequency.MONTHLY, Focus.DIDACTIEK));

    /** The mails queued, as "template to recipient: link". */
    private final List<String> mails = new ArrayList<>();
    private FakeEntityManager store;
    private MutableClock clock;
    private MentorService mentors;

    @BeforeEach
    void setUp() {
        store = new FakeEntityManager();
        store.key(MentorLink.class, link -> FakeEntityManager.get(link, "tokenHash"));
        store.answer(Mentor.BY_EMAIL, p -> store.all(Mentor.class).stream().filter(m -> m.getEmail().equals(p.get("email"))).toList());
        store.answer(Mentor.BY_CONFIRM_HASH, p -> store.all(Mentor.class).stream()
                .filter(m -> p.get("hash").equals(FakeEntityManager.get(m, "confirmHash"))).toList());
        store.answer(MentorProgress.OF_MENTORS, p -> List.of());
        clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        RecordingAuditLog audit = new RecordingAuditLog(clock);
        MailOutbox outbox = new MailOutbox() {
            @Override
            public boolean enqueue(String dedupKey, String recipient, MailLanguage language, String template,
                                   Map<String, String> values) {
                return mails.add(template + " to " + recipient + ": " + values.get("link"));
            }
        };
        PublicUrl publicUrl = new PublicUrl() {
            @Override
            public String base() {
                return "https://lwp.example";
            }
        };
        CourseService noCourse = new CourseService() {
            @Override
            public Optional<Course> course() {
                return Optional.empty();
            }
        };
        CertificateService noCertificates = new CertificateService() {
            @Override
            List<MentorCertificate> of(long mentorId) {
                return List.of();
            }
        };
        MentorLinks links = new MentorLinks(store.entityManager(), clock);
        MentorPlans plans = new MentorPlans(store.entityManager(), noCourse, null, null, clock);
        mentors = new MentorService(store.entityManager(), links, plans, noCertificates, outbox, publicUrl, audit, clock);
    }

    /** The token of the last mailed link. */
    private String lastToken() {
        String mail = mails.get(mails.size() - 1);
        return mail.substring(mail.lastIndexOf('=') + 1);
    }

    @Test
    void aNewMentorGetsOnlyAConfirmationLinkAndFollowsOnceItConfirms() {
        mentors.register(AN, Optional.empty());
        Mentor mentor = store.all(Mentor.class).get(0);
        String confirmToken = lastToken();

        assertEquals("an@bouw.be", mentor.getEmail());
        assertEquals(MentorStatus.PENDING, mentor.getStatus());
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).contains(" to an@bouw.be: https://lwp.example/"), mails.get(0));
        assertEquals(Optional.empty(), mentors.page(confirmToken), "a confirmation link is no personal link");
        assertEquals(Optional.empty(), mentor.linkKey(), "no link key before confirmation");

        MentorService.Confirmation confirmed = mentors.confirm(confirmToken);

        assertEquals(MentorService.ConfirmResult.CONFIRMED, confirmed.result());
        assertEquals(MentorStatus.ACTIVE, mentor.getStatus());
        String key = mentor.linkKey().orElseThrow(() -> new AssertionError("confirmation makes the key of the run's links"));
        assertTrue(MentorLinkToken.read(MentorLinkToken.issue(key, 7, LocalDate.of(2026, 3, 12))).orElseThrow()
                .isSignedWith(key), "a usable key");
        assertEquals(MentorStatus.ACTIVE, mentors.page(confirmed.personalToken().orElseThrow()).orElseThrow().status());
        assertEquals(MentorService.ConfirmResult.UNKNOWN, mentors.confirm(confirmToken).result(), "a used link works once");
    }

    @Test
    void aConfirmationLinkExpiresAndAMalformedOneIsUnknown() {
        mentors.register(AN, Optional.empty());
        clock.advance(Duration.ofDays(8));

        assertEquals(MentorService.ConfirmResult.UNKNOWN, mentors.confirm(lastToken()).result());
        assertEquals(MentorService.ConfirmResult.UNKNOWN, mentors.confirm("not-a-token").result());
        assertEquals(MentorService.ConfirmResult.UNKNOWN, mentors.confirm(SecretToken.generate()).result());
        assertEquals(MentorStatus.PENDING, store.all(Mentor.class).get(0).getStatus());
    }

    @Test
    void aSecondRegistrationOfAFollowingMentorKeepsItsDetailsAndMailsItsPersonalLink() {
        mentors.register(AN, Optional.empty());
        mentors.confirm(lastToken());

        mentors.register(new MentorRegistration("Iemand Anders", "an@bouw.be", Language.FR, Optional.empty(),
                Optional.empty(), MentorRole.ZAAKVOERDER, false, Optional.empty(),
                new MentorRegistration.Preferences(Frequency.MONTHLY, Focus.TECHNIEK)), Optional.of("advisor"));

        assertEquals(1, store.all(Mentor.class).size());
        Mentor mentor = store.all(Mentor.class).get(0);
        assertEquals("An Peeters", mentor.getName());
        assertEquals(Language.NL, mentor.getLanguage());
        MentorPage page = mentors.page(lastToken()).orElseThrow();
        assertEquals("An Peeters", page.name());
    }

    @Test
    void preferencesMustBeCompleteAndAnUnknownLinkChangesNothing() {
        mentors.register(AN, Optional.empty());
        String personal = mentors.confirm(lastToken()).personalToken().orElseThrow();

        DomainException incomplete = assertThrows(DomainException.class, () -> mentors.changePreferences(personal,
                new MentorRegistration.Preferences(null, Focus.TECHNIEK), Language.FR));
        DomainException unknown = assertThrows(DomainException.class, () -> mentors.unsubscribe(SecretToken.generate()));
        MentorPage left = mentors.unsubscribe(personal);

        assertEquals("course.choiceMissing", incomplete.messageKey());
        assertEquals("course.linkUnknown", unknown.messageKey());
        assertEquals(Focus.DIDACTIEK, store.all(Mentor.class).get(0).getFocus());
        assertEquals(MentorStatus.UNSUBSCRIBED, left.status());
    }
}
