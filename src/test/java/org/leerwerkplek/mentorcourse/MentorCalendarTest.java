package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.security.SecretToken;

/**
 * A mentor's calendar feed by its personal link ({@link MentorCourseWorld}: the repository's
 * course, everything in memory). A mentor with focus "both" gets all sixteen modules in course
 * order, one a month from the day it confirmed (2 March 2026); the feed shows the next twelve.
 */
class MentorCalendarTest {

    private MentorCourseWorld world;
    private MentorCalendar calendar;

    @BeforeEach
    void setUp() {
        world = new MentorCourseWorld();
        calendar = new MentorCalendar(world.links, world.plans, world.publicUrl, world.clock);
    }

    /** The value of every line of the feed that starts with {@code name}, in order. */
    private static List<String> values(String feed, String name) {
        return Arrays.stream(feed.replace("\r\n ", "").split("\r\n"))
                .filter(line -> line.startsWith(name + ":")).map(line -> line.substring(name.length() + 1)).toList();
    }

    @Test
    void anUnknownOrExpiredLinkHasNoFeed() {
        String token = world.follower("an@bouw.be", Frequency.MONTHLY, Focus.BOTH);

        assertEquals(Optional.empty(), calendar.calendar(SecretToken.generate()));
        assertEquals(Optional.empty(), calendar.calendar("not-a-token"));
        assertTrue(calendar.calendar(token).isPresent());
        world.clock.advance(MentorLink.VALID);
        assertEquals(Optional.empty(), calendar.calendar(token));
    }

    @Test
    void anActiveMentorsFeedHoldsItsNextTwelveModulesEachWithItsLink() {
        String token = world.follower("an@bouw.be", Frequency.MONTHLY, Focus.BOTH);
        long id = world.mentor("an@bouw.be").getId();

        String feed = calendar.calendar(token).orElseThrow();

        assertEquals(List.of("Opvolgaanbod voor mentoren op de werf"), values(feed, "X-WR-CALNAME"));
        assertEquals(MentorCalendar.CALENDAR_EVENTS, values(feed, "BEGIN").stream().filter("VEVENT"::equals).count());
        assertEquals(List.of("20260302", "20260402", "20260502", "20260602", "20260702", "20260802", "20260902",
                "20261002", "20261102", "20261202", "20270102", "20270202"), values(feed, "DTSTART;VALUE=DATE"));
        assertEquals("Het leerproces structureren", values(feed, "SUMMARY").get(0));
        assertEquals("lwp-mentor-" + id + "-leerproces-structureren", values(feed, "UID").get(0));
        assertEquals(MentorCourseWorld.BASE + "/course/module.xhtml?t=" + token + "&m=leerproces-structureren",
                values(feed, "URL").get(0));
        assertEquals(MentorCourseWorld.BASE + "/course/module.xhtml?t=" + token + "&m=veiligheid-op-de-werf",
                values(feed, "URL").get(11), "the twelfth module of the course is the last in the feed");
    }

    @Test
    void aModuleAlreadyMailedIsNoLongerInTheFeed() {
        String token = world.follower("an@bouw.be", Frequency.MONTHLY, Focus.BOTH);
        world.mailed(world.mentor("an@bouw.be"), "leerproces-structureren", MentorCourseWorld.CONFIRMED_ON);

        String feed = calendar.calendar(token).orElseThrow();

        assertFalse(feed.contains("m=leerproces-structureren"), feed);
        assertEquals("20260402", values(feed, "DTSTART;VALUE=DATE").get(0));
        assertTrue(values(feed, "URL").get(0).endsWith("&m=nieuwe-competentie-aanbrengen"));
    }

    @Test
    void aMentorThatLeftGetsAFeedWithoutEvents() {
        String token = world.follower("an@bouw.be", Frequency.MONTHLY, Focus.BOTH);
        world.mentors.unsubscribe(token);

        String feed = calendar.calendar(token).orElseThrow();

        assertEquals(List.of("VCALENDAR"), values(feed, "BEGIN"));
        assertEquals(List.of(), values(feed, "URL"));
    }
}
