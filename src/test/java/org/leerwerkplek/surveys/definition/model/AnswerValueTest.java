package org.leerwerkplek.surveys.definition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AnswerValueTest {

    @Test
    void rankingGivesPositionsFromOne() {
        AnswerValue.Ranking ranking = AnswerValue.Ranking.of("TAAL", "ADMIN");
        assertEquals(OptionalInt.of(1), ranking.position("TAAL"));
        assertEquals(OptionalInt.of(2), ranking.position("ADMIN"));
        assertEquals(OptionalInt.empty(), ranking.position("MENTOR"));
    }

    @Test
    void aCodeCannotBeChosenOrRankedTwice() {
        assertThrows(IllegalArgumentException.class, () -> AnswerValue.Multiple.of("A", "A"));
        assertThrows(IllegalArgumentException.class, () -> AnswerValue.Ranking.of("A", "A"));
    }

    @Test
    void emptyValuesCountAsUnanswered() {
        assertTrue(new AnswerValue.Multiple(List.of(), Optional.empty()).isEmpty());
        assertTrue(new AnswerValue.Text(" ").isEmpty());
        assertTrue(new AnswerValue.Matrix(Map.of()).isEmpty());
        assertTrue(AnswerValue.Ranking.of().isEmpty());
        assertFalse(AnswerValue.Numeric.of("0").isEmpty());
    }

    @Test
    void valuesAreWrittenAsStored() {
        assertEquals("1.5", AnswerValue.Numeric.of("1.50").asText());
        assertEquals("K04, K11", AnswerValue.Multiple.of("K04", "K11").asText());
        assertEquals("2026-01-31", new AnswerValue.Date(LocalDate.of(2026, 1, 31)).asText());
        assertEquals("4", AnswerValue.Likert.of(4).asText());
    }
}
