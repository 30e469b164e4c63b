package org.leerwerkplek.companies;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The days an advisor's desk looks at, as of today in Belgium: this week and next (Monday to the
 * Sunday after next), and since when a company must have had a visit not to count as without
 * contact.
 *
 * @param today            today in the fund's time zone (lwp.zone)
 * @param weekFrom         the Monday of this week
 * @param weekTo           the Sunday of next week
 * @param contactSince     a visit on this day or later (also one planned) counts as contact: the
 *                         company has been without one for longer than the set days when it has none
 * @param registeredBefore a company never visited that was registered at this instant or later is too new
 *                         to count as without contact (the start of {@code contactSince} in Belgium)
 */
public record DeskDates(LocalDate today, LocalDate weekFrom, LocalDate weekTo, LocalDate contactSince,
                        Instant registeredBefore) {

    /** The desk's days as of {@code clock}'s instant, with {@code noContactDays} from the settings. */
    public static DeskDates of(Clock clock, int noContactDays) {
        if (noContactDays < 1) {
            throw new IllegalArgumentException("noContactDays must be at least 1: " + noContactDays);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate since = today.minusDays(noContactDays);
        return new DeskDates(today, monday, monday.plusDays(13), since,
                since.atStartOfDay(clock.getZone()).toInstant());
    }
}
