package org.leerwerkplek.surveys.definition.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.Shipped;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.validation.VersionCompatibility.Outcome;
import org.leerwerkplek.surveys.definition.validation.VersionCompatibility.Verdict;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;

class VersionCompatibilityTest {

    private static final String BASE = """
            id: test
            version: 1
            languages: [nl, fr]
            title: {nl: "Test", fr: "Test"}
            scales:
              eens:
                points:
                  - {code: 1, nl: "Oneens", fr: "Pas d'accord"}
                  - {code: 2, nl: "Eens", fr: "D'accord"}
                na: {code: WEET_NIET, nl: "Weet niet", fr: "Ne sait pas"}
            sections:
              - id: een
                title: {nl: "Een", fr: "Un"}
                questions:
                  - code: Q01
                    type: single
                    label: {nl: "Grootte", fr: "Taille"}
                    options:
                      - {code: A, nl: "Klein", fr: "Petit"}
                      - {code: B, nl: "Groot", fr: "Grand"}
                  - code: Q02
                    type: likert-matrix
                    label: {nl: "Stellingen", fr: "Affirmations"}
                    scale: eens
                    items:
                      - {code: K01, nl: "Een", fr: "Un"}
                      - {code: K02, nl: "Twee", fr: "Deux"}
                  - {code: Q03, type: yesno, label: {nl: "Vraag", fr: "Question"}}
            """;

    private static Instrument parse(String text) {
        return DefinitionParser.parse("test.yaml", text).orThrow();
    }

    private static Verdict compareWithBase(String changed) {
        return VersionCompatibility.compare(parse(BASE), parse(changed));
    }

    private static List<String> errors(Verdict verdict) {
        return verdict.errors().stream().map(DefinitionError::toString).toList();
    }

    @Test
    void theSameFileIsUnchanged() {
        Verdict verdict = compareWithBase(BASE);
        assertEquals(Outcome.UNCHANGED, verdict.outcome());
        assertTrue(verdict.isAccepted());
    }

    @Test
    void otherLineEndingsAreNotAChange() {
        assertEquals(Outcome.UNCHANGED, compareWithBase(BASE.replace("\n", "\r\n")).outcome());
    }

    @Test
    void aRemovedOptionUnderTheSameVersionIsRefused() {
        Verdict verdict = compareWithBase(BASE.replace("          - {code: B, nl: \"Groot\", fr: \"Grand\"}\n", ""));
        assertEquals(Outcome.REFUSED, verdict.outcome());
        assertFalse(verdict.isAccepted());
        assertEquals(List.of("test.yaml:15:1: option B was removed from Q01 but version is still 1; raise version to 2"),
                errors(verdict));
    }

    @Test
    void aRemovedOptionWithARaisedVersionIsAccepted() {
        Verdict verdict = compareWithBase(BASE.replace("version: 1", "version: 2")
                .replace("          - {code: B, nl: \"Groot\", fr: \"Grand\"}\n", ""));
        assertEquals(Outcome.NEW_VERSION, verdict.outcome());
        assertTrue(verdict.isAccepted());
        assertEquals(List.of(), verdict.errors());
    }

    @Test
    void anAddedOptionUnderTheSameVersionIsAcceptedWithAWarning() {
        Verdict verdict = compareWithBase(BASE.replace("          - {code: B, nl: \"Groot\", fr: \"Grand\"}\n",
                "          - {code: B, nl: \"Groot\", fr: \"Grand\"}\n          - {code: C, nl: \"Zeer groot\", "
                        + "fr: \"Très grand\"}\n"));
        assertEquals(Outcome.CHANGED, verdict.outcome());
        assertEquals(List.of("test.yaml: content changed under the same version 1 (stored answers keep all their codes)",
                "option C was added to Q01"), verdict.warnings());
    }

    @Test
    void aRewordedLabelIsAcceptedUnderTheSameVersion() {
        Verdict verdict = compareWithBase(BASE.replace("\"Grootte\"", "\"Grootte van het bedrijf\""));
        assertEquals(Outcome.CHANGED, verdict.outcome());
        assertEquals(1, verdict.warnings().size());
    }

    @Test
    void removedQuestionsItemsScaleCodesAndTypeChangesAreRefused() {
        assertEquals(List.of("test.yaml:2:1: question Q03 was removed but version is still 1; raise version to 2"),
                errors(compareWithBase(BASE.replace(
                        "      - {code: Q03, type: yesno, label: {nl: \"Vraag\", fr: \"Question\"}}\n", ""))));
        assertEquals(List.of("test.yaml:21:1: item K02 was removed from Q02 but version is still 1; raise version to 2"),
                errors(compareWithBase(BASE.replace("          - {code: K02, nl: \"Twee\", fr: \"Deux\"}\n", ""))));
        assertEquals(List.of("test.yaml:20:1: answer code WEET_NIET was removed from Q02 but version is still 1; "
                + "raise version to 2"), errors(compareWithBase(BASE.replace(
                        "    na: {code: WEET_NIET, nl: \"Weet niet\", fr: \"Ne sait pas\"}\n", ""))));
        assertEquals(List.of("test.yaml:28:1: Q03 changed type from yesno to single but version is still 1; "
                + "raise version to 2"), errors(compareWithBase(BASE.replace(
                        "{code: Q03, type: yesno, label: {nl: \"Vraag\", fr: \"Question\"}}",
                        "{code: Q03, type: single, label: {nl: \"Vraag\", fr: \"Question\"}, options: "
                                + "[{code: JA, nl: \"Ja\", fr: \"Oui\"}]}"))));
    }

    @Test
    void aLowerVersionIsRefused() {
        Verdict verdict = VersionCompatibility.compare(parse(BASE.replace("version: 1", "version: 3")), parse(BASE));
        assertEquals(List.of("test.yaml:2:1: version 1 is lower than the stored version 3; versions only go up"),
                errors(verdict));
    }

    @Test
    void theReadmeExampleOnTheRealQuestionnaire() throws IOException {
        String text = Files.readString(Shipped.FOLDER.resolve("werkgeversbevraging.yaml"), StandardCharsets.UTF_8);
        String changed = text.replace("          - {code: W5_9, nl: \"5 tot 9\", fr: \"5 à 9\"}\n", "");
        Instrument current = DefinitionParser.parse("werkgeversbevraging.yaml", changed).orThrow();
        int line = current.question("Q02_GROOTTE").orElseThrow().line();
        assertEquals(List.of("werkgeversbevraging.yaml:" + line + ":1: option W5_9 was removed from Q02_GROOTTE but "
                + "version is still 1; raise version to 2"),
                errors(VersionCompatibility.compare(Shipped.werkgeversbevraging(), current)));
    }

    @Test
    void onlyTheSameInstrumentCanBeCompared() {
        assertThrows(IllegalArgumentException.class,
                () -> VersionCompatibility.compare(Shipped.werkgeversbevraging(), Shipped.fiche()));
    }
}
