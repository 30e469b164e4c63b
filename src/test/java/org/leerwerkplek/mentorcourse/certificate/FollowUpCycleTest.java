package org.leerwerkplek.mentorcourse.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.mentorcourse.delivery.ModuleProgress;

class FollowUpCycleTest {

    private static final LocalDate CONFIRMED = LocalDate.of(2026, 3, 10);
    private static final Set<String> SIXTEEN = IntStream.rangeClosed(1, 16).mapToObj(i -> "m" + i)
            .collect(Collectors.toSet());

    /** Modules m1..m{count} mailed every {@code months} months from the confirmation, each completed when {@code completed}. */
    private static List<ModuleProgress> mailed(int count, int months, boolean completed) {
        List<ModuleProgress> progress = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate on = CONFIRMED.plusMonths((long) i * months);
            ModuleProgress entry = ModuleProgress.delivered("m" + (i + 1), on);
            progress.add(completed ? entry.completedOn(on.plusDays(3)) : entry);
        }
        return progress;
    }

    @Test
    void aQuarterlyMentorCompletesItsYearWithTheFourModulesOfThatYear() {
        List<FollowUpCycle.Completed> years = FollowUpCycle.completed(CONFIRMED, Frequency.QUARTERLY,
                mailed(4, 3, true), SIXTEEN);

        assertEquals(1, years.size());
        assertEquals(new FollowUpCycle.Completed(1, CONFIRMED, LocalDate.of(2027, 3, 9), List.of("m1", "m2", "m3", "m4")),
                years.get(0));
    }

    @Test
    void oneModuleOfTheYearLeftOpenMeansNoCertificate() {
        List<ModuleProgress> progress = new ArrayList<>(mailed(4, 3, true));
        progress.set(2, ModuleProgress.delivered("m3", CONFIRMED.plusMonths(6)));

        assertEquals(List.of(), FollowUpCycle.completed(CONFIRMED, Frequency.QUARTERLY, progress, SIXTEEN));
    }

    @Test
    void fewerModulesThanTheFrequencyBringsInAYearIsNotYetACompletedYear() {
        assertEquals(List.of(), FollowUpCycle.completed(CONFIRMED, Frequency.MONTHLY, mailed(11, 1, true), SIXTEEN));
        assertEquals(List.of(), FollowUpCycle.completed(CONFIRMED, Frequency.QUARTERLY, mailed(3, 3, true), SIXTEEN));
    }

    @Test
    void whenTheCourseHasNoMoreModulesForTheMentorTheLastYearCountsWithFewer() {
        Set<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "m" + i).collect(Collectors.toSet());

        List<FollowUpCycle.Completed> years = FollowUpCycle.completed(CONFIRMED, Frequency.MONTHLY,
                mailed(11, 1, true), eleven);

        assertEquals(1, years.size());
        assertEquals(11, years.get(0).moduleIds().size());
    }

    @Test
    void aSecondYearIsCompletedOnItsOwn() {
        List<FollowUpCycle.Completed> years = FollowUpCycle.completed(CONFIRMED, Frequency.HALF_YEARLY,
                mailed(4, 6, true), SIXTEEN);

        assertEquals(List.of(1, 2), years.stream().map(FollowUpCycle.Completed::year).toList());
        assertEquals(LocalDate.of(2027, 3, 10), years.get(1).from());
        assertEquals(List.of("m3", "m4"), years.get(1).moduleIds());
    }

    @Test
    void aModuleCompletedWithoutBeingMailedDoesNotCount() {
        List<ModuleProgress> progress = List.of(ModuleProgress.completedWithoutDelivery("m1", CONFIRMED.plusDays(2)));

        assertTrue(FollowUpCycle.completed(CONFIRMED, Frequency.YEARLY, progress, SIXTEEN).isEmpty());
        assertEquals(12, FollowUpCycle.modulesPerYear(Frequency.MONTHLY));
        assertEquals(1, FollowUpCycle.modulesPerYear(Frequency.YEARLY));
    }
}
