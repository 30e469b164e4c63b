package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.content.QuizScore;
import org.leerwerkplek.mentorcourse.delivery.Frequency;

class MentorEngagementTest {

    private static Mentor mentor() {
        return new Mentor(new MentorRegistration("Sofie Peeters", "sofie@example.org", Language.NL, Optional.of(7L),
                Optional.empty(), MentorRole.PLOEGLEIDER, false, Optional.empty(),
                new MentorRegistration.Preferences(Frequency.MONTHLY, Focus.BOTH)), Optional.of("advisor"),
                "0".repeat(64), Instant.parse("2026-01-01T08:00:00Z"));
    }

    /** A score of {@code correct} right answers out of {@code total}. */
    private static QuizScore score(int correct, int total) {
        return new QuizScore("a", IntStream.range(0, total)
                .mapToObj(i -> new QuizScore.Answer(null, OptionalInt.of(0), i < correct)).toList());
    }

    @Test
    void receivedOpenedCompletedQuizAndLastActivityAreCountedOverTheModules() {
        MentorProgress first = new MentorProgress(1, "a");
        first.delivered(LocalDate.of(2026, 1, 1));
        first.answered(score(2, 3), Instant.parse("2026-01-02T10:00:00Z"));
        first.completed(Instant.parse("2026-01-03T10:00:00Z"));
        MentorProgress second = new MentorProgress(1, "b");
        second.delivered(LocalDate.of(2026, 2, 1));
        second.answered(score(4, 4), Instant.parse("2026-02-05T09:00:00Z"));
        MentorProgress third = new MentorProgress(1, "c");
        third.delivered(LocalDate.of(2026, 3, 1));

        MentorEngagement engagement = MentorEngagement.of(mentor(), List.of(first, second, third));

        assertEquals(3, engagement.received());
        assertEquals(2, engagement.opened());
        assertEquals(1, engagement.completed());
        assertEquals(Optional.of(86), engagement.quizPercent(), "6 of 7 answers right");
        assertEquals(Optional.of(Instant.parse("2026-02-05T09:00:00Z")), engagement.lastActivity());
    }

    @Test
    void modulesOpenedOrCompletedWithoutTheirMailCountForNothingSoOpenedNeverExceedsReceived() {
        MentorProgress mailed = new MentorProgress(1, "a");
        mailed.delivered(LocalDate.of(2026, 1, 1));
        MentorProgress openedEarly = new MentorProgress(1, "b");
        openedEarly.opened(Instant.parse("2026-01-01T09:00:00Z"));
        MentorProgress completedEarly = new MentorProgress(1, "c");
        completedEarly.answered(score(3, 3), Instant.parse("2026-01-01T09:10:00Z"));
        completedEarly.completed(Instant.parse("2026-01-01T09:20:00Z"));

        MentorEngagement engagement = MentorEngagement.of(mentor(), List.of(mailed, openedEarly, completedEarly));

        assertEquals(1, engagement.received());
        assertEquals(0, engagement.opened(), "not 'received 1, opened 2'");
        assertEquals(0, engagement.completed());
        assertEquals(Optional.empty(), engagement.quizPercent());
        assertEquals(Optional.empty(), engagement.lastActivity());
    }

    @Test
    void aMentorWhoDidNothingHasNoScoreAndNoActivity() {
        MentorEngagement engagement = MentorEngagement.of(mentor(), List.of());

        assertEquals(0, engagement.received());
        assertEquals(Optional.empty(), engagement.quizPercent());
        assertEquals(Optional.empty(), engagement.lastActivity());
    }
}
