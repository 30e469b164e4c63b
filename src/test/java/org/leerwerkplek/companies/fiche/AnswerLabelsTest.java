package org.leerwerkplek.companies.fiche;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Question;

class AnswerLabelsTest {

    private static final Instrument FICHE = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();

    private static Question question(String code) {
        return FICHE.questions().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void yesNoAndMultipleChoiceShowTheirLabelsInTheLanguage() {
        assertEquals("Ja", AnswerLabels.of(question("F2_MENTOR"), AnswerValue.Single.of("JA"), Language.NL));
        assertEquals("Loonkost en andere kosten als spelbrekers., "
                        + "Verantwoordelijken op de werkplek zijn weinig vertrouwd met pedagogische praktijken.",
                AnswerLabels.of(question("F3_KNELPUNTEN"), AnswerValue.Multiple.of("K04", "K11"), Language.NL));
        assertEquals("Le coût salarial et les autres coûts jouent les trouble-fête.",
                AnswerLabels.of(question("F3_KNELPUNTEN"), AnswerValue.Multiple.of("K04"), Language.FR));
    }

    @Test
    void scalePointsNotApplicableAndMatrixItemsShowTheirLabels() {
        assertEquals("Eerder akkoord", AnswerLabels.of(question("F2_ADMIN_LAST"), AnswerValue.Likert.of(3), Language.NL));
        assertEquals("Niet te beoordelen",
                AnswerLabels.of(question("F2_ADMIN_LAST"), new AnswerValue.Likert("NIET_TE_BEOORDELEN"), Language.NL));
        Map<String, String> items = new LinkedHashMap<>();
        items.put("MOTIVATIE", "4");
        items.put("LEERVAARDIGHEID", "ONBEKEND");
        assertEquals("Motivatie en inzet: Ruim voldoende; Leervaardigheid: bekwaamheid om bij te leren: Onbekend",
                AnswerLabels.of(question("F2_KANDIDAAT_PROFIEL"), new AnswerValue.Matrix(items), Language.NL));
    }

    @Test
    void theEvidenceOfADecisionNamesTheQuestionItemAndAnswerLabels() {
        assertEquals(question("F2_MENTOR").label().in(Language.NL) + ": Ja",
                AnswerLabels.evidence(FICHE, "F2_MENTOR", Optional.of("JA"), Language.NL));
        assertEquals(question("F2_KANDIDAAT_PROFIEL").label().in(Language.NL) + " – Motivatie en inzet: Ruim voldoende",
                AnswerLabels.evidence(FICHE, "F2_KANDIDAAT_PROFIEL.MOTIVATIE", Optional.of("4"), Language.NL));
        assertEquals(question("F2_MENTOR").label().in(Language.FR) + ": –",
                AnswerLabels.evidence(FICHE, "F2_MENTOR", Optional.empty(), Language.FR));
        assertEquals("BEGELEIDINGSCAPACITEIT_BEDRIJF: STERK",
                AnswerLabels.evidence(FICHE, "BEGELEIDINGSCAPACITEIT_BEDRIJF", Optional.of("STERK"), Language.NL));
    }

    @Test
    void anUnknownCodeIsShownAsItIsAndPlainValuesAsGiven() {
        assertEquals("K99", AnswerLabels.of(question("F3_KNELPUNTEN"), AnswerValue.Multiple.of("K99"), Language.NL));
        assertEquals("12", AnswerLabels.of(question("F1_WERKNEMERS"), AnswerValue.Numeric.of("12.0"), Language.NL));
        assertEquals("Ja (via de bouwschool)", AnswerLabels.of(question("F2_MENTOR"),
                new AnswerValue.Single("JA", Optional.of("via de bouwschool")), Language.NL));
    }
}
