package org.leerwerkplek.surveys.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leerwerkplek.surveys.definition.model.Analysis;
import org.leerwerkplek.surveys.definition.model.MultipleResponseSet;
import org.leerwerkplek.surveys.definition.model.ReferenceShare;
import org.leerwerkplek.surveys.definition.model.Weighting;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.MessageKey;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Scale;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;

class DefinitionParserTest {

    private static final Path BROKEN = Path.of("src/test/resources/surveys-broken");

    private static final String HEAD = """
            id: test
            version: 1
            languages: [nl, fr]
            title: {nl: "Test", fr: "Test"}
            """;

    /** An instrument {@code test.yaml} with one section holding {@code questions}; the first question is on line 9. */
    private static ParseResult<Instrument> withQuestions(String questions) {
        return DefinitionParser.parse("test.yaml", HEAD + """
                sections:
                  - id: een
                    title: {nl: "Een", fr: "Un"}
                    questions:
                """ + questions.indent(6));
    }

    private static void assertOnlyError(String expected, ParseResult<?> result) {
        assertEquals(List.of(expected), result.errors().stream().map(DefinitionError::toString).toList());
        assertTrue(result.value().isEmpty());
    }

    // --- the shipped instruments -----------------------------------------------------------

    @Test
    void theShippedInstrumentsLoadWithoutErrors() {
        ParseResult<Instrument> werkgevers = DefinitionParser.parse(Shipped.FOLDER.resolve("werkgeversbevraging.yaml"));
        ParseResult<Instrument> fiche = DefinitionParser.parse(Shipped.FOLDER.resolve("leerwerkplekfiche.yaml"));
        assertEquals(List.of(), werkgevers.errors());
        assertEquals(List.of(), fiche.errors());
        assertEquals(33, werkgevers.orThrow().questions().size());
        assertEquals(53, fiche.orThrow().questions().size());
        assertEquals(List.of(Language.NL, Language.FR), werkgevers.orThrow().languages());
    }

