package org.leerwerkplek.mentorcourse.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuizOrderTest {

    private static final CourseModule FIRST_SHIPPED = new CourseLoader().load(Path.of("mentor-course")).course()
            .orElseThrow().modules().get(0);

    @Test
    void eachMentorSeesEveryOptionOnceInTheSameOrderOnEveryVisit() {
        for (QuizQuestion question : FIRST_SHIPPED.quiz()) {
            List<Integer> order = new QuizOrder(42, FIRST_SHIPPED.id()).of(question);

            assertEquals(order, new QuizOrder(42, FIRST_SHIPPED.id()).of(question), "the same on the next visit");
            assertEquals(IntStream.range(0, question.options().size()).boxed().collect(Collectors.toSet()),
                    Set.copyOf(order), "a permutation of the options");
            assertEquals(question.options().size(), order.size());
        }
    }

    @Test
    void theCorrectAnswerOfTheShippedFirstModuleIsNoLongerAlwaysShownFirst() {
        QuizQuestion question = FIRST_SHIPPED.quiz().get(0);
        assertEquals(0, question.correctOption(), "as written, the right answer comes first");

        Set<Integer> shownAt = new HashSet<>();
        int first = 0;
        for (long mentor = 1; mentor <= 60; mentor++) {
            int at = new QuizOrder(mentor, FIRST_SHIPPED.id()).shownAt(question, question.correctOption());
            shownAt.add(at);
            first += at == 0 ? 1 : 0;
        }

        assertEquals(IntStream.range(0, question.options().size()).boxed().collect(Collectors.toSet()), shownAt,
                "over 60 mentors the right answer stands at every place");
        assertTrue(first < 40, "first for " + first + " of 60 mentors");
    }

    @Test
    void answersGivenAsThePositionShownAreScoredAgainstTheOptionsAsWritten() {
        QuizOrder order = new QuizOrder(7, FIRST_SHIPPED.id());
        Map<String, Integer> right = new HashMap<>();
        Map<String, Integer> firstShown = new HashMap<>();
        for (QuizQuestion question : FIRST_SHIPPED.quiz()) {
            right.put(question.id(), order.shownAt(question, question.correctOption()));
            firstShown.put(question.id(), 0);
        }

        QuizScore full = ModuleQuiz.score(FIRST_SHIPPED, order.toWritten(FIRST_SHIPPED, right));
        QuizScore firstEverywhere = ModuleQuiz.score(FIRST_SHIPPED, order.toWritten(FIRST_SHIPPED, firstShown));

        assertTrue(full.allCorrect());
        long firstIsRight = FIRST_SHIPPED.quiz().stream().filter(q -> order.of(q).get(0) == q.correctOption()).count();
        assertEquals(firstIsRight, firstEverywhere.correct(), "ticking the first option shown scores only where it is right");
        assertEquals(order.options(FIRST_SHIPPED.quiz().get(0)).get(right.get("q1")),
                FIRST_SHIPPED.quiz().get(0).options().get(0), "the option shown there is the correct one");
    }

    @Test
    void aPositionTheQuestionDoesNotShowIsStillRefused() {
        QuizOrder order = new QuizOrder(7, FIRST_SHIPPED.id());

        assertThrows(IllegalArgumentException.class,
                () -> ModuleQuiz.score(FIRST_SHIPPED, order.toWritten(FIRST_SHIPPED, Map.of("q1", 9))));
        assertThrows(IllegalArgumentException.class,
                () -> ModuleQuiz.score(FIRST_SHIPPED, order.toWritten(FIRST_SHIPPED, Map.of("nope", 0))));
    }
}
