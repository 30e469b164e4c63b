package org.leerwerkplek.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.QuestionType;

class AnswerRowsTest {

    static Stream<Arguments> everyType() {
        Map<String, String> matrix = new LinkedHashMap<>();
        matrix.put("K01", "4");
        matrix.put("K02", "WEET_NIET");
        return Stream.of(
                Arguments.of(QuestionType.SINGLE, new AnswerValue.Single("ANDERS", Optional.of("dakwerken"))),
                Arguments.of(QuestionType.YESNO, AnswerValue.Single.of("JA")),
                Arguments.of(QuestionType.MULTIPLE, new AnswerValue.Multiple(List.of("A", "C"), Optional.of("iets anders"))),
                Arguments.of(QuestionType.RANKING, AnswerValue.Ranking.of("C", "A", "B")),
                Arguments.of(QuestionType.LIKERT, AnswerValue.Likert.of(3)),
                Arguments.of(QuestionType.LIKERT_MATRIX, new AnswerValue.Matrix(matrix)),
                Arguments.of(QuestionType.NUMBER, AnswerValue.Numeric.of("12.5")),
                Arguments.of(QuestionType.TEXT, new AnswerValue.Text("Bouwbedrijf Peeters")),
                Arguments.of(QuestionType.DATE, new AnswerValue.Date(LocalDate.of(2026, 11, 22))));
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void everyAnswerComesBackAsItWasStored(QuestionType type, AnswerValue value) {
        assertEquals(Optional.of(value), AnswerRows.fromRows(type, AnswerRows.toRows("Q", value)));
    }

    @Test
    void multipleChoiceIsARowPerOptionPlusTheOtherText() {
        List<AnswerRows.Row> rows = AnswerRows.toRows("Q20", new AnswerValue.Multiple(List.of("PROEF", "TAAL"), Optional.of("x")));
        assertEquals(List.of("PROEF", "TAAL", AnswerRows.OTHER_TEXT), rows.stream().map(AnswerRows.Row::item).toList());
    }

    @Test
    void rankingAndScalePointsAreNumbersForTheDatabase() {
        List<AnswerRows.Row> ranking = AnswerRows.toRows("Q21", AnswerValue.Ranking.of("B", "A"));
        assertEquals(BigDecimal.ONE, ranking.get(0).number());
        assertEquals("B", ranking.get(0).code());
        Map<String, String> items = new LinkedHashMap<>();
        items.put("K01", "5");
        items.put("K02", "WEET_NIET");
        List<AnswerRows.Row> matrix = AnswerRows.toRows("Q15", new AnswerValue.Matrix(items));
        assertEquals(new BigDecimal(5), matrix.get(0).number());
        assertEquals(null, matrix.get(1).number(), "a 'don't know' point is no number");
    }

    @Test
    void noRowsMeansUnanswered() {
        assertTrue(AnswerRows.fromRows(QuestionType.TEXT, List.of()).isEmpty());
    }
}
