package org.leerwerkplek.surveys.definition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.condition.Condition.Reference;

class AnswersTest {

    private final Answers answers = Answers.of(Map.of(
            "SINGLE", AnswerValue.Single.of("A"),
            "MULTIPLE", AnswerValue.Multiple.of("A", "B"),
            "RANKING", AnswerValue.Ranking.of("B", "A"),
            "LIKERT", AnswerValue.Likert.of(3),
            "MATRIX", new AnswerValue.Matrix(Map.of("K01", "2", "K02", "WEET_NIET")),
            "NUMBER", AnswerValue.Numeric.of("1.5")));

    @Test
    void codeOfSingleLikertMatrixItemAndRank() {
        assertEquals(Optional.of("A"), answers.code(Reference.to("SINGLE")));
        assertEquals(Optional.of("3"), answers.code(Reference.to("LIKERT")));
        assertEquals(Optional.of("WEET_NIET"), answers.code(Reference.to("MATRIX", "K02")));
        assertEquals(Optional.of("2"), answers.code(Reference.to("RANKING", "A")));
        assertEquals(Optional.empty(), answers.code(Reference.to("MULTIPLE")));
        assertEquals(Optional.empty(), answers.code(Reference.to("MISSING")));
    }

    @Test
    void aCodeIsANumberExactlyWhenItIsAnOptionalMinusAndAsciiDigits() {
        // what String.matches("-?[0-9]+") accepted before the check became a loop
        Map<String, Optional<BigDecimal>> cases = new java.util.LinkedHashMap<>();
        cases.put("7", Optional.of(new BigDecimal("7")));
        cases.put("007", Optional.of(new BigDecimal("7")));
        cases.put("-3", Optional.of(new BigDecimal("-3")));
        cases.put("-0", Optional.of(BigDecimal.ZERO));
        cases.put("12345678901234567890", Optional.of(new BigDecimal("12345678901234567890")));
        cases.put("-", Optional.empty());
        cases.put("--1", Optional.empty());
        cases.put("+1", Optional.empty());
        cases.put("1-", Optional.empty());
        cases.put("1.5", Optional.empty());
        cases.put(" 1", Optional.empty());
        cases.put("\u0661", Optional.empty()); // ARABIC-INDIC DIGIT ONE: a digit, but not [0-9]
        cases.put("NA", Optional.empty());
        cases.forEach((code, number) -> assertEquals(number,
                Answers.of(Map.of("SINGLE", AnswerValue.Single.of(code))).number(Reference.to("SINGLE")), code));
    }

    @Test
    void numberOfNumberLikertItemAndRankButNotOfNa() {
        assertEquals(Optional.of(new BigDecimal("1.5")), answers.number(Reference.to("NUMBER")));
        assertEquals(Optional.of(new BigDecimal("3")), answers.number(Reference.to("LIKERT")));
        assertEquals(Optional.of(new BigDecimal("2")), answers.number(Reference.to("MATRIX", "K01")));
        assertEquals(Optional.of(BigDecimal.ONE), answers.number(Reference.to("RANKING", "B")));
        assertEquals(Optional.empty(), answers.number(Reference.to("MATRIX", "K02")));
        assertEquals(Optional.empty(), answers.number(Reference.to("SINGLE")));
    }

    @Test
    void chosenCodes() {
        assertEquals(Set.of("A", "B"), answers.chosen(Reference.to("MULTIPLE")));
        assertEquals(Set.of("A", "B"), answers.chosen(Reference.to("RANKING")));
        assertEquals(Set.of("A"), answers.chosen(Reference.to("SINGLE")));
        assertTrue(answers.isSetOfCodes(Reference.to("MULTIPLE")));
        assertFalse(answers.isSetOfCodes(Reference.to("SINGLE")));
    }

    @Test
    void withReplacesOneAnswer() {
        Answers changed = answers.with("SINGLE", AnswerValue.Single.of("B")).with("EXTRA", AnswerValue.Single.of("X"));
        assertEquals(Optional.of("B"), changed.code(Reference.to("SINGLE")));
        assertEquals(Optional.of("X"), changed.code(Reference.to("EXTRA")));
        assertEquals(Optional.of("A"), answers.code(Reference.to("SINGLE")));
    }

    @Test
    void noneHasNoAnswers() {
        assertFalse(Answers.none().isAnswered(Reference.to("SINGLE")));
    }
}
