package org.leerwerkplek.mentorcourse.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns a module's Markdown into HTML that is safe to put in a page or a mail: raw HTML in the
 * Markdown is escaped, not passed on, and link and image addresses other than http, https,
 * mailto and data are dropped, so a module file can never inject script. Thread-safe.
 */
public final class ModuleRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** The HTML of the module's body in {@code language}; fails when it is not available in it. */
    public String render(CourseModule module, Language language) {
        return render(module.body(language));
    }

    /** The HTML of a piece of Markdown. */
    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
