package org.leerwerkplek.surveys.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.condition.ConditionParser;
import org.leerwerkplek.surveys.xlsform.XPathConditions.Kind;
import org.leerwerkplek.surveys.xlsform.XPathConditions.Known;

/** XLSForm relevant expressions into the engine's condition language, and the ones it refuses. */
class XPathConditionsTest {

    private static final Map<String, Known> QUESTIONS = Map.of(
            "consent", new Known("CONSENT", Kind.SINGLE, Map.of("yes", "YES", "no", "NO", "1", "C1")),
            "langs", new Known("LANGS", Kind.MULTIPLE, Map.of("nl", "NL", "fr", "FR")),
            "age", new Known("AGE", Kind.NUMBER, Map.of()),
            "name", new Known("NAME", Kind.TEXT, Map.of()),
            "born", new Known("BORN", Kind.DATE, Map.of()));

    private final XPathConditions xpath = new XPathConditions(n -> Optional.ofNullable(QUESTIONS.get(n)));

    @Test
    void whatTheEngineCanSayIsTranslatedAndParses() {
        assertTranslated("${consent} = 'yes'", "CONSENT == YES");
        assertTranslated("${consent}='yes'", "CONSENT == YES");
        assertTranslated("${consent} != 'yes'", "not CONSENT == YES");
        assertTranslated("${consent} = 1", "CONSENT == C1");
        assertTranslated("'yes' = ${consent}", "CONSENT == YES");
        assertTranslated("selected(${langs}, 'fr')", "LANGS contains FR");
        assertTranslated("selected(${consent}, 'no')", "CONSENT == NO");
        assertTranslated("not(selected(${langs}, 'nl'))", "not (LANGS contains NL)");
        assertTranslated("${age} >= 18 and ${age} < 65", "AGE >= 18 and AGE < 65");
        assertTranslated("18 <= ${age}", "AGE >= 18");
        assertTranslated("${age} = 3.5", "AGE == 3.5");
        assertTranslated("${age} > -1", "AGE > -1");
        assertTranslated("${name} != ''", "answered(NAME)");
        assertTranslated("${born} = ''", "not answered(BORN)");
        assertTranslated("string-length(${name}) > 0", "answered(NAME)");
        assertTranslated("count-selected(${langs}) >= 1", "answered(LANGS)");
        assertTranslated("count-selected(${langs}) = 0", "not answered(LANGS)");
        assertTranslated("(${consent} = 'yes' or ${age} > 5) and selected(${langs}, 'nl')",
                "(CONSENT == YES or AGE > 5) and LANGS contains NL");
        assertTranslated("${consent} = 'yes' or ${age} > 5 and ${name} != ''",
                "CONSENT == YES or (AGE > 5 and answered(NAME))");
    }

    @Test
    void whatItCannotSayIsRefusedWithAReason() {
        assertRefused("${name} = 'Jan'", "xlsform.xpath.compareText");
        assertRefused("${born} > today()", "xlsform.xpath.compareText");
        assertRefused("${langs} = 'nl'", "xlsform.xpath.compareMultiple");
        assertRefused("${consent} > 'yes'", "xlsform.xpath.orderOnChoice");
        assertRefused("${consent} = 'maybe'", "xlsform.xpath.unknownOption");
        assertRefused("${later} = 'x'", "xlsform.xpath.unknownQuestion");
        assertRefused("${age} + 1 > 20", "xlsform.xpath.expression");
        assertRefused("regex(${name}, '[a-z]+')", "xlsform.xpath.function");
        assertRefused("selected(/data/branch, 'n')", "xlsform.xpath.expression");
        assertRefused("selected(., 'c')", "xlsform.xpath.expression");
        assertRefused("true()", "xlsform.xpath.constant");
        assertRefused("count-selected(${langs}) > 2", "xlsform.xpath.count");
        assertRefused("${age} > 'old'", "xlsform.xpath.notNumber");
        assertRefused("${consent} = 'yes' and (", "xlsform.xpath.syntax");
        assertRefused("${consent = 'yes'", "xlsform.xpath.syntax");
    }

    private void assertTranslated(String in, String expected) {
        XPathConditions.Result r = xpath.translate(in);
        assertEquals(Optional.of(expected), r.condition(), in + " -> " + r.reasonKey() + r.reasonArgs());
        ConditionParser.parse(expected);
    }

    private void assertRefused(String in, String key) {
        XPathConditions.Result r = xpath.translate(in);
        assertEquals(Optional.empty(), r.condition(), in);
        assertEquals(key, r.reasonKey(), in + " " + r.reasonArgs());
    }
}
