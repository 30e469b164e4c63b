package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    private static final Instant STAMP = Instant.parse("2026-03-01T10:15:30Z");

    @Test
    void anEventIsAnAllDayEventWithEscapedText() {
        String feed = CalendarFeed.render("Mentoropvolging", List.of(new CalendarFeed.Event("m-1-feedback@lwp",
                LocalDate.of(2026, 4, 15), "Feedback geven, die werkt; echt", "https://lwp.example/course/me.xhtml")),
                STAMP);

        assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), feed);
        assertTrue(feed.contains("\r\nDTSTART;VALUE=DATE:20260415\r\nDTEND;VALUE=DATE:20260416\r\n"), feed);
        assertTrue(feed.contains("\r\nDTSTAMP:20260301T101530Z\r\n"), feed);
        assertTrue(feed.contains("\r\nSUMMARY:Feedback geven\\, die werkt\\; echt\r\n"), feed);
        assertTrue(feed.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), feed);
    }

    @Test
    void noEventsGiveAnEmptyCalendar() {
        String feed = CalendarFeed.render("x", List.of(), STAMP);

        assertEquals("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Leerwerkplek//Mentor course//EN\r\n"
                + "CALSCALE:GREGORIAN\r\nX-WR-CALNAME:x\r\nEND:VCALENDAR\r\n", feed);
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String title = "é".repeat(60);
        String feed = CalendarFeed.render(title, List.of(), STAMP);

        for (String line : feed.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("X-WR-CALNAME:" + title, feed.lines().filter(l -> l.startsWith("X-WR") || l.startsWith(" é"))
                .map(l -> l.startsWith(" ") ? l.substring(1) : l).reduce("", String::concat));
    }
}
