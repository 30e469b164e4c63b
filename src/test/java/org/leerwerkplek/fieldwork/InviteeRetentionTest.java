package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InviteeRetentionTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(BRUSSELS).toInstant();
    }

    @Test
    void aWavesInviteesAreDueTheDayAfterItsClosingDatePlusThePeriod() {
        // A wave closing on 2026-06-15 takes answers until the end of that day.
        LocalDate closing = LocalDate.of(2026, 6, 15);

        LocalDate lastDay = InviteeRetention.closedBefore(noonOf(LocalDate.of(2026, 12, 15)), Period.ofMonths(6), BRUSSELS);
        LocalDate dayAfter = InviteeRetention.closedBefore(noonOf(LocalDate.of(2026, 12, 16)), Period.ofMonths(6), BRUSSELS);

        assertFalse(closing.isBefore(lastDay), "kept on the last day of the period");
        assertTrue(closing.isBefore(dayAfter), "due the day after");
    }
}
