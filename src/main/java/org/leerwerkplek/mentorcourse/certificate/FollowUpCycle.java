package org.leerwerkplek.mentorcourse.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.mentorcourse.delivery.ModuleProgress;

/**
 * When a mentor has completed the follow-up cycle of a year, which earns a certificate.
 *
 * <p>The cycle years run from the day the mentor confirmed: year 1 from that day up to the day
 * before its first anniversary, year 2 the next twelve months, and so on. The modules of a year
 * are those mailed to the mentor within it. A year is completed when
 * <ul>
 * <li>its modules are at least the number the mentor's frequency brings in twelve months
 *     ({@link #modulesPerYear}: 12 monthly, 4 quarterly, 2 half-yearly, 1 yearly), or fewer
 *     because the course had no more modules for the mentor (every module of its focus and
 *     language was mailed), but at least one; and</li>
 * <li>the mentor completed every one of them (also after the year ended).</li>
 * </ul>
 * Modules completed without being mailed do not count. Plain logic.
 */
public final class FollowUpCycle {

    /** A completed cycle year. */
    public record Completed(int year, LocalDate from, LocalDate to, List<String> moduleIds) {
        public Completed {
            moduleIds = List.copyOf(moduleIds);
        }
    }

    private FollowUpCycle() {
    }

    /** The modules a mentor with {@code frequency} receives in twelve months. */
    public static int modulesPerYear(Frequency frequency) {
        return 12 / frequency.months();
    }

    /**
     * The cycle years the mentor completed, oldest first.
     *
     * @param confirmedOn the day the mentor confirmed
     * @param progress    the mentor's progress, one entry per module
     * @param sequence    the ids of every module the course has for the mentor's focus and language
     */
    public static List<Completed> completed(LocalDate confirmedOn, Frequency frequency, List<ModuleProgress> progress,
                                            Set<String> sequence) {
        Set<String> mailed = progress.stream().filter(p -> p.deliveredOn().isPresent()).map(ModuleProgress::moduleId)
                .collect(Collectors.toSet());
        boolean courseExhausted = mailed.containsAll(sequence);
        LocalDate lastMailed = progress.stream().flatMap(p -> p.deliveredOn().stream()).max(Comparator.naturalOrder())
                .orElse(confirmedOn.minusDays(1));
        List<Completed> years = new ArrayList<>();
        for (int year = 1; !confirmedOn.plusYears(year - 1L).isAfter(lastMailed); year++) {
            LocalDate from = confirmedOn.plusYears(year - 1L);
            LocalDate to = confirmedOn.plusYears(year).minusDays(1);
            List<ModuleProgress> ofYear = progress.stream()
                    .filter(p -> p.deliveredOn().filter(d -> !d.isBefore(from) && !d.isAfter(to)).isPresent())
                    .sorted(Comparator.comparing(p -> p.deliveredOn().orElseThrow()))
                    .toList();
            boolean enough = ofYear.size() >= modulesPerYear(frequency)
                    || (courseExhausted && !ofYear.isEmpty() && !lastMailed.isBefore(from) && !lastMailed.isAfter(to));
            if (enough && ofYear.stream().allMatch(p -> p.completedOn().isPresent())) {
                years.add(new Completed(year, from, to, ofYear.stream().map(ModuleProgress::moduleId).toList()));
            }
        }
        return years;
    }
}
