package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseLoader;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.MailItem;
import org.leerwerkplek.mentorcourse.delivery.ModuleProgress;
import org.leerwerkplek.mentorcourse.delivery.PlannedMail;

/** The progress a run plans the next mail from, after the mail it sends today. */
class MentorDeliveriesTest {

    private static final Course COURSE = new CourseLoader().load(Path.of("mentor-course")).course().orElseThrow();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @Test
    void aDigestRecordsTheNewModuleAndTheReminderAndKeepsWhatWasRecorded() {
        CourseModule first = COURSE.modules().get(0);
        CourseModule second = COURSE.modules().get(1);
        CourseModule third = COURSE.modules().get(2);
        ModuleProgress delivered = ModuleProgress.delivered(first.id(), TODAY.minusDays(10));
        ModuleProgress completedWithout = ModuleProgress.completedWithoutDelivery(third.id(), TODAY.minusDays(3));
        PlannedMail digest = new PlannedMail(TODAY, Language.NL, List.of(
                new MailItem(MailItem.Kind.DELIVERY, second, TODAY),
                new MailItem(MailItem.Kind.REMINDER, first, TODAY.minusDays(3))));

        List<ModuleProgress> after = MentorDeliveries.sent(List.of(delivered, completedWithout), digest, TODAY);

        assertEquals(List.of(delivered.remindedOn(TODAY), completedWithout, ModuleProgress.delivered(second.id(), TODAY)),
                after);
    }

    @Test
    void aDeliveryOfAModuleCompletedWithoutItsMailKeepsTheCompletionAndARecordedDayStays() {
        CourseModule first = COURSE.modules().get(0);
        ModuleProgress completedWithout = ModuleProgress.completedWithoutDelivery(first.id(), TODAY.minusDays(3));
        ModuleProgress reminded = ModuleProgress.delivered(first.id(), TODAY.minusDays(20)).remindedOn(TODAY.minusDays(10));

        assertEquals(List.of(new ModuleProgress(first.id(), Optional.of(TODAY), Optional.empty(),
                        Optional.of(TODAY.minusDays(3)), Optional.of(TODAY.minusDays(3)))),
                MentorDeliveries.sent(List.of(completedWithout), new PlannedMail(TODAY, Language.NL,
                        List.of(new MailItem(MailItem.Kind.DELIVERY, first, TODAY))), TODAY));
        assertEquals(List.of(reminded), MentorDeliveries.sent(List.of(reminded), new PlannedMail(TODAY, Language.NL,
                List.of(new MailItem(MailItem.Kind.REMINDER, first, TODAY))), TODAY));
    }
}
