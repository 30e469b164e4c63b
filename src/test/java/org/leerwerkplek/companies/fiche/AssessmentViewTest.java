package org.leerwerkplek.companies.fiche;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.suitability.SuitabilityParser;
import org.leerwerkplek.companies.suitability.SuitabilityRules;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

class AssessmentViewTest {

    private static final Instrument FICHE = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();
    private static final SuitabilityRules RULES =
            SuitabilityParser.parse(Path.of("surveys/leerwerkplekfiche.suitability.yaml"), FICHE).orThrow();

    @Test
    void anEmptyFicheSaysItIsNotYetAssessableAndWhichQuestionsAreOpenInTheReadersLanguage() {
        AssessmentView view = AssessmentView.of(RULES.assess(FICHE, Answers.none()), FICHE, Language.FR);

        assertEquals(Optional.empty(), view.verdict());
        assertTrue(view.isPending());
        assertTrue(view.criteria().stream().noneMatch(AssessmentView.CriterionRow::isAssessed));
        AssessmentView.CriterionRow begeleiding = view.criteria().get(1);
        assertEquals("Capacité d'encadrement de l'entreprise", begeleiding.label());
        assertEquals(List.of("Un tuteur est-il désigné dans l'entreprise pour les apprenants\u00a0?",
                "Dans quelle mesure les affirmations suivantes s'appliquent-elles à l'entreprise\u00a0?"),
                begeleiding.missing(), "a matrix is named once, by its question, however many items are open");
        assertTrue(view.missing().contains("Un candidat apprenant concret est-il déjà en vue\u00a0?"), view.missing().toString());
        assertFalse(view.missing().stream().anyMatch(m -> m.matches(".*F[0-9]_.*")), "labels, not codes: " + view.missing());
        assertEquals("fr", view.lang());
        assertEquals("nl", AssessmentView.of(RULES.assess(FICHE, Answers.none()), FICHE, Language.EN).lang(),
                "the fiche has no English: an English page shows it in Dutch, marked as Dutch");
    }

    @Test
    void anAssessedCriterionShowsItsLevelAndTheAnswersItWasDecidedOn() {
        AssessmentView view = AssessmentView.of(RULES.assess(FICHE, Answers.of(Map.of(
                "F2_MENTOR", AnswerValue.Single.of("NEE"),
                "F2_BEGELEIDING", new AnswerValue.Matrix(Map.of("TIJD", "2", "DIDACTIEK", "2", "PLOEG", "3",
                        "INVESTERING", "2"))))), FICHE, Language.NL);

        AssessmentView.CriterionRow begeleiding = view.criteria().get(1);
        assertEquals(Optional.of("Zwak"), begeleiding.level());
        assertTrue(begeleiding.kern());
        assertEquals(List.of(), begeleiding.missing());
        assertEquals("Is er in het bedrijf een mentor aangeduid voor werkpleklerenden?: Nee", begeleiding.evidence().get(0));
        assertEquals(Optional.empty(), view.verdict(), "the other criteria still wait");
    }
}
