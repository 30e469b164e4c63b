package org.leerwerkplek.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.QuestionType;

class AnswerDocumentTest {

    private static final Map<String, QuestionType> TYPES = Map.of(
            "Q01", QuestionType.NUMBER, "Q02", QuestionType.SINGLE, "Q03", QuestionType.MULTIPLE,
            "Q15", QuestionType.LIKERT_MATRIX, "Q21", QuestionType.RANKING, "Q14", QuestionType.LIKERT,
            "Q31", QuestionType.LONGTEXT, "Q40", QuestionType.DATE, "Q09", QuestionType.YESNO);

    private static Optional<QuestionType> typeOf(String code) {
        return Optional.ofNullable(TYPES.get(code));
    }

    private static Map<String, AnswerValue> everyType() {
        Map<String, String> matrix = new LinkedHashMap<>();
        matrix.put("K01", "4");
        matrix.put("K02", "WEET_NIET");
        Map<String, AnswerValue> answers = new HashMap<>();
        answers.put("Q01", AnswerValue.Numeric.of("12.50"));
        answers.put("Q02", new AnswerValue.Single("ANDERS", Optional.of("dak\twerken")));
        answers.put("Q03", new AnswerValue.Multiple(List.of("RUWBOUW", "DAK"), Optional.of("a\\b")));
        answers.put("Q15", new AnswerValue.Matrix(matrix));
        answers.put("Q21", AnswerValue.Ranking.of("C", "A", "B"));
        answers.put("Q14", AnswerValue.Likert.of(3));
        answers.put("Q31", new AnswerValue.Text("Eerste lijn\r\ntweede lijn\\n niet ontsnapt"));
        answers.put("Q40", new AnswerValue.Date(LocalDate.of(2026, 11, 23)));
        answers.put("Q09", AnswerValue.Single.of("JA"));
        return answers;
    }

    @Test
    void everyTypeComesBackAsItWasStoredEvenWithTabsNewlinesAndBackslashes() {
        Map<String, AnswerValue> answers = everyType();
        String document = AnswerDocument.encode(answers);
        assertEquals(answers, AnswerDocument.decode(document, AnswerDocumentTest::typeOf));
    }

    @Test
    void aDocumentWhoseQuestionsAreNotInCodeOrderDecodesToTheSameAnswers() {
        Map<String, AnswerValue> answers = everyType();
        StringBuilder first = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        boolean matrixItemMoved = false;
        for (String line : AnswerDocument.encode(answers).split("\n")) {
            boolean matrixItem = line.startsWith("Q15\t") && !matrixItemMoved;
            matrixItemMoved |= matrixItem;
            // the date's line first, and one of the matrix's two lines apart from the other
            (line.startsWith("Q40\t") || matrixItem ? first : rest).append(line).append('\n');
        }
        assertTrue(matrixItemMoved);
        assertEquals(answers, AnswerDocument.decode(first.toString() + rest, AnswerDocumentTest::typeOf));
    }

    @Test
    void forgettingARespondentRemovesTheirOwnWordsAndKeepsEveryClosedAnswer() {
        Map<String, AnswerValue> answers = everyType();
        answers.put("Q99", new AnswerValue.Text("Jan Peeters van Bouw Peeters"));

        Map<String, AnswerValue> kept = AnswerDocument.decode(
                AnswerDocument.withoutFreeTexts(AnswerDocument.encode(answers), AnswerDocumentTest::typeOf),
                AnswerDocumentTest::typeOf);

        Map<String, AnswerValue> expected = everyType();
        expected.remove("Q31");
        expected.put("Q02", new AnswerValue.Single("ANDERS", Optional.empty()));
        expected.put("Q03", new AnswerValue.Multiple(List.of("RUWBOUW", "DAK"), Optional.empty()));
        assertEquals(expected, kept, "long text and 'other' texts gone, codes, numbers, ranks and dates kept;"
                + " an unknown question loses its text");
        assertEquals("", AnswerDocument.withoutFreeTexts("", AnswerDocumentTest::typeOf));
    }

