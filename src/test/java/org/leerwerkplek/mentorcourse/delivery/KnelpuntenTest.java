package org.leerwerkplek.mentorcourse.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;

class KnelpuntenTest {

    private static Answers matrix(Map<String, String> items) {
        return Answers.of(Map.of(Knelpunten.QUESTION, new AnswerValue.Matrix(items)));
    }

    @Test
    void itemsAnsweredEensOrHelemaalEensAreAgreedWith() {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("K11", "5");
        items.put("K01", "4");
        items.put("K05", "3");
        items.put("K07", "1");
        items.put("K09", "WEET_NIET");

        assertEquals(List.of("K01", "K11"), List.copyOf(Knelpunten.agreedWith(matrix(items))));
    }

    @Test
    void noMatrixOrAnotherQuestionGivesNothing() {
        assertEquals(Set.of(), Knelpunten.agreedWith(Answers.none()));
        assertEquals(Set.of(), Knelpunten.agreedWith(Answers.of(Map.of(Knelpunten.QUESTION, AnswerValue.Multiple.of("K11")))));
        assertEquals(Set.of(), Knelpunten.agreedWith(Answers.of(Map.of("Q14_TEVREDEN",
                new AnswerValue.Matrix(Map.of("K11", "5"))))));
    }
}
