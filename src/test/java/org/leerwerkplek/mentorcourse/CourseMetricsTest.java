package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mentor course's backlog at {@code /metrics}: the due mentors as of the course's day (Brussels), as the run finds them. */
class CourseMetricsTest {

    @Test
    void countsTheMentorsDueByTheCoursesDay() {
        List<LocalDate> asked = new ArrayList<>();
        MentorDeliveries deliveries = new MentorDeliveries() {
            @Override
            public long countDue(LocalDate today) {
                asked.add(today);
                return 12;
            }
        };
        // 23:30 UTC on 1 March is already 2 March in Brussels, the day the run delivers for.
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneId.of("Europe/Brussels"));

        assertEquals(Map.of(CourseMetrics.DUE, 12L), new CourseMetrics(deliveries, clock).read());
        assertEquals(List.of(LocalDate.of(2026, 3, 2)), asked);
    }
}
