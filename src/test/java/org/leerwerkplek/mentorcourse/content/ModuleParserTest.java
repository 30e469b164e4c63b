package org.leerwerkplek.mentorcourse.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModuleParserTest {

    private static final String FILE = "modules/01-voorbeeld.md";
    private static final String VALID = ModuleTexts.valid("voorbeeld", 1, "didactiek");

    private final ModuleParser parser = new ModuleParser();

    private ModuleParser.Result parse(String text) {
        return parser.parse(FILE, text);
    }

    private static List<String> lines(ModuleParser.Result result) {
        return result.problems().stream().map(ContentProblem::toString).toList();
    }

    /** Replaces the first occurrence of {@code from}; fails when it is not there. */
    private static UnaryOperator<String> replace(String from, String to) {
        return text -> {
            int at = text.indexOf(from);
            if (at < 0) {
                throw new IllegalStateException("not in the module text: " + from);
            }
            return text.substring(0, at) + to + text.substring(at + from.length());
        };
    }

    @Test
    void aValidModuleIsReadCompletely() {
        ModuleParser.Result result = parse(VALID);

        assertEquals(List.of(), lines(result));
        CourseModule module = result.module().orElseThrow();
        assertEquals("voorbeeld", module.id());
        assertEquals(1, module.order());
        assertEquals(Focus.DIDACTIEK, module.focus());
        assertEquals(15, module.minutes());
        assertEquals("Titel van voorbeeld", module.title().in(Language.NL));
        assertEquals("Titre de voorbeeld", module.title().in(Language.FR));
        assertEquals("Résumé.", module.summary().in(Language.FR));
        assertEquals(2, module.reflection().size());
        assertEquals("Que fait ton équipe ?", module.reflection().get(1).in(Language.FR));
        assertEquals(List.of("q1", "q2", "q3"), module.quiz().stream().map(QuizQuestion::id).toList());
        QuizQuestion first = module.quiz().get(0);
        assertEquals(1, first.correctOption());
        assertEquals("Montrer", first.options().get(1).text().in(Language.FR));
        assertEquals("Tonen werkt.", first.explanation().in(Language.NL));
        assertEquals("## Situatie op de werf\n\nKevin is ploegleider.\n", module.body(Language.NL));
        assertEquals("## Situation sur le chantier\n\nKevin est chef d'équipe.\n", module.body(Language.FR));
        assertEquals(Set.of(Language.NL, Language.FR), module.languages());
        assertEquals(Optional.of("voorbeeld"), result.declaredId());
        assertEquals(2, result.idLine());
        assertEquals(3, result.orderLine());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreAccepted() {
        ModuleParser.Result result = parse("\uFEFF" + VALID.replace("\n", "\r\n"));

        assertEquals(List.of(), lines(result));
        assertEquals("## Situatie op de werf\n\nKevin is ploegleider.\n", result.module().orElseThrow().body(Language.NL));
    }

    static Stream<Arguments> structuralErrors() {
        return Stream.of(
                Arguments.of("YAML syntax", replace("  nl: Titel van voorbeeld", "  nl: Titel: van voorbeeld"),
                        List.of(":7: YAML syntax error: mapping values are not allowed here")),
                Arguments.of("unknown focus", replace("focus: didactiek", "focus: didaktiek"),
                        List.of(":4: unknown focus 'didaktiek' (expected didactiek, techniek or both)")),
                Arguments.of("missing key", replace("minutes: 15\n", ""),
                        List.of(":1: missing required key 'minutes'")),
                Arguments.of("unknown key", replace("minutes: 15\n", "minutes: 15\nlevel: 2\n"),
                        List.of(":6: unknown key 'level'")),
                Arguments.of("duplicate key", replace("minutes: 15\n", "minutes: 15\nminutes: 20\n"),
                        List.of(":6: duplicate key 'minutes'")),
                Arguments.of("bad id", replace("id: voorbeeld", "id: Voorbeeld_1"),
                        List.of(":2: id 'Voorbeeld_1' must be lowercase letters and digits, joined by single hyphens")),
                Arguments.of("order zero", replace("order: 1", "order: 0"),
                        List.of(":3: order: must be a positive whole number")),
                Arguments.of("minutes not a number", replace("minutes: 15", "minutes: kwartier"),
                        List.of(":5: minutes: must be a positive whole number")),
                Arguments.of("list instead of text", replace("  nl: Titel van voorbeeld", "  nl: [Titel, van]"),
                        List.of(":7: title nl: expected a text")),
                Arguments.of("one reflection question", replace("  - nl: Wat doet je ploeg?\n    fr: Que fait ton équipe ?\n", ""),
                        List.of(":12: reflection must have 2 to 4 questions, found 1")),
                Arguments.of("five reflection questions", replace("quiz:\n",
                                "  - nl: Drie?\n    fr: Trois ?\n  - nl: Vier?\n    fr: Quatre ?\n  - nl: Vijf?\n    fr: Cinq ?\nquiz:\n"),
                        List.of(":12: reflection must have 2 to 4 questions, found 5")),
                Arguments.of("two quiz questions", (UnaryOperator<String>) text -> text.substring(0, text.indexOf("  - id: q3"))
                                + text.substring(text.indexOf("---\n\n::: nl")),
                        List.of(":17: quiz must have 3 to 4 questions, found 2")),
                Arguments.of("no correct option", replace("        correct: true\n", ""),
                        List.of(":22: quiz 1: needs exactly one option with correct: true, found 0")),
                Arguments.of("two correct options", replace("        fr: Rien\n", "        fr: Rien\n        correct: true\n"),
                        List.of(":22: quiz 1: needs exactly one option with correct: true, found 2")),
                Arguments.of("correct is not a boolean", replace("correct: true", "correct: ja"),
                        List.of(":22: quiz 1: needs exactly one option with correct: true, found 0",
                                ":27: quiz 1 option 2 correct: must be true or false")),
                Arguments.of("one option", replace("      - nl: Niets\n        fr: Rien\n", ""),
                        List.of(":22: quiz 1: needs at least 2 options, found 1")),
                Arguments.of("duplicate quiz id", replace("id: q2", "id: q1"),
                        List.of(":31: quiz 2: duplicate quiz id 'q1'")),
                Arguments.of("question without explanation",
                        replace("    explanation:\n      nl: Tonen werkt.\n      fr: Montrer, ça marche.\n", ""),
                        List.of(":18: quiz 1: missing required key 'explanation'")),
                Arguments.of("unknown key in an option", replace("        fr: Rien\n", "        fr: Rien\n        en: Nothing\n"),
                        List.of(":25: quiz 1 option 1: unknown key 'en'")),
                Arguments.of("nl block not closed", replace("Kevin is ploegleider.\n:::\n", "Kevin is ploegleider.\n"),
                        List.of(":59: ::: nl block is not closed by a ::: line before line 64")),
                Arguments.of("fr block not closed", replace("Kevin est chef d'équipe.\n:::\n", "Kevin est chef d'équipe.\n"),
                        List.of(":65: ::: fr block is not closed by a ::: line")),
                Arguments.of("text outside the blocks", replace(":::\n\n::: fr", ":::\nLosse tekst.\n::: fr"),
                        List.of(":64: text outside a ::: nl or ::: fr block")),
                Arguments.of("closing line without a block", replace(":::\n\n::: fr", ":::\n:::\n::: fr"),
                        List.of(":64: ::: closes no open block")),
                Arguments.of("unknown language block", replace("::: fr", "::: en"),
                        List.of(":65: unknown language block '::: en' (expected nl or fr)",
                                ":69: missing ::: fr block (module not available in fr)")),
                Arguments.of("second nl block", replace("::: fr", "::: nl"),
                        List.of(":65: a second ::: nl block", ":69: missing ::: fr block (module not available in fr)")),
                Arguments.of("no front matter", replace("---\n", ""),
                        List.of(":1: missing front matter: the first line must be ---")),
                Arguments.of("front matter not closed", replace("---\n\n::: nl", "\n\n::: nl"),
                        List.of(":1: front matter is not closed by a --- line")),
                Arguments.of("no language complete", replace("  nl: Titel van voorbeeld\n  fr: Titre de voorbeeld\n", "  en: Title\n"),
                        List.of(":6: title: missing nl translation (module not available in nl)",
                                ":6: title: missing fr translation (module not available in fr)",
                                ":7: title: unknown key 'en'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralErrors")
    void aStructuralErrorDropsTheModuleAndNamesFileAndLine(String name, UnaryOperator<String> breakIt,
                                                            List<String> expected) {
        ModuleParser.Result result = parse(breakIt.apply(VALID));

        assertEquals(expected.stream().map(problem -> FILE + problem).toList(), lines(result));
        assertTrue(result.module().isEmpty(), "a module with a structural error is not loaded");
    }

    @Test
    void aModuleCompleteInNoLanguageIsNotLoaded() {
        String noFrench = VALID.substring(0, VALID.indexOf("\n::: fr"));
        String text = replace("  nl: Titel van voorbeeld\n", "").apply(noFrench);
        ModuleParser.Result result = parse(text);

        assertTrue(result.module().isEmpty());
        assertEquals(List.of(FILE + ":1: the module is complete in no language and is not loaded",
                FILE + ":6: title: missing nl translation (module not available in nl)",
                FILE + ":62: missing ::: fr block (module not available in fr)"), lines(result));
    }

    static Stream<Arguments> missingTranslations() {
        return Stream.of(
                Arguments.of("no fr title", replace("  fr: Titre de voorbeeld\n", ""), Language.NL,
                        ":6: title: missing fr translation (module not available in fr)"),
                Arguments.of("empty fr title", replace("  fr: Titre de voorbeeld", "  fr: \"\""), Language.NL,
                        ":8: title: missing fr translation (module not available in fr)"),
                Arguments.of("no fr reflection", replace("    fr: Que fait ton équipe ?\n", ""), Language.NL,
                        ":15: reflection 2: missing fr translation (module not available in fr)"),
                Arguments.of("no nl option", replace("      - nl: Niets\n        fr: Rien\n", "      - fr: Rien\n"), Language.FR,
                        ":23: quiz 1 option 1: missing nl translation (module not available in nl)"),
                Arguments.of("no fr block", (UnaryOperator<String>) text -> text.substring(0, text.indexOf("\n::: fr")),
                        Language.NL, ":63: missing ::: fr block (module not available in fr)"),
                Arguments.of("empty nl block", replace("## Situatie op de werf\n\nKevin is ploegleider.\n", "\n"), Language.FR,
                        ":59: empty ::: nl block (module not available in nl)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingTranslations")
    void aMissingTranslationKeepsTheModuleInTheOtherLanguage(String name, UnaryOperator<String> breakIt,
                                                              Language kept, String expected) {
        ModuleParser.Result result = parse(breakIt.apply(VALID));

        assertEquals(List.of(FILE + expected), lines(result));
        CourseModule module = result.module().orElseThrow();
        assertEquals(Set.of(kept), module.languages());
        assertTrue(module.isAvailableIn(kept));
        Language missing = kept == Language.NL ? Language.FR : Language.NL;
        assertFalse(module.isAvailableIn(missing));
        assertFalse(module.body(kept).isBlank());
    }

    @Test
    void theIdAndOrderOfADroppedModuleAreStillKnown() {
        ModuleParser.Result result = parse(replace("focus: didactiek", "focus: alles").apply(VALID));

        assertTrue(result.module().isEmpty());
        assertEquals(Optional.of("voorbeeld"), result.declaredId());
        assertEquals(1, result.declaredOrder().getAsInt());
    }
}
