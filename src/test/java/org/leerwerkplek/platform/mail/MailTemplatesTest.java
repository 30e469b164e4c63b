package org.leerwerkplek.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void everyShippedTemplateExistsInEveryLanguageWithTheSamePlaceholders() {
        for (String name : MailTemplates.shipped()) {
            Set<String> dutch = templates.template(name, MailLanguage.NL).placeholders();
            for (MailLanguage language : MailLanguage.values()) {
                MailTemplate template = templates.template(name, language);
                assertEquals(dutch, template.placeholders(), name + " " + language);
                assertFalse(template.subject().isBlank());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MailLanguage.class)
    void theCheckMailNamesTheRecipientAndLinksToTheApplication(MailLanguage language) {
        RenderedMail mail = templates.render(MailTemplates.SMTP_TEST, language,
                Map.of("name", "an@example.org", "link", "https://lwp.example.org/"));

        assertTrue(mail.text().contains("an@example.org"), mail.text());
        assertTrue(mail.text().contains("https://lwp.example.org/"), mail.text());
        assertTrue(mail.html().contains("href=\"https://lwp.example.org/\""), mail.html());
        assertTrue(mail.html().startsWith("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">"), mail.html());
        assertTrue(mail.html().contains("<title>" + MailTemplate.escapeHtml(mail.subject()) + "</title>"));
    }

    @Test
    void theLanguagesDiffer() {
        Map<String, String> values = Map.of("name", "x@example.org", "link", "https://x/");
        assertEquals("Testbericht van Leerwerkplek", templates.render("smtp-test", MailLanguage.NL, values).subject());
        assertEquals("Message de test de Leerwerkplek", templates.render("smtp-test", MailLanguage.FR, values).subject());
        assertEquals("Test message from Leerwerkplek", templates.render("smtp-test", MailLanguage.EN, values).subject());
    }

    @Test
    void valuesAreEscapedInTheHtmlPartOnlyAndCannotBreakTheSubject() {
        MailTemplate template = new MailTemplate("t", MailLanguage.EN, "Hello {name}", "Dear {name}, see {link}",
                "<p>Dear {name}, <a href=\"{link}\">open</a></p>");

        RenderedMail mail = template.render(Map.of("name", "<b>Jan & \"Piet\"</b>\r\nBcc: x@evil.example",
                "link", "https://x/?a=1&b='2'\"><script>"));

        assertEquals("Hello <b>Jan & \"Piet\"</b> Bcc: x@evil.example", mail.subject());
        assertTrue(mail.text().startsWith("Dear <b>Jan & \"Piet\"</b>\r\nBcc"), mail.text());
        assertTrue(mail.html().contains("<p>Dear &lt;b&gt;Jan &amp; &quot;Piet&quot;&lt;/b&gt;"), mail.html());
        assertTrue(mail.html().contains("href=\"https://x/?a=1&amp;b=&#39;2&#39;&quot;&gt;&lt;script&gt;\""), mail.html());
        assertFalse(mail.html().contains("<script>"));
    }

    @Test
    void aValueIsInsertedOnceAndNotReadAsAPlaceholderItself() {
        MailTemplate template = new MailTemplate("t", MailLanguage.NL, "{a}", "{a} {b}", "<p>{a} {b} {not a placeholder}</p>");

        RenderedMail mail = template.render(Map.of("a", "{b}", "b", "B", "unused", "ignored"));

        assertEquals("{b}", mail.subject());
        assertEquals("{b} B", mail.text());
        assertTrue(mail.html().contains("<p>{b} B {not a placeholder}</p>"), mail.html());
    }

    @Test
    void aMissingValueIsAProgrammingErrorThatNamesThePlaceholder() {
        Map<String, String> values = new HashMap<>();
        values.put("name", "Jan");
        values.put("link", null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> templates.render(MailTemplates.SMTP_TEST, MailLanguage.FR, values));
        assertTrue(e.getMessage().contains("smtp-test (fr)") && e.getMessage().contains("[link]"), e.getMessage());
    }

    /** Every template file of the platform and of the parts is a template a part lists, and each name is in one folder. */
    @Test
    void everyTemplateFileIsShipped() throws java.io.IOException {
        java.nio.file.Path resources = java.nio.file.Path.of("src/main/resources");
        Set<String> files = new java.util.TreeSet<>();
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(resources)) {
            all.map(p -> resources.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".txt") && (p.startsWith(MailTemplates.FOLDER) || p.matches("org/leerwerkplek/[a-z]+/mail/.*")))
                    .forEach(files::add);
        }
        Set<String> expected = new java.util.TreeSet<>();
        MailTemplates.folders().forEach((name, folder) -> {
            for (MailLanguage language : MailLanguage.values()) {
                expected.add(folder + name + "_" + language.code() + ".txt");
            }
        });
        assertEquals(expected, files);
        assertTrue(MailTemplates.shipped().size() > MailTemplates.PLATFORM.size(), "the parts' templates are found");
    }

    @Test
    void unknownOrMalformedNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> templates.template("no-such-template", MailLanguage.NL));
        assertThrows(IllegalArgumentException.class, () -> templates.template("../i18n/messages", MailLanguage.NL));
        assertThrows(IllegalArgumentException.class, () -> templates.template(null, MailLanguage.NL));
    }

    @Test
    void aTemplateIsReadOnce() {
        assertSame(templates.template("smtp-test", MailLanguage.EN), templates.template("smtp-test", MailLanguage.EN));
    }

    @Test
    void theFileFormatIsSubjectThenTextThenHtml() {
        MailTemplate template = MailTemplates.parse("x", MailLanguage.NL, "x_nl.txt",
                "# about\r\n\r\nsubject:  Dag {name} \r\n--- text\r\nRegel 1\r\n\r\nRegel 2\r\n--- html\r\n<p>{name}</p>\r\n");

        assertEquals("Dag {name}", template.subject());
        assertEquals("Regel 1\n\nRegel 2", template.text());
        assertEquals("<p>{name}</p>", template.html());
    }

    @Test
    void aBrokenFileNamesFileAndLine() {
        IllegalArgumentException noSubject = assertThrows(IllegalArgumentException.class,
                () -> MailTemplates.parse("x", MailLanguage.NL, "x_nl.txt", "# c\nonderwerp: x\n--- text\na\n--- html\nb"));
        assertTrue(noSubject.getMessage().startsWith("x_nl.txt:2:"), noSubject.getMessage());

        IllegalArgumentException noHtml = assertThrows(IllegalArgumentException.class,
                () -> MailTemplates.parse("x", MailLanguage.NL, "x_nl.txt", "subject: s\n--- text\na\n"));
        assertTrue(noHtml.getMessage().contains("--- html"), noHtml.getMessage());

        assertThrows(IllegalArgumentException.class,
                () -> MailTemplates.parse("x", MailLanguage.NL, "x_nl.txt", "subject: s\n--- text\n\n--- html\n<p>b</p>"));
    }

    @Test
    void languageCodesIncludeRegionalVariants() {
        assertEquals(MailLanguage.FR, MailLanguage.fromCode("fr-BE").orElseThrow());
        assertEquals(MailLanguage.NL, MailLanguage.fromCode(" nl ").orElseThrow());
        assertTrue(MailLanguage.fromCode("de").isEmpty());
        assertTrue(MailLanguage.fromCode(null).isEmpty());
    }
}
