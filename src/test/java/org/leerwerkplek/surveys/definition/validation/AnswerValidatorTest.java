package org.leerwerkplek.surveys.definition.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.Shipped;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Matrix;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Multiple;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Numeric;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Ranking;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Single;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Text;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.MessageKey;
import org.leerwerkplek.surveys.definition.model.Question;

class AnswerValidatorTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private final AnswerValidator validator = new AnswerValidator(
            Clock.fixed(TODAY.atTime(10, 0).atZone(BRUSSELS).toInstant(), BRUSSELS));

    /** An instrument in nl, fr and en with questions that use the built-in messages only. */
    private static final Instrument DEFAULTS = DefinitionParser.parse("test.yaml", """
            id: test
            version: 1
            languages: [nl, fr, en]
            title: {nl: "T", fr: "T", en: "T"}
            sections:
              - id: een
                title: {nl: "Een", fr: "Un", en: "One"}
                questions:
                  - {code: MIN_ONLY, type: number, label: {nl: "V", fr: "Q", en: "Q"}, min: 1.5, integer: false}
                  - {code: MAX_ONLY, type: number, label: {nl: "V", fr: "Q", en: "Q"}, max: 2.5, integer: false}
                  - code: KEUZE
                    type: multiple
                    label: {nl: "V", fr: "Q", en: "Q"}
                    minChoices: 2
                    maxChoices: 3
                    options:
                      - {code: A, nl: "A", fr: "A", en: "A"}
                      - {code: B, nl: "B", fr: "B", en: "B"}
                      - {code: C, nl: "C", fr: "C", en: "C"}
                      - {code: D, nl: "D", fr: "D", en: "D"}
                  - code: DATUM
                    type: date
                    label: {nl: "V", fr: "Q", en: "Q"}
                    minDate: "2026-01-01"
                    maxDate: today
            """).orThrow();

    private static Question werkgevers(String code) {
        return Shipped.werkgeversbevraging().question(code).orElseThrow();
    }

    private List<String> messages(Question question, AnswerValue answer, Language language) {
        return validator.validate(question, Optional.of(answer), language).stream().map(Violation::message).toList();
    }

    private List<String> messages(String defaultsCode, AnswerValue answer, Language language) {
        return messages(DEFAULTS.question(defaultsCode).orElseThrow(), answer, language);
    }

    @Test
    void aRequiredQuestionNeedsAnAnswer() {
        Question grootte = werkgevers("Q02_GROOTTE");
        assertEquals(List.of(new Violation("Q02_GROOTTE", MessageKey.REQUIRED, "Dit is een verplichte vraag.")),
                validator.validate(grootte, Optional.empty(), Language.NL));
        assertEquals("Cette question est obligatoire.",
                validator.validate(grootte, Optional.empty(), Language.FR).get(0).message());
        assertEquals("This question is required.",
                validator.validate(grootte, Optional.of(Single.of(" ")), Language.EN).get(0).message());
        assertTrue(validator.validate(werkgevers("Q11_AANTAL_LERENDEN"), Optional.empty(), Language.NL).isEmpty());
    }

    @Test
    void aRangeUsesTheQuestionsOwnMessage() {
        assertEquals(List.of("Geef een aantal tussen 0 en 5000."), messages(werkgevers("Q01_ARBEIDERS"),
                Numeric.of("5001"), Language.NL));
        assertEquals(List.of("Indiquez un nombre entre 0 et 5000."), messages(werkgevers("Q01_ARBEIDERS"),
                Numeric.of("-1"), Language.FR));
        assertEquals(List.of(), messages(werkgevers("Q01_ARBEIDERS"), Numeric.of("5000"), Language.NL));
    }

    @Test
    void aRangeWithoutOwnMessageUsesTheBuiltInTextForTheBoundsThatAreSet() {
        Question werknemers = Shipped.fiche().question("F1_WERKNEMERS").orElseThrow();
        assertEquals(List.of("Geef een waarde tussen 0 en 5000."), messages(werknemers, Numeric.of("6000"), Language.NL));
        assertEquals(List.of("Indiquez une valeur entre 0 et 5000."), messages(werknemers, Numeric.of("6000"),
                Language.FR));
        assertEquals(List.of("Geef een waarde van minstens 1,5."), messages("MIN_ONLY", Numeric.of("1"), Language.NL));
        assertEquals(List.of("Indiquez une valeur d'au moins 1,5."), messages("MIN_ONLY", Numeric.of("1"), Language.FR));
        assertEquals(List.of("Enter a value of at least 1.5."), messages("MIN_ONLY", Numeric.of("1"), Language.EN));
        assertEquals(List.of("Geef een waarde van hoogstens 2,5."), messages("MAX_ONLY", Numeric.of("3"), Language.NL));
        assertEquals(List.of("Indiquez une valeur d'au plus 2,5."), messages("MAX_ONLY", Numeric.of("3"), Language.FR));
    }

    @Test
    void aDecimalWhereAWholeNumberIsExpected() {
        Question werknemers = Shipped.fiche().question("F1_WERKNEMERS").orElseThrow();
        assertEquals(List.of("Geef een geheel getal."), messages(werknemers, Numeric.of("2.5"), Language.NL));
        assertEquals(List.of("Indiquez un nombre entier."), messages(werknemers, Numeric.of("2.5"), Language.FR));
        assertEquals(List.of(), messages(werknemers, Numeric.of("3.0"), Language.NL));
        assertEquals(List.of(), messages(werkgevers("Q07_RENDABEL"), Numeric.of("1.5"), Language.NL));
        assertEquals(List.of("Geef een aantal jaren tussen 0 en 10."),
                messages(werkgevers("Q07_RENDABEL"), Numeric.of("10.5"), Language.NL));
    }

    @Test
    void tooFewOrTooManyChoices() {
        assertEquals(List.of("Duid maximaal 3 drempels aan."), messages(werkgevers("Q16_DREMPELS_KANDIDAAT"),
                Multiple.of("MOTIVATIE", "TAAL", "BASIS", "FYSIEK"), Language.NL));
        assertEquals(List.of("Indiquez au maximum 3 obstacles."), messages(werkgevers("Q16_DREMPELS_KANDIDAAT"),
                Multiple.of("MOTIVATIE", "TAAL", "BASIS", "FYSIEK"), Language.FR));
        assertEquals(List.of("Duid minstens 2 antwoorden aan."), messages("KEUZE", Multiple.of("A"), Language.NL));
        assertEquals(List.of("Cochez au moins 2 réponses."), messages("KEUZE", Multiple.of("A"), Language.FR));
        assertEquals(List.of("Duid maximaal 3 antwoorden aan."), messages("KEUZE", Multiple.of("A", "B", "C", "D"),
                Language.NL));
        assertEquals(List.of("Cochez au maximum 3 réponses."), messages("KEUZE", Multiple.of("A", "B", "C", "D"),
                Language.FR));
        assertEquals(List.of(), messages("KEUZE", Multiple.of("A", "B"), Language.NL));
    }

    @Test
    void noneExcludesEveryOtherOption() {
        Question drempels = werkgevers("Q16_DREMPELS_KANDIDAAT");
        assertEquals(List.of("\"Geen van deze drempels\" kan niet samen met andere antwoorden gekozen worden."),
                messages(drempels, Multiple.of("MOTIVATIE", "GEEN"), Language.NL));
        assertEquals(List.of("« Aucun de ces obstacles » ne peut pas être coché avec d'autres réponses."),
                messages(drempels, Multiple.of("GEEN", "TAAL"), Language.FR));
        assertEquals(List.of(), messages(drempels, Multiple.of("GEEN"), Language.NL));
    }

    @Test
    void otherNeedsItsText() {
        Question activiteiten = werkgevers("Q03_ACTIVITEITEN");
        assertEquals(List.of("Vul aan wat u bedoelt met \"Andere\"."),
                messages(activiteiten, Multiple.of("RUWBOUW", "ANDERS"), Language.NL));
        assertEquals(List.of("Précisez ce que vous entendez par « Autre »."),
                messages(activiteiten, new Multiple(List.of("ANDERS"), Optional.of("  ")), Language.FR));
        assertEquals(List.of(), messages(activiteiten, new Multiple(List.of("ANDERS"), Optional.of("Vloerlijmen")),
                Language.NL));
        assertEquals(List.of("Vul aan wat u bedoelt met \"Andere\"."),
                messages(werkgevers("Q04_HOOFDACTIVITEIT"), Single.of("ANDERS"), Language.NL));
        assertEquals(List.of("Gebruik maximaal 200 tekens."), messages(werkgevers("Q04_HOOFDACTIVITEIT"),
                new Single("ANDERS", Optional.of("x".repeat(201))), Language.NL));
    }

    @Test
    void tooManyRanked() {
        Question prioriteit = werkgevers("Q21_PRIORITEIT");
        assertEquals(List.of("Rangschik maximaal 3 antwoorden."),
                messages(prioriteit, Ranking.of("TAAL", "ADMIN", "MENTOR", "COACHING"), Language.NL));
        assertEquals(List.of("Classez au maximum 3 réponses."),
                messages(prioriteit, Ranking.of("TAAL", "ADMIN", "MENTOR", "COACHING"), Language.FR));
        assertEquals(List.of(), messages(prioriteit, Ranking.of("TAAL", "ADMIN", "MENTOR"), Language.NL));
    }

    @Test
    void aTextTooLong() {
        Question email = werkgevers("Q33_EMAIL");
        assertEquals(List.of("Gebruik maximaal 200 tekens."), messages(email, new Text("a".repeat(201)), Language.NL));
        assertEquals(List.of("Utilisez au maximum 200 caractères."), messages(email, new Text("é".repeat(201)),
                Language.FR));
        assertEquals(List.of(), messages(email, new Text("é".repeat(200)), Language.FR));
    }

    @Test
    void aDateOutsideItsBounds() {
        Question datum = Shipped.fiche().question("F0_DATUM").orElseThrow();
        assertEquals(List.of("De datum van het gesprek kan niet in de toekomst liggen."),
                messages(datum, new AnswerValue.Date(TODAY.plusDays(1)), Language.NL));
        assertEquals(List.of("La date de l'entretien ne peut pas se situer dans le futur."),
                messages(datum, new AnswerValue.Date(TODAY.plusDays(1)), Language.FR));
        assertEquals(List.of(), messages(datum, new AnswerValue.Date(TODAY), Language.NL));
        assertEquals(List.of("Geef een datum tussen 01/01/2026 en 15/03/2026."),
                messages("DATUM", new AnswerValue.Date(LocalDate.of(2025, 12, 31)), Language.NL));
        assertEquals(List.of("Indiquez une date entre 01/01/2026 et 15/03/2026."),
                messages("DATUM", new AnswerValue.Date(LocalDate.of(2026, 3, 16)), Language.FR));
    }

    @Test
    void aRequiredMatrixNeedsEveryItemAndNaCountsAsAnAnswer() {
        Question knelpunten = werkgevers("Q15_KNELPUNTEN");
        Map<String, String> items = new HashMap<>();
        for (int i = 1; i <= 11; i++) {
            items.put(String.format("K%02d", i), "3");
        }
        assertEquals(List.of("Dit is een verplichte vraag."), messages(knelpunten, new Matrix(items), Language.NL));
        items.put("K12", "WEET_NIET");
        assertEquals(List.of(), messages(knelpunten, new Matrix(items), Language.NL));
    }

    @Test
    void answersTheFormCannotProduceAreProgrammingErrors() {
        assertThrows(IllegalArgumentException.class,
                () -> validator.validate(werkgevers("Q02_GROOTTE"), Optional.of(Numeric.of("3")), Language.NL));
        assertThrows(IllegalArgumentException.class,
                () -> validator.validate(werkgevers("Q02_GROOTTE"), Optional.of(Single.of("W3")), Language.NL));
        assertThrows(IllegalArgumentException.class, () -> validator.validate(werkgevers("Q15_KNELPUNTEN"),
                Optional.of(new Matrix(Map.of("K13", "3"))), Language.NL));
        assertThrows(IllegalArgumentException.class, () -> validator.validate(werkgevers("Q14_MEERWAARDE"),
                Optional.of(AnswerValue.Likert.of(6)), Language.NL));
    }

    @Test
    void aQuestionHiddenByRelevanceIsNotRequired() {
        Map<String, AnswerValue> answers = new HashMap<>(Map.of("Q09_ERVARING", Single.of("NEE")));
        List<String> withoutExperience = validator.validate(Shipped.werkgeversbevraging(), Answers.of(answers),
                Language.NL).stream().map(Violation::question).toList();
        assertTrue(withoutExperience.contains("Q02_GROOTTE"));
        assertFalse(withoutExperience.contains("Q10_STELSELS"));
        assertFalse(withoutExperience.contains("Q18_DREMPELS_SCHOOL"));
        assertFalse(withoutExperience.contains("Q33_EMAIL"));

        answers.put("Q09_ERVARING", Single.of("JA"));
        answers.put("Q32_VERDIEPING", Single.of("JA"));
        List<String> withExperience = validator.validate(Shipped.werkgeversbevraging(), Answers.of(answers),
                Language.NL).stream().map(Violation::question).toList();
        assertTrue(withExperience.containsAll(List.of("Q10_STELSELS", "Q12_MENTOROPLEIDING", "Q18_DREMPELS_SCHOOL",
                "Q33_EMAIL")));
    }

    @Test
    void aRankingOfOneOptionIsNotDemandedButOfTwoItIs() {
        Map<String, AnswerValue> one = Map.of("Q20_ONDERSTEUNING", Multiple.of("FINANCIEEL"));
        Map<String, AnswerValue> two = Map.of("Q20_ONDERSTEUNING", Multiple.of("FINANCIEEL", "TAAL"));

        assertEquals(List.of(), validator.validateSection(Shipped.werkgeversbevraging(), "ondersteuning",
                Answers.of(one), Language.NL).stream().filter(v -> v.question().equals("Q21_PRIORITEIT")).toList());
        assertEquals(List.of(new Violation("Q21_PRIORITEIT", MessageKey.REQUIRED, "Dit is een verplichte vraag.")),
                validator.validateSection(Shipped.werkgeversbevraging(), "ondersteuning", Answers.of(two), Language.NL)
                        .stream().filter(v -> v.question().equals("Q21_PRIORITEIT")).toList());
    }

    @Test
    void aPageIsValidatedOnItsOwn() {
        List<Violation> page = validator.validateSection(Shipped.werkgeversbevraging(), "ervaring", Answers.none(),
                Language.FR);
        assertEquals(List.of(new Violation("Q09_ERVARING", MessageKey.REQUIRED, "Cette question est obligatoire.")), page);
        assertEquals(List.of(), validator.validateSection(Shipped.werkgeversbevraging(), "stelsels", Answers.none(),
                Language.NL));
    }
}
