package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The days an advisor's desk looks at, as of today in Belgium. */
class DeskDatesTest {

    private static DeskDates at(String instant, int days) {
        return DeskDates.of(Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Brussels")), days);
    }

    @Test
    void thisWeekAndNextRunFromThisMondayToTheSundayAfterNext() {
        DeskDates saturday = at("2026-12-05T10:00:00Z", 180);
        assertEquals(LocalDate.of(2026, 12, 5), saturday.today());
        assertEquals(LocalDate.of(2026, 11, 30), saturday.weekFrom(), "Monday of this week");
        assertEquals(LocalDate.of(2026, 12, 13), saturday.weekTo(), "Sunday of next week");
    }

    @Test
    void onAMondayTheWeekStartsThatDay() {
        DeskDates monday = at("2026-12-07T08:00:00Z", 180);
        assertEquals(LocalDate.of(2026, 12, 7), monday.weekFrom());
        assertEquals(LocalDate.of(2026, 12, 20), monday.weekTo());
    }

    @Test
    void theWeekTurnsAtMidnightInBrusselsNotInUtc() {
        // Sunday 23:30 UTC is Monday 00:30 in Brussels (UTC+1 in winter): a new week already.
        DeskDates lateSunday = at("2026-12-06T23:30:00Z", 180);
        assertEquals(LocalDate.of(2026, 12, 7), lateSunday.today());
        assertEquals(LocalDate.of(2026, 12, 7), lateSunday.weekFrom());
        // Sunday 22:30 UTC in summer is Monday 00:30 in Brussels (UTC+2).
        DeskDates summer = at("2026-06-28T22:30:00Z", 180);
        assertEquals(LocalDate.of(2026, 6, 29), summer.weekFrom());
        assertEquals(LocalDate.of(2026, 7, 12), summer.weekTo());
        // And 22:59 UTC on a winter Sunday is still Sunday 23:59 there: this week ends today.
        DeskDates sunday = at("2026-12-06T22:59:00Z", 180);
        assertEquals(LocalDate.of(2026, 11, 30), sunday.weekFrom());
        assertEquals(LocalDate.of(2026, 12, 13), sunday.weekTo());
    }

    @Test
    void aCompanyIsWithoutContactWhenItHadNoVisitInTheSetDays() {
        DeskDates dates = at("2026-12-05T10:00:00Z", 180);
        // A visit 180 days ago (8 June) is within the 180 days: contact. One on 7 June, 181 days ago, is not.
        assertEquals(LocalDate.of(2026, 6, 8), dates.contactSince());
        // A company registered before the start of that day in Brussels (UTC+2 in June) counts; one registered later is too new.
        assertEquals(Instant.parse("2026-06-07T22:00:00Z"), dates.registeredBefore());
    }

    @Test
    void oneDayWithoutContactMeansNoVisitSinceYesterday() {
        DeskDates dates = at("2026-03-01T12:00:00Z", 1);
        assertEquals(LocalDate.of(2026, 2, 28), dates.contactSince());
        assertEquals(Instant.parse("2026-02-27T23:00:00Z"), dates.registeredBefore());
    }

    @Test
    void aSettingBelowOneDayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> at("2026-12-05T10:00:00Z", 0));
    }
}
