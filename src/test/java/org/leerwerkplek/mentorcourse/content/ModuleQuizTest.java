package org.leerwerkplek.mentorcourse.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ModuleQuizTest {

    /** Three questions q1..q3, each with the correct answer at index 1. */
    private final CourseModule module = new ModuleParser()
            .parse("modules/01-voorbeeld.md", ModuleTexts.valid("voorbeeld", 1, "didactiek"))
            .module().orElseThrow();

    @Test
    void allCorrectAnswersScoreFull() {
        QuizScore score = ModuleQuiz.score(module, Map.of("q1", 1, "q2", 1, "q3", 1));

        assertEquals("voorbeeld", score.moduleId());
        assertEquals(3, score.correct());
        assertEquals(3, score.total());
        assertTrue(score.allCorrect());
    }

    @Test
    void wrongAndMissingAnswersDoNotCount() {
        QuizScore score = ModuleQuiz.score(module, Map.of("q1", 0, "q3", 1));

        assertEquals(1, score.correct());
        assertEquals(3, score.total());
        assertFalse(score.allCorrect());
        QuizScore.Answer first = score.answers().get(0);
        assertEquals(OptionalInt.of(0), first.chosen());
        assertFalse(first.correct());
        assertEquals("Tonen werkt.", first.question().explanation().in(Language.NL));
        assertEquals(OptionalInt.empty(), score.answers().get(1).chosen());
        assertTrue(score.answers().get(2).correct());
    }

    @Test
    void noAnswersScoreZero() {
        QuizScore score = ModuleQuiz.score(module, Map.of());

        assertEquals(0, score.correct());
        assertEquals(3, score.total());
    }

    @Test
    void unknownQuestionsAndOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ModuleQuiz.score(module, Map.of("q9", 0)));
        assertThrows(IllegalArgumentException.class, () -> ModuleQuiz.score(module, Map.of("q1", 2)));
        assertThrows(IllegalArgumentException.class, () -> ModuleQuiz.score(module, Map.of("q1", -1)));
    }
}
