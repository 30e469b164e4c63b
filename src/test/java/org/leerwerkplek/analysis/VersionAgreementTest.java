package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;

/** Which earlier versions of the employer questionnaire the analysis reads with the current one. */
class VersionAgreementTest {

    private static String text;
    private static Instrument current;

    @BeforeAll
    static void readTheQuestionnaire() throws IOException {
        text = Files.readString(Path.of("surveys/werkgeversbevraging.yaml"));
        current = version(2, text);
    }

    private static Instrument version(int number, String yaml) {
        String numbered = replaced(yaml, "\nversion: 1\n", "\nversion: " + number + "\n");
        return DefinitionParser.parse("werkgeversbevraging.yaml", numbered).orThrow();
    }

    private static String replaced(String yaml, String from, String to) {
        assertTrue(yaml.contains(from), "the questionnaire holds " + from);
        return yaml.replace(from, to);
    }

    @Test
    void anEarlierVersionWithTheSameCodesAgrees() {
        Instrument earlier = version(1, replaced(text, "nl: \"1 tot 4\"", "nl: \"1 à 4 werknemers\""));
        assertTrue(VersionAgreement.between(current, earlier).isEmpty());
    }

    @Test
    void anAnswerCodeThatNoLongerExistsDoesNotAgree() {
        Instrument earlier = version(1, replaced(text, "{code: W1_4,", "{code: W1_3,"));
        VersionAgreement.Disagreement why = VersionAgreement.between(current, earlier).orElseThrow();
        assertEquals(new VersionAgreement.Disagreement(1, "Q02_GROOTTE", VersionAgreement.Conflict.CODE, "W1_3"), why);
    }

    @Test
    void aQuestionThatChangedTypeDoesNotAgreeButOneThatIsGoneDoesNotMatter() {
        Instrument typeChanged = version(1, replaced(text, "      - code: Q29_OPVOLG_INHOUD\n        type: single",
                "      - code: Q29_OPVOLG_INHOUD\n        type: ranking"));
        assertEquals(VersionAgreement.Conflict.TYPE,
                VersionAgreement.between(current, typeChanged).orElseThrow().conflict());
        Instrument renamed = version(1, text.replace("Q31_OPMERKINGEN", "Q31_OPMERKING"));
        assertTrue(VersionAgreement.between(current, renamed).isEmpty(), "an open question only one version has");
    }

    @Test
    void theResponsesOfAVersionThatDoesNotAgreeAreLeftOutAndCounted() {
        Instrument earlier = version(1, replaced(text, "{code: W1_4,", "{code: W1_3,"));
        ResponseTable table = ResponseTable.of(current, 4);
        Map<String, AnswerValue> small = Map.of("Q02_GROOTTE", AnswerValue.Single.of("W1_4"));
        assertTrue(table.addIfAgreeing(1, current, small, false));
        assertFalse(table.addIfAgreeing(2, earlier, Map.of("Q02_GROOTTE", AnswerValue.Single.of("W1_3")), false));
        assertFalse(table.addIfAgreeing(3, earlier, Map.of("Q02_GROOTTE", AnswerValue.Single.of("W1_3")), false));
        table.finish();
        assertEquals(1, table.size());
        assertEquals(List.of(2), List.copyOf(table.versionsRead().keySet()));
        assertEquals(2, table.leftOut().get(1).responses());
        assertEquals("W1_3", table.leftOut().get(1).reason().code());
    }
}
