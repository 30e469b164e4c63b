package org.leerwerkplek.mentorcourse.delivery;

import org.leerwerkplek.platform.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseLoader;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;

class DeliveryPlannerTest {

    private static final LocalDate CONFIRMED = LocalDate.of(2026, 1, 15);
    private static final LocalDate YEAR_END = CONFIRMED.plusYears(1);
    private static final int REMINDER_DAYS = 14;

    /** How the simulated mentor treats a delivered module. */
    private enum Mentor {
        /** Opens and completes every module two days after it arrives. */
        COMPLETES_AFTER_TWO_DAYS,
        /** Never opens anything. */
        NEVER_OPENS
    }

    /** A mail the simulated scheduler sent. */
    private record Sent(LocalDate on, PlannedMail mail) {
    }

    /**
     * Plays the scheduler and the mentor day by day from the confirmation day up to (not
     * including) {@code until}: each day the mentor acts first, then the scheduler asks the
     * planner what is due, sends it and records the dates.
     */
    private static final class Simulation {

        final Map<String, ModuleProgress> progress = new LinkedHashMap<>();
        final List<Sent> mails = new ArrayList<>();
        final DeliveryPlanner planner;
        final MutableClock clock;
        final MentorPreferences preferences;
        final Set<String> knelpunten;

        Simulation(Course course, int reminderDays, MentorPreferences preferences, Set<String> knelpunten) {
            this.clock = new MutableClock(preferences.confirmedOn());
            this.planner = new DeliveryPlanner(course, reminderDays, clock);
            this.preferences = preferences;
            this.knelpunten = knelpunten;
        }

        Simulation run(Mentor mentor, LocalDate until) {
            for (LocalDate day = preferences.confirmedOn(); day.isBefore(until); day = day.plusDays(1)) {
                clock.set(day);
                if (mentor == Mentor.COMPLETES_AFTER_TWO_DAYS) {
                    LocalDate today = day;
                    progress.replaceAll((id, entry) -> !entry.isOpened()
                            && entry.deliveredOn().orElseThrow().plusDays(2).equals(today) ? entry.completedOn(today) : entry);
                }
                planner.dueNow(preferences, List.copyOf(progress.values()), knelpunten).ifPresent(this::send);
            }
            return this;
        }

        private void send(PlannedMail mail) {
            LocalDate today = LocalDate.now(clock);
            mails.add(new Sent(today, mail));
            mail.delivery().ifPresent(item -> progress.put(item.module().id(),
                    ModuleProgress.delivered(item.module().id(), today)));
            mail.reminders().forEach(item -> progress.computeIfPresent(item.module().id(),
                    (id, entry) -> entry.remindedOn(today)));
        }

        List<MailItem> items(MailItem.Kind kind) {
            return mails.stream().flatMap(sent -> sent.mail().items().stream()).filter(item -> item.kind() == kind).toList();
        }

        List<String> deliveredIds() {
            return items(MailItem.Kind.DELIVERY).stream().map(item -> item.module().id()).toList();
        }

        List<LocalDate> deliveryDays() {
            return mails.stream().filter(sent -> sent.mail().delivery().isPresent()).map(Sent::on).toList();
        }

        void assertNoTwoMailsWithinAWeek() {
            for (int i = 1; i < mails.size(); i++) {
                long days = ChronoUnit.DAYS.between(mails.get(i - 1).on(), mails.get(i).on());
                assertTrue(days >= DeliveryPlanner.DAYS_BETWEEN_MAILS,
                        "mails on " + mails.get(i - 1).on() + " and " + mails.get(i).on());
            }
        }
    }

    private static MentorPreferences mentor(Frequency frequency, Focus focus) {
        return new MentorPreferences(frequency, focus, Language.NL, CONFIRMED);
    }

    private static int suitable(Focus focus) {
        return switch (focus) {
            case DIDACTIEK -> TestCourse.DIDACTIEK_SUITS;
            case TECHNIEK -> TestCourse.TECHNIEK_SUITS;
            case BOTH -> TestCourse.ALL;
        };
    }

