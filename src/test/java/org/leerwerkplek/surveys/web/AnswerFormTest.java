package org.leerwerkplek.surveys.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Question;

class AnswerFormTest {

    private static final Instrument INSTRUMENT = DefinitionParser.parse("vorm.yaml", """
            id: vorm
            version: 1
            languages: [nl]
            title: {nl: "Vorm"}
            scales:
              eens3:
                points:
                  - {code: 1, nl: "Oneens"}
                  - {code: 2, nl: "Neutraal"}
                  - {code: 3, nl: "Eens"}
            sections:
              - id: een
                title: {nl: "Een"}
                questions:
                  - code: Q1
                    type: single
                    label: {nl: "Een keuze"}
                    options:
                      - {code: A, nl: "A"}
                      - {code: B, nl: "B"}
                    other: {code: ANDERS, nl: "Andere, namelijk"}
                  - code: Q2
                    type: multiple
                    label: {nl: "Meer keuzes"}
                    options:
                      - {code: A, nl: "A"}
                      - {code: B, nl: "B"}
                      - {code: C, nl: "C"}
                  - code: Q3
                    type: ranking
                    label: {nl: "Volgorde"}
                    options:
                      - {code: A, nl: "A"}
                      - {code: B, nl: "B"}
                      - {code: C, nl: "C"}
                  - code: Q4
                    type: likert-matrix
                    label: {nl: "Stellingen"}
                    scale: eens3
                    items:
                      - {code: K01, nl: "Een"}
                      - {code: K02, nl: "Twee"}
                  - code: Q5
                    type: number
                    integer: false
                    label: {nl: "Getal"}
                  - code: Q6
                    type: date
                    label: {nl: "Datum"}
                  - code: Q7
                    type: text
                    label: {nl: "Tekst"}
            """).orThrow();

    private static Question question(String code) {
        return INSTRUMENT.question(code).orElseThrow();
    }

    @Test
    void everyKindOfAnswerShowsAndReadsBackTheSame() {
        Map<String, String> matrix = new LinkedHashMap<>();
        matrix.put("K01", "3");
        matrix.put("K02", "1");
        Map<String, AnswerValue> answers = Map.of(
                "Q1", new AnswerValue.Single("ANDERS", Optional.of("dakwerken")),
                "Q2", AnswerValue.Multiple.of("A", "C"),
                "Q3", AnswerValue.Ranking.of("C", "A"),
                "Q4", new AnswerValue.Matrix(matrix),
                "Q5", AnswerValue.Numeric.of("1.5"),
                "Q6", new AnswerValue.Date(LocalDate.of(2026, 3, 1)),
                "Q7", new AnswerValue.Text("Bouwbedrijf"));
        AnswerForm form = new AnswerForm();
        answers.forEach((code, value) -> form.show(question(code), value));

        answers.forEach((code, value) -> assertEquals(Optional.of(value), form.answer(question(code)), code));
    }

    @Test
    void choicesFollowTheOptionOrderAndTheOtherTextOnlyGoesWithOther() {
        AnswerForm form = new AnswerForm();
        form.getValues().put("Q2", new Object[] {"C", "A"});
        form.getValues().put("Q1", "A");
        form.getValues().put(AnswerForm.otherKey(question("Q1")), "vergeten tekst");

        assertEquals(Optional.of(AnswerValue.Multiple.of("A", "C")), form.answer(question("Q2")));
        assertEquals(Optional.of(AnswerValue.Single.of("A")), form.answer(question("Q1")));
    }

    @Test
    void emptyInputsAreNoAnswerAndADecimalCommaIsANumber() {
        AnswerForm form = new AnswerForm();
        form.getValues().put("Q7", "   ");
        form.getValues().put("Q5", "2,75");

        assertTrue(form.answer(question("Q7")).isEmpty());
        assertTrue(form.answer(question("Q2")).isEmpty());
        assertEquals(Optional.of(new AnswerValue.Numeric(new BigDecimal("2.75"))), form.answer(question("Q5")));
    }

    @Test
    void unreadableInputsSayWhatIsWrong() {
        AnswerForm form = new AnswerForm();
        form.getValues().put("Q5", "twaalf");
        form.getValues().put("Q6", "31/02/2026");

        AnswerForm.Unreadable number = assertThrows(AnswerForm.Unreadable.class, () -> form.answer(question("Q5")));
        assertEquals("respond.notANumber", number.messageKey());
        assertEquals("Q5", number.question());
        assertEquals("respond.notADate", assertThrows(AnswerForm.Unreadable.class,
                () -> form.answer(question("Q6"))).messageKey());
    }

    @Test
    void aRankingIsTheOrderOfItsInputAndIgnoresRepeatsAndUnknownCodes() {
        AnswerForm form = new AnswerForm();
        form.getValues().put("Q3", "C, A,C,ZZZ,");

        assertEquals(Optional.of(AnswerValue.Ranking.of("C", "A")), form.answer(question("Q3")));
        form.getValues().put("Q3", " ");
        assertTrue(form.answer(question("Q3")).isEmpty());
    }

    @Test
    void everyChangeOfAnInputCountsAsANewRevision() {
        AnswerForm form = new AnswerForm();
        long before = form.revision();
        form.getValues().put("Q1", "A");
        long after = form.revision();
        form.getValues().remove("Q1");

        assertTrue(after > before);
        assertTrue(form.revision() > after);
    }
}
