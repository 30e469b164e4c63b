package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseLoader;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.MailItem;
import org.leerwerkplek.mentorcourse.delivery.PlannedMail;
import org.leerwerkplek.platform.mail.MailLanguage;
import org.leerwerkplek.platform.mail.MailTemplates;
import org.leerwerkplek.platform.mail.RenderedMail;

class MentorMailsTest {

    private static final Course COURSE = new CourseLoader().load(Path.of("mentor-course")).course().orElseThrow();
    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);
    private static final String TOKEN = "abc";
    private final MentorMails mails = new MentorMails("https://lwp.example");

    private static MailItem item(MailItem.Kind kind, String moduleId, LocalDate due) {
        return new MailItem(kind, COURSE.module(moduleId).orElseThrow(), due);
    }

    private static RenderedMail render(MentorMails.Mail mail) {
        return new MailTemplates().render(mail.template(), mail.language(), mail.values());
    }

    @Test
    void aDeliveryIsTheModuleMailWithTheModuleLinkAndTheKeyOfMentorModuleAndDueDay() {
        PlannedMail planned = new PlannedMail(DUE, Language.FR,
                List.of(item(MailItem.Kind.DELIVERY, "feedback-geven", DUE)));

        MentorMails.Mail mail = mails.planned(42, "Sofie", planned, TOKEN);
        RenderedMail rendered = render(mail);

        assertEquals("module:42:feedback-geven:2026-03-02", mail.dedupKey());
        assertEquals(MentorMails.MODULE, mail.template());
        assertEquals(MailLanguage.FR, mail.language());
        assertTrue(rendered.subject().startsWith("Nouveau module\u00a0: "), rendered.subject());
        assertTrue(rendered.text().contains("https://lwp.example/course/module.xhtml?t=abc&m=feedback-geven"),
                rendered.text());
        assertTrue(rendered.text().contains("https://lwp.example/course/me.xhtml?t=abc"), rendered.text());
    }

    @Test
    void aBatchOfMailsSharesTheRenderingOfEqualSubjectsAndGetsEachMailsOwnSubject() {
        MailTemplates templates = new MailTemplates();
        java.util.Map<String, String> shared = new java.util.HashMap<>();
        for (String module : List.of("feedback-geven", "leertaken-plannen", "feedback-geven")) {
            for (long mentor = 1; mentor <= 2; mentor++) {
                MentorMails.Mail mail = mails.planned(mentor, "Mentor " + mentor, new PlannedMail(DUE, Language.NL,
                        List.of(item(MailItem.Kind.DELIVERY, module, DUE))), TOKEN + mentor);

                assertEquals(render(mail).subject(), templates.checkedSubject(mail.template(), mail.language(),
                        mail.values(), shared), module);
            }
        }
        assertEquals(2, shared.size(), "one subject per module");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> templates.checkedSubject(
                MentorMails.MODULE, MailLanguage.NL, java.util.Map.of("moduleTitle", "T"), shared), "still checked");
    }

    @Test
    void aSingleReminderIsTheReminderMail() {
        PlannedMail planned = new PlannedMail(DUE, Language.NL,
                List.of(item(MailItem.Kind.REMINDER, "feedback-geven", DUE.minusDays(3))));

        MentorMails.Mail mail = mails.planned(42, "Sofie", planned, TOKEN);

        assertEquals("reminder:42:feedback-geven:2026-02-27", mail.dedupKey());
        assertEquals(MentorMails.REMINDER, mail.template());
        assertTrue(render(mail).subject().startsWith("Herinnering: "));
    }

    @Test
    void severalItemsGoInOneDigestKeyedByMentorAndDay() {
        PlannedMail planned = new PlannedMail(DUE, Language.NL, List.of(
                item(MailItem.Kind.DELIVERY, "feedback-geven", DUE),
                item(MailItem.Kind.REMINDER, "wanneer-ingrijpen", DUE.minusDays(1))));

        MentorMails.Mail mail = mails.planned(42, "Sofie", planned, TOKEN);
        RenderedMail rendered = render(mail);

        assertEquals("digest:42:2026-03-02", mail.dedupKey());
        assertEquals(MentorMails.DIGEST, mail.template());
        assertTrue(rendered.text().contains("m=feedback-geven") && rendered.text().contains("m=wanneer-ingrijpen"),
                rendered.text());
    }

    @Test
    void theConfirmationKeyDiffersPerRegistrationAttempt() {
        MentorMails.Mail first = mails.confirmation(7, "Jan", Language.NL, mails.confirmLink("t1"), "a".repeat(64));
        MentorMails.Mail second = mails.confirmation(7, "Jan", Language.NL, mails.confirmLink("t2"), "b".repeat(64));

        assertEquals(MentorMails.CONFIRM, first.template());
        assertTrue(render(first).text().contains("https://lwp.example/course/confirm.xhtml?t=t1"));
        assertTrue(!first.dedupKey().equals(second.dedupKey()));
    }
    @Test
    void aMailQueuedByReferenceHasTheKeyTemplateLanguageAndAtSendingTheValuesOfTheRenderedOne() {
        String key = MentorLinkToken.newKey();
        LocalDate issued = DUE.plusDays(4);
        String token = MentorLinkToken.issue(key, 42, issued);
        for (PlannedMail planned : List.of(
                new PlannedMail(DUE, Language.FR, List.of(item(MailItem.Kind.DELIVERY, "feedback-geven", DUE))),
                new PlannedMail(DUE, Language.NL, List.of(item(MailItem.Kind.REMINDER, "feedback-geven", DUE))),
                new PlannedMail(DUE, Language.FR, List.of(item(MailItem.Kind.DELIVERY, "leertaken-plannen", DUE),
                        item(MailItem.Kind.REMINDER, "feedback-geven", DUE.minusDays(7)))))) {
            MentorMails.Mail rendered = mails.planned(42, "Sofie", planned, token);

            MentorMails.Queued queued = mails.queued(42, planned, issued);
            java.util.Map<String, String> values = mails.valuesOf(MentorMails.Reference.parse(queued.reference()),
                    planned.isDigest(), "Sofie", key, COURSE::module).orElseThrow();

            assertEquals(rendered.dedupKey(), queued.dedupKey());
            assertEquals(rendered.template(), queued.template());
            assertEquals(rendered.language(), queued.language());
            assertEquals(rendered.values(), values, queued.reference());
            assertTrue(queued.reference().length() < 80, queued.reference());
        }
    }

    @Test
    void aMailQueuedByReferenceToAModuleTheCourseNoLongerHasIsWithdrawnAndABadReferenceIsRefused() {
        PlannedMail planned = new PlannedMail(DUE, Language.NL, List.of(item(MailItem.Kind.DELIVERY, "feedback-geven", DUE)));
        MentorMails.Queued queued = mails.queued(42, planned, DUE);

        assertTrue(mails.valuesOf(MentorMails.Reference.parse(queued.reference()), false, "Sofie",
                MentorLinkToken.newKey(), id -> java.util.Optional.empty()).isEmpty());
        for (String bad : List.of("", "42;2026-03-02;NL;", "x;2026-03-02;NL;a", "42;2026-03-02;XX;a", "42;2026-03-02;NL")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> MentorMails.Reference.parse(bad), bad);
        }
    }
}