    @Test
    void theDocumentIsTheTextOfTheStoredRowsAsBeforeForEveryTypeAndAwkwardScaleCodes() {
        Map<String, AnswerValue> answers = everyType();
        Map<String, String> matrix = new LinkedHashMap<>();
        matrix.put("K01", "007");
        matrix.put("K02", "-0");
        matrix.put("K03", "+3");
        matrix.put("K04", "99999999999");
        matrix.put("K05", "1-2");
        answers.put("Q16", new AnswerValue.Matrix(matrix));
        answers.put("Q17", new AnswerValue.Likert("WEET_NIET"));
        answers.put("Q18", new AnswerValue.Multiple(List.of("X"), Optional.empty()));
        answers.put("Q19", new AnswerValue.Single("B", Optional.empty()));
        // what the encoder wrote before it wrote straight from the answers: the rows of each answer
        // in question-code order, a line per row, each field escaped
        StringBuilder expected = new StringBuilder();
        new java.util.TreeMap<>(answers).forEach((code, value) -> AnswerRows.toRows(code, value).forEach(row -> {
            String[] fields = {row.question(), row.item(), row.code(),
                row.number() == null ? null : row.number().toPlainString(), row.text()};
            for (int i = 0; i < fields.length; i++) {
                expected.append(i == 0 ? "" : "\t").append(fields[i] == null ? "" : fields[i].replace("\\", "\\\\")
                        .replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
            }
            expected.append('\n');
        }));
        assertEquals(expected.toString(), AnswerDocument.encode(answers));
        assertTrue(expected.toString().contains("Q16\tK01\t007\t7\t\nQ16\tK02\t-0\t0\t\nQ16\tK03\t+3\t3\t\n"
                + "Q16\tK04\t99999999999\t\t\nQ16\tK05\t1-2\t\t\n"), expected.toString());
    }

    @Test
    void aLineHoldsOneValueInQuestionOrderSoTheTextStaysReadable() {
        String document = AnswerDocument.encode(Map.of(
                "Q03", new AnswerValue.Multiple(List.of("B", "A"), Optional.empty()),
                "Q02", AnswerValue.Single.of("KLEIN")));
        assertEquals("Q02\t\tKLEIN\t\t\nQ03\tB\tB\t\t\nQ03\tA\tA\t\t\n", document);
    }

    @Test
    void answersHandedOverInCodeOrderOrInAnyOtherGiveTheSameDocument() {
        Map<String, AnswerValue> sorted = new LinkedHashMap<>(new java.util.TreeMap<>(everyType()));
        Map<String, AnswerValue> reversed = new LinkedHashMap<>();
        new java.util.TreeMap<>(everyType()).descendingMap().forEach(reversed::put);
        // two codes in order, then one before them: the order is checked over all codes, not the first pair
        Map<String, AnswerValue> lastOutOfOrder = new LinkedHashMap<>();
        lastOutOfOrder.put("Q02", AnswerValue.Single.of("KLEIN"));
        lastOutOfOrder.put("Q09", AnswerValue.Single.of("JA"));
        lastOutOfOrder.put("Q01", AnswerValue.Numeric.of("3"));

        String expected = AnswerDocument.encode(Map.copyOf(everyType()));
        assertEquals(expected, AnswerDocument.encode(sorted));
        assertEquals(expected, AnswerDocument.encode(reversed));
        assertEquals("Q01\t\t\t3\t\nQ02\t\tKLEIN\t\t\nQ09\t\tJA\t\t\n", AnswerDocument.encode(lastOutOfOrder));
    }

    @Test
    void decodingSomeQuestionsOnlyGivesTheirAnswersAsAWholeDecodeDoes() {
        Map<String, AnswerValue> answers = everyType();
        answers.put("Q0", AnswerValue.Single.of("JA"));  // a code that begins another one (Q03) and one it begins
        String document = AnswerDocument.encode(answers);
        Map<String, AnswerValue> whole = AnswerDocument.decode(document, AnswerDocumentTest::typeOfOrSingle);

        Map<String, AnswerValue> some = AnswerDocument.decode(document, AnswerDocumentTest::typeOfOrSingle,
                java.util.Set.of("Q0", "Q03", "Q15"));

        assertEquals(Map.of("Q0", whole.get("Q0"), "Q03", whole.get("Q03"), "Q15", whole.get("Q15")), some);
        assertEquals(Map.of(), AnswerDocument.decode(document, AnswerDocumentTest::typeOfOrSingle, java.util.Set.of("Q")));
    }

    private static Optional<QuestionType> typeOfOrSingle(String code) {
        return Optional.of(TYPES.getOrDefault(code, QuestionType.SINGLE));
    }

    @Test
    void questionsTheDefinitionNoLongerKnowsAreLeftOut() {
        String document = AnswerDocument.encode(Map.of("Q02", AnswerValue.Single.of("KLEIN"),
                "Q99", AnswerValue.Single.of("X")));
        assertEquals(Map.of("Q02", AnswerValue.Single.of("KLEIN")),
                AnswerDocument.decode(document, AnswerDocumentTest::typeOf));
    }

    @Test
    void emptyAnswersAndEmptyDocumentsAreNoAnswers() {
        assertEquals("", AnswerDocument.encode(Map.of("Q31", new AnswerValue.Text(""))));
        assertTrue(AnswerDocument.decode("", AnswerDocumentTest::typeOf).isEmpty());
        assertTrue(AnswerDocument.decode(null, AnswerDocumentTest::typeOf).isEmpty());
    }

    @Test
    void aDamagedLineIsReportedNotGuessed() {
        IllegalStateException tooFew = assertThrows(IllegalStateException.class,
                () -> AnswerDocument.decode("Q02\t\tKLEIN\n", AnswerDocumentTest::typeOf));
        assertTrue(tooFew.getMessage().contains("Q02"), tooFew.getMessage());
        assertThrows(IllegalStateException.class,
                () -> AnswerDocument.decode("Q02\t\tKLEIN\t\t\t\n", AnswerDocumentTest::typeOf));
    }
}