    /** The deliveries a year holds: one per interval (12, 4, 2, 1), fewer when the focus has fewer modules. */
    private static int expectedDeliveries(Frequency frequency, Focus focus) {
        return Math.min(12 / frequency.months(), suitable(focus));
    }

    /** The ids of the modules that suit {@code focus}, in course order. */
    private static List<String> courseOrder(Focus focus) {
        return TestCourse.course().modules().stream().filter(m -> m.suits(focus)).map(CourseModule::id).toList();
    }

    private static List<LocalDate> everyInterval(Frequency frequency, int count) {
        return IntStream.range(0, count).mapToObj(i -> CONFIRMED.plusMonths((long) i * frequency.months())).toList();
    }

    static Stream<Arguments> everyFrequencyAndFocus() {
        return Stream.of(Frequency.values())
                .flatMap(frequency -> Stream.of(Focus.values()).map(focus -> Arguments.of(frequency, focus)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFrequencyAndFocus")
    void aYearOfAMentorWhoCompletesEveryModule(Frequency frequency, Focus focus) {
        Simulation year = new Simulation(TestCourse.course(), REMINDER_DAYS, mentor(frequency, focus), Set.of())
                .run(Mentor.COMPLETES_AFTER_TWO_DAYS, YEAR_END);

        int expected = expectedDeliveries(frequency, focus);
        assertEquals(courseOrder(focus).subList(0, expected), year.deliveredIds());
        assertEquals(everyInterval(frequency, expected), year.deliveryDays());
        assertTrue(year.items(MailItem.Kind.DELIVERY).stream().allMatch(item -> item.module().suits(focus)));
        assertEquals(List.of(), year.items(MailItem.Kind.REMINDER), "opened modules get no reminder");
        assertTrue(year.mails.stream().noneMatch(sent -> sent.mail().isDigest()));
        year.assertNoTwoMailsWithinAWeek();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFrequencyAndFocus")
    void aYearOfAMentorWhoNeverOpensGetsOneReminderPerModule(Frequency frequency, Focus focus) {
        Simulation year = new Simulation(TestCourse.course(), REMINDER_DAYS, mentor(frequency, focus), Set.of())
                .run(Mentor.NEVER_OPENS, YEAR_END);

        int expected = expectedDeliveries(frequency, focus);
        assertEquals(courseOrder(focus).subList(0, expected), year.deliveredIds());
        assertEquals(everyInterval(frequency, expected), year.deliveryDays());
        List<String> reminded = year.items(MailItem.Kind.REMINDER).stream().map(item -> item.module().id()).toList();
        List<String> dueForReminder = year.progress.values().stream()
                .filter(entry -> entry.deliveredOn().orElseThrow().plusDays(REMINDER_DAYS).isBefore(YEAR_END))
                .map(ModuleProgress::moduleId).toList();
        assertEquals(dueForReminder, reminded, "exactly one reminder per unopened module");
        for (ModuleProgress entry : year.progress.values()) {
            entry.remindedOn().ifPresent(day -> assertEquals(entry.deliveredOn().orElseThrow().plusDays(REMINDER_DAYS), day));
        }
        year.assertNoTwoMailsWithinAWeek();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFrequencyAndFocus")
    void aReminderDueInTheWeekBeforeADeliveryWaitsForItInOneDigest(Frequency frequency, Focus focus) {
        int reminderDays = (int) ChronoUnit.DAYS.between(CONFIRMED, frequency.after(CONFIRMED)) - 3;
        Simulation year = new Simulation(TestCourse.course(), reminderDays, mentor(frequency, focus), Set.of())
                .run(Mentor.NEVER_OPENS, YEAR_END);

        int expected = expectedDeliveries(frequency, focus);
        assertEquals(everyInterval(frequency, expected), year.deliveryDays(), "the reminders do not shift the deliveries");
        year.assertNoTwoMailsWithinAWeek();
        List<String> delivered = year.deliveredIds();
        for (int i = 1; i < expected; i++) {
            PlannedMail mail = year.mails.stream().filter(sent -> sent.mail().delivery().isPresent()).toList().get(i).mail();
            assertTrue(mail.isDigest(), mail.toString());
            assertEquals(List.of(delivered.get(i - 1)), mail.reminders().stream().map(item -> item.module().id()).toList());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyFrequencyAndFocus")
    void aReminderDueInTheWeekAfterADeliveryWaitsUntilAWeekHasPassed(Frequency frequency, Focus focus) {
        int reminderDays = (int) ChronoUnit.DAYS.between(CONFIRMED, frequency.after(CONFIRMED)) + 3;
        Simulation year = new Simulation(TestCourse.course(), reminderDays, mentor(frequency, focus), Set.of())
                .run(Mentor.NEVER_OPENS, YEAR_END);

        int expected = expectedDeliveries(frequency, focus);
        assertEquals(everyInterval(frequency, expected), year.deliveryDays());
        year.assertNoTwoMailsWithinAWeek();
        List<Sent> withReminder = year.mails.stream().filter(sent -> !sent.mail().reminders().isEmpty()).toList();
        for (Sent sent : withReminder) {
            LocalDate due = sent.mail().reminders().get(0).dueOn();
            LocalDate previousMail = year.mails.get(year.mails.indexOf(sent) - 1).on();
            LocalDate weekAfter = previousMail.plusDays(DeliveryPlanner.DAYS_BETWEEN_MAILS);
            assertEquals(due.isAfter(weekAfter) ? due : weekAfter, sent.on(), "when due, but a week after the previous mail");
        }
        if (expected > 1) {
            assertTrue(withReminder.stream().anyMatch(sent -> sent.on().isAfter(sent.mail().reminders().get(0).dueOn())));
        }
    }

    @Test
    void knelpuntModulesComeFirstThenCourseOrder() {
        Simulation year = new Simulation(TestCourse.course(), REMINDER_DAYS, mentor(Frequency.MONTHLY, Focus.BOTH),
                Set.of("K08", "K03", "K99")).run(Mentor.COMPLETES_AFTER_TWO_DAYS, YEAR_END);

        assertEquals(List.of("m10", "m11", "m01", "m13", "m05", "m12", "m02", "m03", "m04", "m06", "m07", "m08"),
                year.deliveredIds());
    }

    @Test
    void knelpuntModulesOutsideTheFocusStayOut() {
        DeliveryPlanner planner = new DeliveryPlanner(TestCourse.course(), REMINDER_DAYS, new MutableClock(CONFIRMED));

        assertEquals(List.of("m10", "m11", "m13", "m12", "m14", "m15", "m16"), planner
                .sequence(mentor(Frequency.MONTHLY, Focus.TECHNIEK), Set.of("K03", "K08"))
                .stream().map(CourseModule::id).toList());
        assertEquals(List.of("m10", "m01", "m05", "m02"), planner
                .sequence(mentor(Frequency.MONTHLY, Focus.DIDACTIEK), Set.of("K03", "K16"))
                .stream().map(CourseModule::id).toList().subList(0, 4));
    }

    @Test
    void nothingComesAfterTheCourseIsCompleted() {
        MentorPreferences preferences = mentor(Frequency.MONTHLY, Focus.BOTH);
        Simulation twoYears = new Simulation(TestCourse.course(), REMINDER_DAYS, preferences, Set.of())
                .run(Mentor.COMPLETES_AFTER_TWO_DAYS, CONFIRMED.plusYears(2));

        assertEquals(courseOrder(Focus.BOTH), twoYears.deliveredIds());
        assertEquals(CONFIRMED.plusMonths(15), twoYears.mails.get(twoYears.mails.size() - 1).on());
        assertEquals(TestCourse.ALL, twoYears.mails.size());
        assertEquals(Optional.empty(), twoYears.planner.next(preferences, List.copyOf(twoYears.progress.values()), Set.of()));
    }

    @Test
    void aModuleMissingTheMentorsLanguageIsSkippedOnlyForThatLanguage() {
        Course course = TestCourse.course(Set.of("m02"));
        MentorPreferences french = new MentorPreferences(Frequency.MONTHLY, Focus.DIDACTIEK, Language.FR, CONFIRMED);
        MentorPreferences dutch = new MentorPreferences(Frequency.MONTHLY, Focus.DIDACTIEK, Language.NL, CONFIRMED);

        List<String> toFrench = new Simulation(course, REMINDER_DAYS, french, Set.of())
                .run(Mentor.COMPLETES_AFTER_TWO_DAYS, CONFIRMED.plusMonths(3)).deliveredIds();
        List<String> toDutch = new Simulation(course, REMINDER_DAYS, dutch, Set.of())
                .run(Mentor.COMPLETES_AFTER_TWO_DAYS, CONFIRMED.plusMonths(3)).deliveredIds();

        assertEquals(List.of("m01", "m03", "m04"), toFrench);
        assertEquals(List.of("m01", "m02", "m03"), toDutch);
    }

    @Test
    void theFirstModuleIsDueOnTheConfirmationDayAndTheNextAfterTheInterval() {
        LocalDate endOfJanuary = LocalDate.of(2026, 1, 31);
        MentorPreferences preferences = new MentorPreferences(Frequency.MONTHLY, Focus.BOTH, Language.FR, endOfJanuary);
        DeliveryPlanner planner = new DeliveryPlanner(TestCourse.course(), REMINDER_DAYS, new MutableClock(endOfJanuary));

        PlannedMail first = planner.dueNow(preferences, List.of(), Set.of()).orElseThrow();
        assertEquals(endOfJanuary, first.sendOn());
        assertEquals(Language.FR, first.language());
        assertEquals("m01", first.delivery().orElseThrow().module().id());

        List<ModuleProgress> afterFirst = List.of(ModuleProgress.delivered("m01", endOfJanuary).openedOn(endOfJanuary));
        PlannedMail second = planner.next(preferences, afterFirst, Set.of()).orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 28), second.sendOn(), "the last day of a shorter month");
        assertEquals(Optional.empty(), planner.dueNow(preferences, afterFirst, Set.of()));
    }

    @Test
    void upcomingDeliveriesFollowTheIntervalAndStopWhenTheFocusRunsOut() {
        DeliveryPlanner planner = new DeliveryPlanner(TestCourse.course(), REMINDER_DAYS, new MutableClock(CONFIRMED));
        List<ModuleProgress> firstDelivered = List.of(ModuleProgress.delivered("m01", CONFIRMED).openedOn(CONFIRMED));

        List<MailItem> quarterly = planner.upcoming(mentor(Frequency.QUARTERLY, Focus.TECHNIEK), List.of(), Set.of(), 3);
        List<MailItem> all = planner.upcoming(mentor(Frequency.MONTHLY, Focus.TECHNIEK), List.of(), Set.of(), 100);
        List<MailItem> afterFirst = planner.upcoming(mentor(Frequency.MONTHLY, Focus.DIDACTIEK), firstDelivered,
                Set.of(), 2);

        assertEquals(everyInterval(Frequency.QUARTERLY, 3), quarterly.stream().map(MailItem::dueOn).toList());
        assertEquals(courseOrder(Focus.TECHNIEK).subList(0, 3),
                quarterly.stream().map(item -> item.module().id()).toList());
        assertEquals(TestCourse.TECHNIEK_SUITS, all.size(), "as many as suit the focus");
        assertEquals(List.of(CONFIRMED.plusMonths(1), CONFIRMED.plusMonths(2)),
                afterFirst.stream().map(MailItem::dueOn).toList());
        assertEquals(courseOrder(Focus.DIDACTIEK).subList(1, 3),
                afterFirst.stream().map(item -> item.module().id()).toList());
    }

    @Test
    void aReminderRightAfterAMailWaitsAWeek() {
        MutableClock clock = new MutableClock(LocalDate.of(2026, 1, 29));
        DeliveryPlanner planner = new DeliveryPlanner(TestCourse.course(), 28, clock);
        MentorPreferences preferences = new MentorPreferences(Frequency.MONTHLY, Focus.BOTH, Language.NL,
                LocalDate.of(2026, 1, 1));
        List<ModuleProgress> progress = List.of(
                ModuleProgress.delivered("m01", LocalDate.of(2026, 1, 1)),
                ModuleProgress.delivered("m02", LocalDate.of(2026, 1, 26)).openedOn(LocalDate.of(2026, 1, 27)));

        PlannedMail mail = planner.next(preferences, progress, Set.of()).orElseThrow();

        assertEquals(LocalDate.of(2026, 2, 2), mail.sendOn(), "a week after the mail of 26 January");
        assertEquals(LocalDate.of(2026, 1, 29), mail.items().get(0).dueOn());
        assertEquals(List.of("m01"), mail.reminders().stream().map(item -> item.module().id()).toList());
        assertFalse(mail.isDigest());
        assertEquals(Optional.empty(), planner.dueNow(preferences, progress, Set.of()));
    }

    @Test
    void modulesCompletedWithoutTheirMailDoNotStopTheDeliveries() {
        DeliveryPlanner planner = new DeliveryPlanner(TestCourse.course(), REMINDER_DAYS, new MutableClock(CONFIRMED));
        MentorPreferences preferences = mentor(Frequency.QUARTERLY, Focus.DIDACTIEK);
        List<ModuleProgress> progress = planner.sequence(preferences, Set.of()).stream()
                .map(module -> ModuleProgress.completedWithoutDelivery(module.id(), CONFIRMED.minusDays(3))).toList();

        PlannedMail mail = planner.dueNow(preferences, progress, Set.of()).orElseThrow();

        assertEquals("m01", mail.delivery().orElseThrow().module().id(), "every module completed on day one: still the first");
        assertEquals(CONFIRMED, mail.sendOn());
        assertEquals(planner.sequence(preferences, Set.of()).size(),
                planner.upcoming(preferences, progress, Set.of(), 100).size(), "and all of them still to come");
    }

    @Test
    void theShippedCourseStartsWithTheModulesForTheCompanysKnelpunten() {
        Course course = new CourseLoader().load(Path.of("mentor-course")).course().orElseThrow();
        DeliveryPlanner planner = new DeliveryPlanner(course, REMINDER_DAYS, new MutableClock(CONFIRMED));

        List<String> sequence = planner.sequence(mentor(Frequency.QUARTERLY, Focus.TECHNIEK), Set.of("K04"))
                .stream().map(CourseModule::id).toList();

        assertEquals(List.of("administratie-en-financiele-steun", "lerende-voorstellen-aan-klant", "proefperiode",
                "leertaken-plannen", "realistische-leertaken", "veiligheid-op-de-werf", "andere-machines"), sequence);
    }

    @Test
    void badInputIsRefused() {
        MutableClock clock = new MutableClock(CONFIRMED);
        assertThrows(IllegalArgumentException.class, () -> new DeliveryPlanner(TestCourse.course(), 0, clock));
        DeliveryPlanner planner = new DeliveryPlanner(TestCourse.course(), REMINDER_DAYS, clock);
        List<ModuleProgress> twice = List.of(ModuleProgress.delivered("m01", CONFIRMED), ModuleProgress.delivered("m01", CONFIRMED));
        assertThrows(IllegalArgumentException.class,
                () -> planner.next(mentor(Frequency.MONTHLY, Focus.BOTH), twice, Set.of()));
    }
}
