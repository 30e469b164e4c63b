package org.leerwerkplek.platform.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core in the page under test: its serious and critical violations of WCAG 2.1 A/AA and
 * axe's best practices (the rule set of the audit). The script is the {@code axe.min.js}
 * that Deque ships in {@code com.deque.html.axe-core:selenium} (axe-core 4.11; the webjar stops
 * at 4.6.3), used as a plain script: only the JavaScript is taken from that jar.
 */
public final class Axe {

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                               resultTypes: ['violations']})
               .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                   .map(v => ({id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
                               nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: '
                                   + ((n.failureSummary || '').split('\\n')[1] || '').trim())}))))
               .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), count: 0, nodes: []}]));
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    public static Axe load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new Axe(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations on the page as it is now, one line each. */
    public List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source);
        }
        List<String> lines = new ArrayList<>();
        for (Object item : (List<?>) js.executeAsyncScript(RUN)) {
            Map<?, ?> v = (Map<?, ?>) item;
            lines.add("axe " + v.get("impact") + " " + v.get("id") + " (" + v.get("count") + "×): " + v.get("help")
                    + " — " + String.join(" | ", ((List<?>) v.get("nodes")).stream().map(String::valueOf).toList()));
        }
        return lines;
    }
}
