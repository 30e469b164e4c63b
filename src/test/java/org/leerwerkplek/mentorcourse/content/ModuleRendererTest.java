package org.leerwerkplek.mentorcourse.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModuleRendererTest {

    private final ModuleRenderer renderer = new ModuleRenderer();

    @Test
    void theAllowedMarkdownBecomesHtml() {
        String html = renderer.render("""
                ## Tip

                1. **Toon het eerst.** Dan doet hij het na.

                > Een quote uit de studie.
                """);

        assertEquals("""
                <h2>Tip</h2>
                <ol>
                <li><strong>Toon het eerst.</strong> Dan doet hij het na.</li>
                </ol>
                <blockquote>
                <p>Een quote uit de studie.</p>
                </blockquote>
                """, html);
    }

    @Test
    void rawHtmlIsEscapedNotPassedOn() {
        String html = renderer.render("""
                <script>alert('werf')</script>

                Tekst met <img src=x onerror="alert(1)"> en <a href="javascript:alert(2)">klik</a>.
                """);

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<a "), html);
        assertTrue(html.contains("&lt;script&gt;alert('werf')&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"), html);
    }

    @Test
    void javascriptLinksAndImagesLoseTheirAddress() {
        String html = renderer.render("""
                [klik](javascript:alert(1)) [ook](JaVaScRiPt:alert(2)) <javascript:alert(3)>

                ![beeld](javascript:alert(4)) [vbscript](vbscript:msgbox) [veilig](https://www.example.org/)
                """);

        List<String> addresses = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html).results()
                .map(match -> match.group(1)).toList();
        assertEquals(List.of("", "", "", "", "", "https://www.example.org/"), addresses, html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"\">klik</a>"), html);
    }

    @Test
    void everyShippedModuleRendersInBothLanguages() {
        Course course = new CourseLoader().load(Path.of("mentor-course")).course().orElseThrow();

        for (CourseModule module : course.modules()) {
            assertTrue(renderer.render(module, Language.NL).startsWith("<h2>Situatie op de werf</h2>"), module.id());
            assertTrue(renderer.render(module, Language.FR).startsWith("<h2>Situation sur le chantier</h2>"), module.id());
        }
    }

    @Test
    void aLanguageTheModuleLacksIsRefused() {
        String text = ModuleTexts.valid("voorbeeld", 1, "techniek");
        CourseModule dutchOnly = new ModuleParser()
                .parse("modules/01-voorbeeld.md", text.substring(0, text.indexOf("\n::: fr")))
                .module().orElseThrow();

        assertTrue(renderer.render(dutchOnly, Language.NL).contains("Kevin is ploegleider."));
        assertThrows(IllegalArgumentException.class, () -> renderer.render(dutchOnly, Language.FR));
    }
}
