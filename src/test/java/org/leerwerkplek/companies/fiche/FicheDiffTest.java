package org.leerwerkplek.companies.fiche;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;

class FicheDiffTest {

    private static final Instrument FICHE = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();

    @Test
    void onlyChangedAnswersAreListedInTheOrderOfTheFiche() {
        Answers before = Answers.of(Map.of(
                "F2_MENTOR", AnswerValue.Single.of("NEE"),
                "F1_WERKNEMERS", AnswerValue.Numeric.of("4"),
                "F3_KNELPUNTEN", AnswerValue.Multiple.of("K04", "K11"),
                "F1_BEDRIJFSNAAM", new AnswerValue.Text("Bouw Peeters")));
        Answers after = Answers.of(Map.of(
                "F2_MENTOR", AnswerValue.Single.of("JA"),
                "F1_WERKNEMERS", AnswerValue.Numeric.of("4.0"),
                "F3_KNELPUNTEN", AnswerValue.Multiple.of("K11", "K04"),
                "F1_BEDRIJFSNAAM", new AnswerValue.Text("Bouw Peeters"),
                "F3_AFSPRAKEN", new AnswerValue.Text("Mentoropleiding in maart")));

        List<FicheDiff.Difference> differences = FicheDiff.between(FICHE, before, after);

        assertEquals(List.of("F2_MENTOR", "F3_AFSPRAKEN"), differences.stream().map(d -> d.question().code()).toList());
        assertEquals(Optional.of(AnswerValue.Single.of("NEE")), differences.get(0).before());
        assertEquals(Optional.empty(), differences.get(1).before());
    }

    @Test
    void aRemovedOrBlankedAnswerIsAChange() {
        Answers before = Answers.of(Map.of("F3_NOTITIES", new AnswerValue.Text("iets")));
        Answers after = Answers.of(Map.of("F3_NOTITIES", new AnswerValue.Text("  ")));

        List<FicheDiff.Difference> differences = FicheDiff.between(FICHE, before, after);

        assertEquals(1, differences.size());
        assertEquals(Optional.empty(), differences.get(0).after());
    }

    @Test
    void twoEmptyFichesDoNotDiffer() {
        assertEquals(List.of(), FicheDiff.between(FICHE, Answers.none(), Answers.none()));
    }
}
