package org.leerwerkplek.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outbox's values column: encoded as URLEncoder encodes in UTF-8, and decoded back. */
class TemplateValuesTest {

    private static final List<String> TEXTS = List.of("", "plain", "Hoe plan je leertaken? Leren & doen = 100% (één module)",
            "https://lwp.example/course/module.xhtml?t=17.20428.abc_DEF-ghi&m=leertaken-plannen",
            "a*b.c-d_e~f!g'h(i)j", "ligne 1\r\nligne 2\ttab", "émoji 😀 and a lone surrogate \uD800 here", "€ 5 + ½", "%+%20");

    @Test
    void encodesAsUrlEncoderInUtf8() {
        for (String text : TEXTS) {
            StringBuilder out = new StringBuilder();
            TemplateValues.encode(text, out);
            assertEquals(URLEncoder.encode(text, StandardCharsets.UTF_8), out.toString(), text);
        }
    }

    @Test
    void valuesComeBackAsTheyWere() {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            values.put("v" + i + (i % 2 == 0 ? "" : "&=x"), TEXTS.get(i));
        }
        values.put("nothing", null);

        Map<String, String> expected = new LinkedHashMap<>(values);
        expected.remove("nothing");
        expected.replace("v6", "émoji 😀 and a lone surrogate ? here");  // as URLEncoder: a lone surrogate becomes '?'
        assertEquals(expected, TemplateValues.decode(TemplateValues.encode(values)));
    }
}