    @Test
    void theKnelpuntenMatrixHasTheTwelveKnelpuntenOnTheAgreementScale() {
        Question matrix = Shipped.werkgeversbevraging().question("Q15_KNELPUNTEN").orElseThrow();
        assertEquals(QuestionType.LIKERT_MATRIX, matrix.type());
        assertEquals(IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("K%02d", i)).toList(),
                matrix.items().stream().map(Option::code).toList());
        assertEquals("Administratie als struikelblok.", matrix.item("K05").orElseThrow().label().in(Language.NL));
        Scale scale = matrix.scale().orElseThrow();
        assertEquals("eens5", scale.name());
        assertEquals(List.of("1", "2", "3", "4", "5", "WEET_NIET"), scale.codes());
        assertTrue(matrix.required());
    }

    @Test
    void typeSpecificSettingsAreRead() {
        Instrument werkgevers = Shipped.werkgeversbevraging();
        Question rendabel = werkgevers.question("Q07_RENDABEL").orElseThrow();
        assertFalse(rendabel.numberRange().integer());
        assertEquals(Optional.of(BigDecimal.ZERO), rendabel.numberRange().min());
        assertEquals(Optional.of(BigDecimal.TEN), rendabel.numberRange().max());
        assertEquals("ans", rendabel.numberRange().unit().orElseThrow().in(Language.FR));
        assertEquals("Geef een aantal jaren tussen {min} en {max}.",
                rendabel.message(MessageKey.RANGE).orElseThrow().in(Language.NL));

        Question hoofdactiviteit = werkgevers.question("Q04_HOOFDACTIVITEIT").orElseThrow();
        assertEquals(Optional.of("activiteiten"), hoofdactiviteit.choices().optionSet());
        assertEquals(Optional.of("Q03_ACTIVITEITEN"), hoofdactiviteit.choices().filterOptionsBy());
        assertEquals("ANDERS", hoofdactiviteit.choices().other().orElseThrow().code());

        Question drempels = werkgevers.question("Q16_DREMPELS_KANDIDAAT").orElseThrow();
        assertEquals(3, drempels.choices().maxChoices().getAsInt());
        assertEquals("GEEN", drempels.choices().none().orElseThrow().code());
        assertEquals(12, drempels.choices().all().size());

        Question prioriteit = werkgevers.question("Q21_PRIORITEIT").orElseThrow();
        assertEquals(3, prioriteit.choices().rankCount().getAsInt());
        assertEquals(200, werkgevers.question("Q33_EMAIL").orElseThrow().maxLength().getAsInt());
        assertEquals(4000, werkgevers.question("Q31_OPMERKINGEN").orElseThrow().maxLength().getAsInt());

        Question ervaring = werkgevers.question("Q09_ERVARING").orElseThrow();
        assertEquals(List.of("JA", "NEE"), ervaring.answerCodes());
        assertEquals("Oui", ervaring.option("JA").orElseThrow().label().in(Language.FR));

        Question datum = Shipped.fiche().question("F0_DATUM").orElseThrow();
        assertTrue(datum.dateRange().max().orElseThrow().isToday());
    }

    @Test
    void aRelevanceConditionOfTheRealFileEvaluatesAsExpected() {
        Condition relevant = Shipped.werkgeversbevraging().question("Q26_ADMIN_VORM").orElseThrow()
                .relevant().orElseThrow();
        assertFalse(relevant.evaluate(Answers.none()));
        assertTrue(relevant.evaluate(Answers.of(Map.of("Q20_ONDERSTEUNING", AnswerValue.Multiple.of("ADMIN")))));
        assertTrue(relevant.evaluate(Answers.of(Map.of("Q20_ONDERSTEUNING", AnswerValue.Multiple.of("TAAL"),
                "Q15_KNELPUNTEN", new AnswerValue.Matrix(Map.of("K05", "4"))))));
        assertFalse(relevant.evaluate(Answers.of(Map.of("Q15_KNELPUNTEN", new AnswerValue.Matrix(Map.of("K05", "3"))))));
        assertFalse(relevant.evaluate(Answers.of(Map.of("Q15_KNELPUNTEN",
                new AnswerValue.Matrix(Map.of("K05", "WEET_NIET"))))));

        Condition stelsels = Shipped.werkgeversbevraging().section("stelsels").orElseThrow().relevant().orElseThrow();
        assertTrue(stelsels.evaluate(Answers.of(Map.of("Q09_ERVARING", AnswerValue.Single.of("JA")))));
        assertFalse(stelsels.evaluate(Answers.of(Map.of("Q09_ERVARING", AnswerValue.Single.of("NEE")))));
    }

    @Test
    void analysisMetadataIsRead() {
        Analysis analysis = Shipped.werkgeversbevraging().analysis();
        assertEquals(List.of("Q02_GROOTTE", "Q04_HOOFDACTIVITEIT", "Q05_REGIO", "Q30_AMBITIE"), analysis.subgroups());
        ReferenceShare evolutie = analysis.referenceShares().get(0);
        assertEquals("Q06_EVOLUTIE", evolutie.question());
        assertTrue(evolutie.kind().mayWeight());
        assertEquals(new BigDecimal("0.38"), evolutie.shares().get("GESLONKEN"));
        assertFalse(analysis.referenceShares().get(1).kind().mayWeight());
        MultipleResponseSet knelpunten = analysis.multipleResponseSets().stream()
                .filter(s -> s.id().equals("MR_KNELPUNTEN_EENS")).findFirst().orElseThrow();
        assertEquals(Optional.of("Q15_KNELPUNTEN"), knelpunten.question());
        assertEquals(List.of("4", "5"), knelpunten.countedValues());
        MultipleResponseSet begeleiding = Shipped.fiche().analysis().multipleResponseSets().stream()
                .filter(s -> s.id().equals("MR_BEGELEIDING_AANWEZIG")).findFirst().orElseThrow();
        assertEquals(List.of("F2_MENTOR", "F2_MENTOR_OPLEIDING", "F2_MENTOR_VOORWAARDEN", "F2_PLOEG_VOORBEREID"),
                begeleiding.questions());
        assertEquals(4, Shipped.werkgeversbevraging().analysis().multipleResponseSets().stream()
                .filter(s -> s.id().equals("MR_ONDERSTEUNING")).findFirst().orElseThrow().subgroupTopN().getAsInt());
    }

    @Test
    void theContentHashIsTheSha256OfTheText() {
        assertEquals(64, Shipped.werkgeversbevraging().contentHash().length());
        assertEquals(7, Shipped.werkgeversbevraging().versionLine());
    }

    // --- one error per broken file ----------------------------------------------------------

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("syntax_error.yaml", 4, 6,
                        "YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence started at line 3)"),
                Arguments.of("unknown_type.yaml", 10, 15, "question Q12 has type 'singel'; expected one of single, "
                        + "multiple, ranking, likert, likert-matrix, number, text, longtext, date, yesno"),
                Arguments.of("missing_key.yaml", 9, 9, "Q01: missing required key 'label'"),
                Arguments.of("unknown_key.yaml", 12, 9, "Q01: unknown key 'requried' (did you mean 'required'?); "
                        + "expected one of code, type, label, help, required, relevant, messages"),
                Arguments.of("duplicate_question.yaml", 15, 15, "duplicate question code Q01 (first at line 9)"),
                Arguments.of("duplicate_option.yaml", 15, 15, "Q01: duplicate option code GEEN (first at line 14)"),
                Arguments.of("condition_syntax.yaml", 15, 41, "Q02.relevant, column 22: expected \")\" but found the end "
                        + "of the condition in \"Q01 > 2 and (Q01 < 10\""),
                Arguments.of("condition_unknown_question.yaml", 15, 19,
                        "Q02.relevant: unknown question Q99 in \"Q99 == JA\""),
                Arguments.of("condition_later_question.yaml", 12, 19, "Q01.relevant: Q02 comes later (line 13) in "
                        + "\"Q02 == JA\" (a condition may only use earlier questions)"),
                Arguments.of("condition_unknown_option.yaml", 18, 19, "Q02.relevant: unknown option ADMINS in "
                        + "\"Q01 contains ADMINS\" (Q01 has ADMIN, TAAL)"),
                Arguments.of("missing_nl.yaml", 12, 11, "Q01.label: missing language nl"),
                Arguments.of("min_max.yaml", 13, 14, "Q01: min (10) is larger than max (5)"),
                Arguments.of("max_choices.yaml", 12, 21, "Q01.maxChoices: 5 is larger than the number of options (3)"),
                Arguments.of("unknown_scale.yaml", 17, 16, "Q01.scale: scale 'eens7' is not defined (defined: eens5)"),
                Arguments.of("analysis_unknown_question.yaml", 13, 20, "analysis.subgroups: unknown question Q99"),
                Arguments.of("analysis_unknown_option.yaml", 24, 24,
                        "analysis.referenceShares.Q01.shares: unknown option C (Q01 has A, B)"),
                Arguments.of("shares_sum.yaml", 21, 15, "analysis.referenceShares.Q01.shares: every option of Q01 has a "
                        + "share, so they must sum to 1 (±0.01), but they sum to 0.90"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachBrokenFileGivesItsErrorWithFileLineAndColumn(String file, int line, int column, String message) {
        ParseResult<Instrument> result = DefinitionParser.parse(BROKEN.resolve(file));
        assertOnlyError(file + ":" + line + ":" + column + ": " + message, result);
        DefinitionError error = result.errors().get(0);
        assertEquals(file, error.file());
        assertEquals(line, error.line());
        assertEquals(column, error.column());
        assertEquals(message, error.message());
    }

    @Test
    void allErrorsOfAFileAreReportedInLineOrderAndNoInstrumentIsGiven() {
        ParseResult<Instrument> result = DefinitionParser.parse(BROKEN.resolve("several_errors.yaml"));
        assertFalse(result.isSuccess());
        assertEquals(List.of(
                "several_errors.yaml:2:10: version: must be at least 1, found 0",
                "several_errors.yaml:4:8: title: missing language fr",
                "several_errors.yaml:13:20: Q01.options: option code must be text, but YAML reads 'YES' as true/false; "
                        + "use a code such as JA or NEE",
                "several_errors.yaml:17:19: Q02.relevant: operator > is not allowed on Q01 (single) in \"Q01 > 2\" "
                        + "(use ==, != or in)"),
                result.errors().stream().map(DefinitionError::toString).toList());
    }

    @Test
    void aQuestionWithAnUnknownTypeGivesOneErrorNotOneForEveryUse() {
        assertOnlyError("test.yaml:10:15: question Q01 has type 'janee'; expected one of single, multiple, ranking, "
                + "likert, likert-matrix, number, text, longtext, date, yesno", withQuestions("""
                - code: Q01
                  type: janee
                  label: {nl: "Vraag", fr: "Question"}
                - code: Q02
                  type: text
                  label: {nl: "Waarom?", fr: "Pourquoi ?"}
                  relevant: "Q01 == JA"
                """));
    }

    // --- the YAML subset -----------------------------------------------------------------------

    @Test
    void anchorsAliasesTagsAndMergeKeysAreRefused() {
        ParseResult<Instrument> result = DefinitionParser.parse("test.yaml", """
                id: test
                version: 1
                languages: [nl, fr]
                title: &t {nl: "Test", fr: "Test"}
                intro: *t
                changes:
                  - <<: {version: 1}
                    note: !!map {nl: "Eerste", fr: "Première"}
                sections:
                  - id: een
                    title: {nl: "Een", fr: "Un"}
                    questions:
                      - {code: Q01, type: yesno, label: {nl: "Vraag", fr: "Question"}}
                """);
        assertEquals(List.of(
                "test.yaml:4:8: anchors (&t) are not allowed",
                "test.yaml:5:8: aliases (*t) are not allowed; write the value out",
                "test.yaml:7:5: changes: merge keys (<<) are not allowed; write the keys out",
                "test.yaml:7:5: changes: missing required key 'version'",
                "test.yaml:8:11: explicit tags (!!map) are not allowed; write text in double quotes instead"),
                result.errors().stream().map(DefinitionError::toString).toList());
    }

    @Test
    void tabsInIndentationAreRefused() {
        ParseResult<Instrument> result = DefinitionParser.parse("test.yaml", HEAD + "sections:\n\t- id: een\n");
        assertEquals("test.yaml:6:1: tab in indentation; indent with spaces (two per level)",
                result.errors().get(0).toString());
        assertFalse(result.isSuccess());
    }

    @Test
    void onlyOneDocumentPerFile() {
        ParseResult<Instrument> result = DefinitionParser.parse("test.yaml", HEAD + "---\nid: other\n");
        assertOnlyError("test.yaml:5:1: only one YAML document per file; remove the second '---'", result);
    }

    @Test
    void anEmptyFileIsAnError() {
        assertOnlyError("test.yaml:1:1: the file is empty", DefinitionParser.parse("test.yaml", "# only a comment\n"));
    }

    @Test
    void duplicateKeysAreRefused() {
        assertOnlyError("test.yaml:12:9: Q01: duplicate key 'label' (first at line 11)", withQuestions("""
                - code: Q01
                  type: yesno
                  label: {nl: "Vraag", fr: "Question"}
                  label: {nl: "Vraag", fr: "Question"}
                """));
    }

    // --- top level -----------------------------------------------------------------------------

    @Test
    void theIdMustEqualTheFileName() {
        ParseResult<Instrument> result = DefinitionParser.parse("andere.yaml", HEAD + """
                sections:
                  - id: een
                    title: {nl: "Een", fr: "Un"}
                    questions:
                      - {code: Q01, type: yesno, label: {nl: "Vraag", fr: "Question"}}
                """);
        assertOnlyError("andere.yaml:1:5: id 'test' must equal the file name without .yaml ('andere')", result);
    }

    @Test
    void languagesMustContainDutchAndEveryTextExactlyTheFileLanguages() {
        ParseResult<Instrument> noDutch = DefinitionParser.parse("test.yaml", HEAD.replace("[nl, fr]", "[fr]")
                + "sections: []\n");
        assertTrue(noDutch.errors().stream().anyMatch(e -> e.toString().equals("test.yaml:3:12: languages: nl is required")));

        assertOnlyError("test.yaml:11:46: Q01.label: language en is not in languages [nl, fr]; remove it or add it "
                + "to languages", withQuestions("""
                - code: Q01
                  type: yesno
                  label: {nl: "Vraag", fr: "Question", en: "Question"}
                """));
        assertOnlyError("test.yaml:11:34: Q01.label.fr: the text is empty", withQuestions("""
                - code: Q01
                  type: yesno
                  label: {nl: "Vraag", fr: ""}
                """));
        assertOnlyError("test.yaml:11:16: Q01.label: missing language fr", withQuestions("""
                - code: Q01
                  type: yesno
                  label: {nl: "Vraag"}
                """));
    }

    @Test
    void aTextMustBeQuotedTextNotANumber() {
        assertOnlyError("test.yaml:11:33: Q01.label.fr: expected text but found the number 2012; write texts in "
                + "double quotes", withQuestions("""
                - code: Q01
                  type: yesno
                  label: {nl: "2012", fr: 2012}
                """));
    }

    // --- questions -------------------------------------------------------------------------------

    @Test
    void optionsAndOptionSet() {
        ParseResult<Instrument> both = DefinitionParser.parse("test.yaml", HEAD + """
                optionSets:
                  lijst:
                    - {code: A, nl: "A", fr: "A"}
                sections:
                  - id: een
                    title: {nl: "Een", fr: "Un"}
                    questions:
                """ + """
                - code: Q01
                  type: single
                  label: {nl: "Vraag", fr: "Question"}
                  options:
                    - {code: A, nl: "A", fr: "A"}
                  optionSet: lijst
                """.indent(6));
        assertOnlyError("test.yaml:17:9: Q01: use either options or optionSet, not both", both);
        assertOnlyError("test.yaml:9:9: Q01: missing required key 'options' (or 'optionSet')", withQuestions("""
                - code: Q01
                  type: single
                  label: {nl: "Vraag", fr: "Question"}
                """));
        assertOnlyError("test.yaml:12:20: Q01.optionSet: option set 'lijst' is not defined (none are defined)",
                withQuestions("""
                - code: Q01
                  type: single
                  label: {nl: "Vraag", fr: "Question"}
                  optionSet: lijst
                """));
    }

    @Test
    void keysOfOtherTypesAreRefusedWithTheTypesTheyBelongTo() {
        assertOnlyError("test.yaml:14:9: Q01: key 'none' is not allowed on a single question (only on multiple)",
                withQuestions("""
                - code: Q01
                  type: single
                  label: {nl: "Vraag", fr: "Question"}
                  options:
                    - {code: A, nl: "A", fr: "A"}
                  none: {code: GEEN, nl: "Geen", fr: "Aucun"}
                """));
        assertOnlyError("test.yaml:14:9: Q01: key 'other' is not allowed on a ranking question (only on single, "
                + "multiple)", withQuestions("""
                - code: Q01
                  type: ranking
                  label: {nl: "Vraag", fr: "Question"}
                  options:
                    - {code: A, nl: "A", fr: "A"}
                  other: {code: ANDERS, nl: "Andere", fr: "Autre"}
                """));
    }

    @Test
    void limitsOnChoices() {
        assertOnlyError("test.yaml:13:21: Q01: minChoices (2) is larger than maxChoices (1)", withQuestions("""
                - code: Q01
                  type: multiple
                  label: {nl: "Vraag", fr: "Question"}
                  minChoices: 2
                  maxChoices: 1
                  options:
                    - {code: A, nl: "A", fr: "A"}
                    - {code: B, nl: "B", fr: "B"}
                """));
        assertOnlyError("test.yaml:12:20: Q01.rankCount: 3 is larger than the number of options (2)", withQuestions("""
                - code: Q01
                  type: ranking
                  label: {nl: "Vraag", fr: "Question"}
                  rankCount: 3
                  options:
                    - {code: A, nl: "A", fr: "A"}
                    - {code: B, nl: "B", fr: "B"}
                """));
    }

    @Test
    void filterOptionsByMustNameAnEarlierMultipleQuestionWithTheOptions() {
        String source = """
                - code: Q01
                  type: multiple
                  label: {nl: "Activiteiten", fr: "Activités"}
                  options:
                    - {code: A, nl: "A", fr: "A"}
                    - {code: B, nl: "B", fr: "B"}
                """;
        assertOnlyError("test.yaml:21:26: Q02.filterOptionsBy: option C is not an option of Q01", withQuestions(source
                + """
                - code: Q02
                  type: single
                  label: {nl: "Hoofdactiviteit", fr: "Activité principale"}
                  options:
                    - {code: A, nl: "A", fr: "A"}
                    - {code: C, nl: "C", fr: "C"}
                  filterOptionsBy: Q01
                """));
        assertOnlyError("test.yaml:14:26: Q01.filterOptionsBy: Q02 is not an earlier question; name an earlier "
                + "multiple question", withQuestions("""
                - code: Q01
                  type: single
                  label: {nl: "Vraag", fr: "Question"}
                  options:
                    - {code: A, nl: "A", fr: "A"}
                  filterOptionsBy: Q02
                - code: Q02
                  type: multiple
                  label: {nl: "Vraag", fr: "Question"}
                  options:
                    - {code: A, nl: "A", fr: "A"}
                """));
        assertOnlyError("test.yaml:17:26: Q02.filterOptionsBy: Q01 is a yesno question; name an earlier multiple "
                + "question", withQuestions("""
                - code: Q01
                  type: yesno
                  label: {nl: "Vraag", fr: "Question"}
                - code: Q02
                  type: multiple
                  label: {nl: "Vraag", fr: "Question"}
                  options:
                    - {code: JA, nl: "Ja", fr: "Oui"}
                  filterOptionsBy: Q01
                """));
        assertOnlyError("test.yaml:21:9: Q02: a filtered question (filterOptionsBy) cannot have none",
                withQuestions(source + """
                - code: Q02
                  type: multiple
                  label: {nl: "Vraag", fr: "Question"}
                  options:
                    - {code: A, nl: "A", fr: "A"}
                  filterOptionsBy: Q01
                  none: {code: GEEN, nl: "Geen", fr: "Aucun"}
                """));
    }

    @Test
    void datesAndScalePoints() {
        assertOnlyError("test.yaml:13:18: Q01: minDate (2026-02-01) is after maxDate (2026-01-31)", withQuestions("""
                - code: Q01
                  type: date
                  label: {nl: "Datum", fr: "Date"}
                  minDate: "2026-02-01"
                  maxDate: 2026-01-31
                """));
        assertOnlyError("test.yaml:12:18: Q01.minDate: '31/01/2026' is not a date; write \"YYYY-MM-DD\"",
                withQuestions("""
                - code: Q01
                  type: date
                  label: {nl: "Datum", fr: "Date"}
                  minDate: "31/01/2026"
                """));
        ParseResult<Instrument> descending = DefinitionParser.parse("test.yaml", HEAD + """
                scales:
                  s:
                    points:
                      - {code: 2, nl: "Twee", fr: "Deux"}
                      - {code: 1, nl: "Een", fr: "Un"}
                sections:
                  - id: een
                    title: {nl: "Een", fr: "Un"}
                    questions:
                      - {code: Q01, type: likert, label: {nl: "Stelling", fr: "Affirmation"}, scale: s}
                """);
        assertOnlyError("test.yaml:9:9: scales.s.points: codes must be ascending; 1 comes after 2", descending);
    }

    @Test
    void messageOverridesMustFitTheType() {
        assertOnlyError("test.yaml:13:11: Q01.messages: message key 'range' does not apply to a yesno question; "
                + "expected one of required", withQuestions("""
                - code: Q01
                  type: yesno
                  label: {nl: "Vraag", fr: "Question"}
                  messages:
                    range: {nl: "Fout", fr: "Erreur"}
                """));
    }

    // --- conditions ----------------------------------------------------------------------------

    static Stream<Arguments> conditionProblems() {
        return Stream.of(
                Arguments.of("Q02 > 2", "operator > is not allowed on Q02 (single) in \"Q02 > 2\" (use ==, != or in)"),
                Arguments.of("Q02 == 2", "Q02 (single) is compared with the number 2 in \"Q02 == 2\" "
                        + "(compare it with one of its option codes)"),
                Arguments.of("Q02 contains A", "contains is not allowed on Q02 (single) in \"Q02 contains A\" "
                        + "(contains is only for multiple and ranking questions; use == or in)"),
                Arguments.of("Q03 == A", "operator == is not allowed on Q03 (multiple) in \"Q03 == A\" "
                        + "(use contains or in)"),
                Arguments.of("Q04 > JA", "Q04 (number) is a number but is compared with the code JA in \"Q04 > JA\" "
                        + "(compare it with a number)"),
                Arguments.of("Q05 == WEET_NIET", "unknown code WEET_NIET for Q05 in \"Q05 == WEET_NIET\" "
                        + "(scale s: 1-2, na NVT)"),
                Arguments.of("Q05 < NVT", "operator < needs a number in \"Q05 < NVT\" (the na code of Q05 can only be "
                        + "compared with == or !=)"),
                Arguments.of("Q06.K09 >= 1", "unknown item K09 in \"Q06.K09 >= 1\" (Q06 has K01, K02)"),
                Arguments.of("Q02.A == 1", "Q02 is a single question and has no parts in \"Q02.A == 1\" (only "
                        + "likert-matrix items and ranking options can be written as Q02.A)"),
                Arguments.of("Q07 == JA", "Q07 is a text question in \"Q07 == JA\" (only answered(Q07) can be used on it)"),
                Arguments.of("Q06 >= 1", "Q06 is a likert-matrix question in \"Q06 >= 1\" (only answered(Q06) can be "
                        + "used on it)"),
                Arguments.of("Q08.C == A", "unknown option C in \"Q08.C == A\" (Q08 has A, B)"),
                Arguments.of("Q08.A == A", "the rank of A in Q08 is a number but is compared with the code A in "
                        + "\"Q08.A == A\" (compare it with a number)"),
                Arguments.of("Q99 == A", "unknown question Q99 in \"Q99 == A\""),
                Arguments.of("Q09 == JA", "Q09 is this question itself in \"Q09 == JA\" "
                        + "(a question cannot depend on its own answer)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conditionProblems")
    void conditionsAreCheckedAgainstTheQuestionsTheyName(String condition, String problem) {
        ParseResult<Instrument> result = DefinitionParser.parse("test.yaml", HEAD + """
                scales:
                  s:
                    points:
                      - {code: 1, nl: "Een", fr: "Un"}
                      - {code: 2, nl: "Twee", fr: "Deux"}
                    na: {code: NVT, nl: "Niet van toepassing", fr: "Sans objet"}
                sections:
                  - id: een
                    title: {nl: "Een", fr: "Un"}
                    questions:
                      - {code: Q02, type: single, label: {nl: "V", fr: "Q"}, options: [{code: A, nl: "A", fr: "A"}]}
                      - {code: Q03, type: multiple, label: {nl: "V", fr: "Q"}, options: [{code: A, nl: "A", fr: "A"}]}
                      - {code: Q04, type: number, label: {nl: "V", fr: "Q"}}
                      - {code: Q05, type: likert, label: {nl: "V", fr: "Q"}, scale: s}
                      - code: Q06
                        type: likert-matrix
                        label: {nl: "V", fr: "Q"}
                        scale: s
                        items: [{code: K01, nl: "1", fr: "1"}, {code: K02, nl: "2", fr: "2"}]
                      - {code: Q07, type: text, label: {nl: "V", fr: "Q"}}
                      - code: Q08
                        type: ranking
                        label: {nl: "V", fr: "Q"}
                        options: [{code: A, nl: "A", fr: "A"}, {code: B, nl: "B", fr: "B"}]
                      - code: Q09
                        type: yesno
                        label: {nl: "V", fr: "Q"}
                        relevant: "%s"
                """.formatted(condition));
        assertOnlyError("test.yaml:32:19: Q09.relevant: " + problem, result);
    }

    @Test
    void aSectionConditionMayOnlyUseEarlierSections() {
        ParseResult<Instrument> result = DefinitionParser.parse("test.yaml", HEAD + """
                sections:
                  - id: een
                    title: {nl: "Een", fr: "Un"}
                    relevant: "Q01 == JA"
                    questions:
                      - {code: Q01, type: yesno, label: {nl: "V", fr: "Q"}}
                """);
        assertOnlyError("test.yaml:8:15: section een.relevant: Q01 is in this section in \"Q01 == JA\" "
                + "(a section condition may only use questions of earlier sections)", result);
    }

    @Test
    void aConditionOnSeveralLinesIsRefused() {
        assertOnlyError("test.yaml:13:19: Q02.relevant: a condition must be written on one line", withQuestions("""
                - {code: Q01, type: yesno, label: {nl: "V", fr: "Q"}}
                - code: Q02
                  type: yesno
                  label: {nl: "V", fr: "Q"}
                  relevant: "Q01 == JA
                    and Q01 != NEE"
                """));
    }

    // --- analysis --------------------------------------------------------------------------------

    private static final String WEIGHTING_QUESTIONS = """
            sections:
              - id: een
                title: {nl: "Een", fr: "Un"}
                questions:
                  - {code: Q01, type: single, label: {nl: "V", fr: "Q"}, options: [{code: A, nl: "A", fr: "A"}, {code: B, nl: "B", fr: "B"}]}
                  - {code: Q02, type: yesno, label: {nl: "V", fr: "Q"}}
            analysis:
              referenceShares:
                - {question: Q01, kind: population, source: {nl: "R", fr: "R"}, shares: {A: 0.4, B: 0.6}}
                - {question: Q02, kind: population, source: {nl: "R", fr: "R"}, shares: {JA: 0.3, NEE: 0.7}}
            """;

    @Test
    void aWeightingBlockRakesOrPostStratifiesOnCrossedCells() {
        Instrument raked = DefinitionParser.parse("test.yaml", HEAD + WEIGHTING_QUESTIONS + """
                  weighting: {method: rake, variables: [Q01, Q02], tolerance: 0.0001, maxIterations: 20}
                """).orThrow();
        Weighting rake = raked.analysis().weighting().orElseThrow();
        assertEquals(Weighting.Method.RAKE, rake.method());
        assertEquals(List.of("Q01", "Q02"), rake.variables());
        assertEquals(new java.math.BigDecimal("0.0001"), rake.tolerance());
        assertEquals(20, rake.maxIterations());
        Instrument crossed = DefinitionParser.parse("test.yaml", HEAD + WEIGHTING_QUESTIONS + """
                  weighting:
                    method: poststratify
                    variables: [Q01, Q02]
                    cells: {A/JA: 0.1, A/NEE: 0.3, B/JA: 0.2, B/NEE: 0.4}
                """).orThrow();
        assertEquals(new java.math.BigDecimal("0.3"),
                crossed.analysis().weighting().orElseThrow().cells().get(List.of("A", "NEE")));
        assertTrue(DefinitionParser.parse("test.yaml", HEAD + WEIGHTING_QUESTIONS).orThrow().analysis().weighting()
                .isEmpty());
    }

    @Test
    void aWeightingBlockIsChecked() {
        assertOnlyError("test.yaml:15:37: analysis.weighting: post-stratification on 2 variables needs cells, the "
                + "population share of every combination of their options", DefinitionParser.parse("test.yaml", HEAD
                + WEIGHTING_QUESTIONS + "  weighting: {method: poststratify, variables: [Q01, Q02]}\n"));
        assertOnlyError("test.yaml:15:67: analysis.weighting.cells: 3 cells given, but the variables make 4 "
                + "combinations; give each one a share (0 for none)", DefinitionParser.parse("test.yaml", HEAD
                + WEIGHTING_QUESTIONS + "  weighting: {method: poststratify, variables: [Q01, Q02], cells: "
                + "{A/JA: 0.1, A/NEE: 0.3, B/JA: 0.6}}\n"));
        assertOnlyError("test.yaml:15:52: analysis.weighting.tolerance: a fraction of the total weight above 0 and at "
                + "most 0.01, found 0.5", DefinitionParser.parse("test.yaml", HEAD + WEIGHTING_QUESTIONS
                + "  weighting: {method: rake, variables: [Q01, Q02], tolerance: 0.5}\n"));
        assertOnlyError("test.yaml:15:23: analysis.weighting.method: unknown method 'spread'; expected poststratify or "
                + "rake", DefinitionParser.parse("test.yaml", HEAD + WEIGHTING_QUESTIONS
                + "  weighting: {method: spread, variables: [Q01]}\n"));
    }

    @Test
    void analysisReferencesMustFitTheirQuestions() {
        String questions = """
                sections:
                  - id: een
                    title: {nl: "Een", fr: "Un"}
                    questions:
                      - {code: Q01, type: multiple, label: {nl: "V", fr: "Q"}, options: [{code: A, nl: "A", fr: "A"}]}
                      - {code: Q02, type: yesno, label: {nl: "V", fr: "Q"}}
                """;
        assertOnlyError("test.yaml:12:15: analysis.subgroups: Q01 is a multiple question; expected single or yesno",
                DefinitionParser.parse("test.yaml", HEAD + questions + "analysis:\n  subgroups: [Q01]\n"));
        assertOnlyError("test.yaml:20:15: analysis.referenceShares.Q02.shares: the shares of a yesno question are "
                + "parts of one whole and sum to 1.2, more than 1 (±0.01)", DefinitionParser.parse("test.yaml", HEAD
                + questions + """
                analysis:
                  referenceShares:
                    - question: Q02
                      kind: benchmark
                      source: {nl: "Studie", fr: "Étude"}
                      shares: {JA: 0.7}
                    - question: Q02
                      kind: benchmark
                      source: {nl: "Studie", fr: "Étude"}
                      shares: {JA: 0.7, NEE: 0.5}
                """));
        assertOnlyError("test.yaml:16:19: analysis.referenceShares.Q01.shares.A: a share must be between 0 and 1, "
                + "found 1.5", DefinitionParser.parse("test.yaml", HEAD + questions + """
                analysis:
                  referenceShares:
                    - question: Q01
                      kind: benchmark
                      source: {nl: "Studie", fr: "Étude"}
                      shares: {A: 1.5}
                """));
        assertOnlyError("test.yaml:16:7: analysis.multipleResponseSets.MR_A.countedValues: not allowed with a "
                + "multiple question (each chosen option counts)", DefinitionParser.parse("test.yaml", HEAD + questions
                + """
                analysis:
                  multipleResponseSets:
                    - id: MR_A
                      label: {nl: "A", fr: "A"}
                      question: Q01
                      countedValues: [JA]
                """));
        assertOnlyError("test.yaml:16:22: analysis.multipleResponseSets.MR_A.countedValues: 4 is not an answer code "
                + "of Q02 (JA, NEE)", DefinitionParser.parse("test.yaml", HEAD + questions + """
                analysis:
                  multipleResponseSets:
                    - id: MR_A
                      label: {nl: "A", fr: "A"}
                      questions: [Q02]
                      countedValues: [4]
                """));
    }
}
