package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseLoader;
import org.leerwerkplek.mentorcourse.delivery.DeliveryPlanner;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.PublicUrl;

/** A course run without a container: groups, the fall-back to one mentor at a time, and the run "as of" a later day. */
class CourseRunTest {

    /** 10:00 in Brussels on a Thursday. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-12T09:00:00Z"), java.time.ZoneId.of("Europe/Brussels"));
    private static final Course COURSE = new CourseLoader().load(Path.of("mentor-course")).course().orElseThrow();

    /** Deliveries that fail for any group holding mentor 13, and note each call. */
    private static final class Deliveries extends MentorDeliveries {
        final List<List<Long>> calls = new ArrayList<>();
        final List<Map<Long, Set<String>>> knelpunten = new ArrayList<>();
        final List<LocalDate> days = new ArrayList<>();
        private final List<Due> due;

        Deliveries(List<Due> due) {
            this.due = due;
        }

        @Override
        public List<Due> due(LocalDate today) {
            days.add(today);
            return due;
        }

        @Override
        public Outcome deliver(List<Long> ids, Map<Long, Set<String>> codes, DeliveryPlanner planner, MentorMails mails,
                               Clock clock) {
            calls.add(ids);
            knelpunten.add(Map.copyOf(codes));
            if (ids.contains(13L)) {
                throw new IllegalStateException("mentor 13 cannot be delivered");
            }
            return new Outcome(ids.size(), ids.size(), 2 * ids.size());
        }
    }

    private static CourseRun run(Deliveries deliveries, Optional<Course> course, boolean asOfAllowed) {
        CourseSettings settings = new CourseSettings(Path.of("mentor-course"), 7, Duration.ofMinutes(60), asOfAllowed);
        CourseService courses = new CourseService() {
            @Override
            public Optional<Course> course() {
                return course;
            }
        };
        CompanyKnelpuntenReader knelpunten = new CompanyKnelpuntenReader() {
            @Override
            public Map<Long, Set<String>> of(Collection<Long> companyIds) {
                if (companyIds.contains(99L)) {
                    throw new IllegalStateException("fiches cannot be read");
                }
                return companyIds.stream().collect(Collectors.toMap(id -> id, id -> of((long) id)));
            }

            @Override
            public Set<String> of(long companyId) {
                if (companyId == 99) {
                    throw new IllegalStateException("fiche cannot be read");
                }
                return Set.of("K0" + companyId);
            }
        };
        PublicUrl url = new PublicUrl() {
            @Override
            public String base() {
                return "https://lwp.example.org";
            }
        };
        return new CourseRun(settings, courses, deliveries, knelpunten, url, NOW);
    }

    private static List<MentorDeliveries.Due> due(int count) {
        List<MentorDeliveries.Due> due = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            due.add(new MentorDeliveries.Due(id, id == 1 ? Optional.of(5L) : id == 2 ? Optional.of(99L) : Optional.empty()));
        }
        return due;
    }

    @Test
    void dueMentorsAreDeliveredInGroupsAndAFailingGroupMentorByMentor() {
        Deliveries deliveries = new Deliveries(due(CourseRun.GROUP + 10));

        CourseRun.Run run = run(deliveries, Optional.of(COURSE), false).run();

        assertEquals(LocalDate.of(2026, 3, 12), run.day());
        assertEquals(CourseRun.GROUP + 10, run.due());
        assertEquals(1, run.failed(), "only mentor 13 is skipped");
        assertEquals(CourseRun.GROUP + 10 - 1, run.mails());
        assertEquals(2 * (CourseRun.GROUP + 10 - 1), run.items());
        // the first group fails as a whole, then goes one by one; the second group goes at once
        assertEquals(CourseRun.GROUP, deliveries.calls.get(0).size());
        assertEquals(List.of(1L), deliveries.calls.get(1));
        assertEquals(10, deliveries.calls.get(deliveries.calls.size() - 1).size());
        assertEquals(1 + CourseRun.GROUP + 1, deliveries.calls.size());
        // a company whose knelpunten cannot be read gets none; the others theirs
        assertEquals(Map.of(5L, Set.of("K05"), 99L, Set.of()), deliveries.knelpunten.get(0));
    }

    @Test
    void withoutACourseNothingIsDelivered() {
        Deliveries deliveries = new Deliveries(due(3));

        CourseRun.Run run = run(deliveries, Optional.empty(), false).run();

        assertEquals(0, run.due());
        assertEquals(List.of(), deliveries.calls);
    }

    @Test
    void aRunAsOfALaterDayIsThatDayAndOnlyWhenAllowed() {
        Deliveries deliveries = new Deliveries(List.of());
        CourseRun allowed = run(deliveries, Optional.of(COURSE), true);

        CourseRun.Run run = allowed.run(allowed.asOf(LocalDate.of(2026, 4, 1)));

        assertEquals(LocalDate.of(2026, 4, 1), run.day());
        assertEquals(List.of(LocalDate.of(2026, 4, 1)), deliveries.days);
        assertEquals("course.runAsOfPast",
                assertThrows(DomainException.class, () -> allowed.asOf(LocalDate.of(2026, 3, 11))).messageKey());
        assertEquals("course.runAsOfOff", assertThrows(DomainException.class,
                () -> run(deliveries, Optional.of(COURSE), false).asOf(LocalDate.of(2026, 4, 1))).messageKey());
    }
}
