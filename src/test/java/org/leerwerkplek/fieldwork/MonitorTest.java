package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.LinkResponseService.Progress;
import org.leerwerkplek.surveys.LinkResponseService.Stage;

/** The monitor's counts and its chart count the same invitees. */
class MonitorTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final Wave WAVE = new Wave(1, "Golf", "werkgeversbevraging", START, 7, 2, START.plusDays(20),
            START.plusDays(30), "key", "http://localhost/", "analist", Instant.EPOCH, 0);

    private static Instant on(int day, int hour) {
        return START.plusDays(day).atTime(hour, 0).atZone(BRUSSELS).toInstant();
    }

    private static Invitee invitee(long id, Instant invited, Instant optedOut) {
        return new Invitee(id, 1, "Bedrijf " + id, "Contact", id + "@example.org", "nl", null, null, null, 100 + id,
                invited, 0, invited, optedOut, null);
    }

    @Test
    void whoOpenedAndWentOnStillCountsAsOpenedAsTheChartShows() {
        List<Invitee> invitees = List.of(invitee(1, on(0, 9), null), invitee(2, on(0, 9), null),
                invitee(3, on(0, 9), on(2, 8)), invitee(4, on(0, 9), null), invitee(5, null, null));
        Map<Long, Progress> progress = Map.of(
                1L, new Progress(101, Stage.SUBMITTED, on(1, 10), on(1, 10), on(1, 11)),
                2L, new Progress(102, Stage.OPENED, on(2, 14), null, null),
                3L, new Progress(103, Stage.NOT_OPENED, null, null, null),
                4L, new Progress(104, Stage.PARTIAL, null, on(3, 16), null));

        Monitor.Counts counts = Monitor.counts(invitees, progress, 0);
        List<Monitor.Day> days = Monitor.timeline(WAVE, invitees, progress, START.plusDays(4), BRUSSELS);

        assertEquals(3, counts.opened(), "An submitted, Bert opened, Dirk saved a page: all three opened their link");
        assertEquals(1, counts.partial());
        assertEquals(1, counts.submitted());
        assertEquals(4, counts.invited());
        assertEquals(1, counts.optedOut());
        Monitor.Day last = days.get(days.size() - 1);
        assertEquals(5, days.size());
        assertEquals(counts.opened(), last.opened(), "the chart ends where the counts stand");
        assertEquals(counts.submitted(), last.submitted());
        assertEquals(counts.invited(), last.invited());
        assertEquals(counts.optedOut(), last.optedOut());
        assertEquals(1, days.get(1).opened(), "An opened on the second day");
    }

    @Test
    void invitationsSentBeforeALaterInvitationDateAreInTheFirstDay() {
        Wave postponed = new Wave(1, "Golf", "werkgeversbevraging", START.plusDays(3), 7, 2, START.plusDays(20),
                START.plusDays(30), "key", "http://localhost/", "analist", Instant.EPOCH, 1);
        List<Invitee> invitees = List.of(invitee(1, on(0, 9), null));

        List<Monitor.Day> days = Monitor.timeline(postponed, invitees, Map.of(), START.plusDays(4), BRUSSELS);

        assertEquals(1, days.get(0).invited());
        assertEquals(Monitor.counts(invitees, Map.of(), 0).invited(), days.get(days.size() - 1).invited());
    }
}
