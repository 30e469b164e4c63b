package org.leerwerkplek.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pages' {@code msg} bundle shows every text as {@link Messages#get} does, and the pages use it so. */
class PageTextsTest {

    private static final String BASE_NAME = "org.leerwerkplek.platform.i18n.PageTexts";
    private static final Pattern MSG_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)']");

    /** The {@code msg} bundle as JSF looks it up (faces-config.xml names this base name). */
    private static ResourceBundle msg(Locale locale) {
        return ResourceBundle.getBundle(BASE_NAME, locale);
    }

    @Test
    void facesConfigUsesThisBundleAsMsg() throws IOException {
        String config = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
        assertTrue(config.contains("<base-name>" + BASE_NAME + "</base-name>"), config);
        assertTrue(config.contains("<var>msg</var>"), config);
    }

    @Test
    void anApostropheShowsOnceOnThePage() {
        assertEquals("Nom d'utilisateur", msg(Locale.FRENCH).getString("login.username"));
        assertEquals("Pagina's", msg(Messages.DUTCH).getString("surveys.sections"));
        assertEquals("Aanmelden", msg(Messages.DUTCH).getString("login.title"));
        assertInstanceOf(PageTexts_nl.class, msg(Messages.DUTCH), "Dutch does not fall back to the JVM's locale");
    }

    @Test
    void aTextWithArgumentsStaysAPatternThatOutputFormatFillsOnce() {
        String pattern = msg(Locale.FRENCH).getString("surveys.data.refused");

        assertTrue(pattern.contains("n''a") && pattern.contains("{0}"), pattern);
        assertEquals("Rien n'a été importé\u00A0: le fichier contient 3 erreurs.",
                new MessageFormat(pattern, Locale.FRENCH).format(new Object[] {3}));
        assertEquals(Messages.get(Locale.FRENCH, "surveys.data.refused", 3),
                new MessageFormat(pattern, Locale.FRENCH).format(new Object[] {3}));
    }

    /** An argument of the right type for each of the pattern's placeholders: a number where it formats numbers. */
    private static Object[] arguments(String pattern, Locale locale) {
        Object[] arguments = {"A", "B", "C", "D", "E", "F"};
        java.text.Format[] formats = new MessageFormat(pattern, locale).getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length && i < arguments.length; i++) {
            if (formats[i] instanceof java.text.NumberFormat || formats[i] instanceof java.text.ChoiceFormat) {
                arguments[i] = 3;
            } else if (formats[i] instanceof java.text.DateFormat) {
                arguments[i] = new java.util.Date(0);
            }
        }
        return arguments;
    }

    @Test
    void everyTextShowsAsMessagesGetShowsIt() {
        List<String> problems = new ArrayList<>();
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle shown = msg(locale);
            ResourceBundle patterns = Messages.bundle(locale);
            for (String key : patterns.keySet()) {
                String text = shown.getString(key);
                String pattern = patterns.getString(key);
                Object[] arguments = arguments(pattern, locale);
                String expected = Messages.hasArguments(pattern)
                        ? Messages.get(locale, key, arguments) : Messages.get(locale, key);
                String actual = Messages.hasArguments(pattern)
                        ? new MessageFormat(text, locale).format(arguments) : text;
                if (!expected.equals(actual) || actual.contains("''")) {
                    problems.add(locale + " " + key + ": " + actual);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A text with arguments is filled by {@code h:outputFormat}; one without is shown as it is. A
     * {@code .replace('{0}', ...)} skips the formatting, so it is only tolerated on a text without
     * an apostrophe in any language (it would show {@code ''}).
     */
    @Test
    void pagesFillTextsWithArgumentsOnlyThroughOutputFormat() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        for (Path page : pages) {
            String source = Files.readString(page);
            Matcher use = MSG_KEY.matcher(source);
            while (use.find()) {
                String key = use.group(1);
                String pattern = Messages.bundle(Messages.DUTCH).containsKey(key)
                        ? Messages.bundle(Messages.DUTCH).getString(key) : null;
                if (pattern == null) {
                    problems.add(page + ": no text " + key);
                    continue;
                }
                boolean replaced = source.startsWith(".replace(", use.end());
                boolean formatted = source.startsWith("<h:outputFormat", source.lastIndexOf('<', use.start()));
                boolean quoted = Messages.SUPPORTED.stream().anyMatch(l -> Messages.bundle(l).getString(key).contains("'"));
                if (replaced && quoted) {
                    problems.add(page + ": " + key + " has an apostrophe; fill it with h:outputFormat, not .replace");
                } else if (Messages.hasArguments(pattern) && !replaced && !formatted) {
                    problems.add(page + ": " + key + " has arguments; show it with h:outputFormat");
                } else if (!Messages.hasArguments(pattern) && (replaced || formatted)) {
                    problems.add(page + ": " + key + " has no arguments to fill");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void hasArgumentsSeesEveryKindOfArgument() {
        assertTrue(Messages.hasArguments("{0} mails"));
        assertTrue(Messages.hasArguments("{1,number,integer} of {0}"));
        assertFalse(Messages.hasArguments("L''entreprise"));
        assertFalse(Messages.hasArguments("a '{'literal'}' brace"));
    }
}
