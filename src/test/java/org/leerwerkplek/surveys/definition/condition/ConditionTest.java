package org.leerwerkplek.surveys.definition.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Likert;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Matrix;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Multiple;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Numeric;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Ranking;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Single;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Text;
import org.leerwerkplek.surveys.definition.model.Answers;

class ConditionTest {

    private static final Answers ANSWERS = Answers.of(Map.of(
            "Q02_GROOTTE", Single.of("W5_9"),
            "Q07_RENDABEL", Numeric.of("2.5"),
            "Q09_ERVARING", Single.of("JA"),
            "Q14_MEERWAARDE", Likert.of(4),
            "Q15_KNELPUNTEN", new Matrix(Map.of("K04", "5", "K05", "WEET_NIET")),
            "Q20_ONDERSTEUNING", Multiple.of("FINANCIEEL", "TAAL"),
            "Q21_PRIORITEIT", Ranking.of("TAAL", "FINANCIEEL"),
            "Q31_OPMERKINGEN", new Text("Goed initiatief")));

    private static boolean holds(String condition) {
        return ConditionParser.parse(condition).evaluate(ANSWERS);
    }

    @ParameterizedTest
    @CsvSource({
        "Q07_RENDABEL == 2.5, true", "Q07_RENDABEL != 2.5, false", "Q07_RENDABEL < 3, true",
        "Q07_RENDABEL <= 2.5, true", "Q07_RENDABEL > 2, true", "Q07_RENDABEL >= 3, false",
        "Q07_RENDABEL == 2.50, true",
    })
    void numericComparisons(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @ParameterizedTest
    @CsvSource({
        "Q09_ERVARING == JA, true", "Q09_ERVARING != JA, false", "Q09_ERVARING == NEE, false",
        "Q09_ERVARING != NEE, true", "'Q02_GROOTTE in [W1_4, W5_9]', true", "'Q02_GROOTTE in [W1_4]', false",
    })
    void choiceComparisons(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @ParameterizedTest
    @CsvSource({
        "Q20_ONDERSTEUNING contains TAAL, true", "Q20_ONDERSTEUNING contains ADMIN, false",
        "'Q20_ONDERSTEUNING in [ADMIN, TAAL]', true", "'Q20_ONDERSTEUNING in [ADMIN, MENTOR]', false",
        "Q21_PRIORITEIT contains FINANCIEEL, true", "'Q21_PRIORITEIT in [ADMIN]', false",
    })
    void setsOfCodes(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @ParameterizedTest
    @CsvSource({
        "Q21_PRIORITEIT.TAAL == 1, true", "Q21_PRIORITEIT.FINANCIEEL == 2, true",
        "Q21_PRIORITEIT.FINANCIEEL < 2, false", "'Q21_PRIORITEIT.FINANCIEEL in [1, 2]', true",
        "Q21_PRIORITEIT.ADMIN > 0, false", "Q21_PRIORITEIT.ADMIN != 1, false",
        "answered(Q21_PRIORITEIT.TAAL), true", "answered(Q21_PRIORITEIT.ADMIN), false",
    })
    void rankingPositions(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @ParameterizedTest
    @CsvSource({
        "Q14_MEERWAARDE >= 4, true", "Q14_MEERWAARDE == 4, true", "Q14_MEERWAARDE == WEET_NIET, false",
        "Q14_MEERWAARDE != WEET_NIET, true", "Q15_KNELPUNTEN.K04 >= 4, true",
        "'Q15_KNELPUNTEN.K04 in [4, 5]', true",
        "Q15_KNELPUNTEN.K05 == WEET_NIET, true", "'Q15_KNELPUNTEN.K05 in [WEET_NIET]', true",
    })
    void likertAndMatrixItems(String condition, boolean expected) {
        assertEquals(expected, holds(condition));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q15_KNELPUNTEN.K05 >= 1", "Q15_KNELPUNTEN.K05 < 100", "Q15_KNELPUNTEN.K05 != 3",
        "Q15_KNELPUNTEN.K05 == 3"})
    void numericComparisonsOnTheNaPointAreFalse(String condition) {
        assertFalse(holds(condition));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q27_OPVOLGAANBOD == JA", "Q27_OPVOLGAANBOD != JA", "Q01_ARBEIDERS < 10",
        "Q01_ARBEIDERS >= 10", "Q01_ARBEIDERS != 10", "Q10_STELSELS contains DBSO", "Q10_STELSELS in [DBSO]",
        "Q04_HOOFDACTIVITEIT in [RUWBOUW]", "Q15_KNELPUNTEN.K01 >= 1", "Q15_KNELPUNTEN.K01 != 3",
        "answered(Q27_OPVOLGAANBOD)", "answered(Q15_KNELPUNTEN.K01)"})
    void everyComparisonOnAnUnansweredQuestionIsFalse(String condition) {
        assertFalse(holds(condition));
    }

    @Test
    void notTurnsUnansweredIntoTrue() {
        assertTrue(holds("not Q27_OPVOLGAANBOD == JA"));
        assertFalse(holds("Q27_OPVOLGAANBOD != JA"));
    }

    @Test
    void emptyAnswersCountAsUnanswered() {
        Answers empty = Answers.of(Map.of("Q20_ONDERSTEUNING", new Multiple(List.of(), Optional.empty()),
                "Q31_OPMERKINGEN", new Text("  "), "Q15_KNELPUNTEN", new Matrix(Map.of())));
        assertFalse(ConditionParser.parse("answered(Q20_ONDERSTEUNING)").evaluate(empty));
        assertFalse(ConditionParser.parse("answered(Q31_OPMERKINGEN)").evaluate(empty));
        assertFalse(ConditionParser.parse("answered(Q15_KNELPUNTEN)").evaluate(empty));
    }

    @Test
    void answeredOnTextsAndMatrices() {
        assertTrue(holds("answered(Q31_OPMERKINGEN)"));
        assertTrue(holds("answered(Q15_KNELPUNTEN)"));
        assertTrue(holds("answered(Q15_KNELPUNTEN.K05)"));
    }

    @Test
    void andOrNotCombineAsParsed() {
        assertTrue(holds("Q09_ERVARING == NEE or Q07_RENDABEL > 2 and Q14_MEERWAARDE == 4"));
        assertFalse(holds("(Q09_ERVARING == NEE or Q07_RENDABEL > 2) and Q14_MEERWAARDE == 5"));
        assertTrue(holds("answered(Q20_ONDERSTEUNING) and not Q20_ONDERSTEUNING contains GEEN"));
        assertFalse(holds("not (Q09_ERVARING == JA)"));
    }

    @Test
    void referencesAreListedOnceInOrder() {
        Condition condition = ConditionParser.parse(
                "Q20_ONDERSTEUNING contains ADMIN or Q15_KNELPUNTEN.K05 >= 4 or Q20_ONDERSTEUNING contains TAAL");
        assertEquals(List.of(Condition.Reference.to("Q20_ONDERSTEUNING"), Condition.Reference.to("Q15_KNELPUNTEN", "K05")),
                condition.references());
    }
}
