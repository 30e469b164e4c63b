package org.leerwerkplek.platform.i18n;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every value of every text bundle of the product, in every language, as the user sees it: no
 * doubled or stray apostrophes, no stray braces, French punctuation with its non-breaking space,
 * every key in every language and no untranslated copy of the Dutch text.
 */
class BundleRulesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    /** How the texts of a bundle reach the user. */
    enum Rendering {
        /** Formatted by {@link MessageFormat} (also without arguments): {@code ''} for an apostrophe. */
        MESSAGE_FORMAT,
        /** Placeholders such as {@code {min}} filled in by name; the rest is shown as written. */
        NAMED_PLACEHOLDERS
    }

    /**
     * Every bundle, with how it is shown: the texts of the platform and of every part
     * ({@link Messages#bundleNames()}), and the bundles read otherwise. A new bundle of another
     * kind must be added here (see {@link #everyBundleIsListed}).
     */
    private static final Map<String, Rendering> BUNDLES = bundles();

    private static Map<String, Rendering> bundles() {
        Map<String, Rendering> bundles = new LinkedHashMap<>();
        Messages.bundleNames().forEach(name -> bundles.put(name.replace('.', '/'), Rendering.MESSAGE_FORMAT)); // Messages.get and the pages' msg
        bundles.put("org/leerwerkplek/platform/i18n/faces", Rendering.MESSAGE_FORMAT);     // JSF's own validation messages
        bundles.put("org/leerwerkplek/analysis/stats/readings", Rendering.MESSAGE_FORMAT); // Readings.format
        bundles.put("org/leerwerkplek/surveys/definition/validation", Rendering.NAMED_PLACEHOLDERS); // AnswerValidator.fill
        return bundles;
    }

    private static final List<String> LANGUAGES = List.of("nl", "fr", "en");

    /**
     * Texts that are rightly the same as the Dutch one in another language: names, codes and
     * words both languages use. Key, then the languages in which it equals the Dutch text.
     */
    private static final Map<String, String> SAME_AS_DUTCH = Map.ofEntries(
            entry("app.name", "fr en"),                 // the product's name
            entry("lang.nl", "fr en"), entry("lang.fr", "fr en"), entry("lang.en", "fr en"), // each language in itself
            entry("menu.analysis", "fr"), entry("analysis.title", "fr"), // Analyse
            entry("menu.toggle", "fr en"),              // Menu
            entry("role.MENTOR", "en"), entry("audit.actor.MENTOR", "en"),
            entry("analysis.labelled", "en"),           // {0}: {1}, only French puts a space before the colon
            entry("analysis.n", "fr en"),               // n = {0}: the statistician's sign, numbers in the locale
            entry("admin.users.list", "en"),            // Accounts
            entry("admin.users.email", "fr en"), entry("company.field.email", "fr en"), // E-mail
            entry("admin.users.status", "en"), entry("mail.filter", "en"), entry("mail.statusLabel", "en"),
            entry("course.company.status", "en"),       // Status
            entry("surveys.id", "fr en"),               // Code
            entry("surveys.data.csvCodes", "fr en"), entry("surveys.data.csvLabels", "en"),
            entry("admin.course.modules", "fr en"),     // Modules ({0})
            entry("admin.course.focus", "en"),          // Focus
            entry("company.suitability.level", "fr"),   // Niveau
            entry("company.action.status.OPEN", "en"),
            entry("company.province.LIMBURG", "en"),
            entry("mail.nav", "en"), entry("mail.title", "en"), // Mail
            entry("mail.transport.SMTP", "fr en"),
            entry("course.module", "fr en"), entry("course.quiz", "fr en"),
            entry("course.me.calendar", "fr"),          // Agenda
            entry("fieldwork.dimension.SUBSECTOR", "en"),
            entry("fieldwork.pending.next", "en"),      // {0}: {1}
            entry("p.equals", "fr en"), entry("p.below", "fr en")); // p = {0}, p < {0}

    private static final Pattern SIMPLE_ARGUMENT = Pattern.compile("\\{\\d+}");
    private static final Pattern NAMED_ARGUMENT = Pattern.compile("\\{[A-Za-z]+}");
    private static final Pattern FORMAT_ELEMENT = Pattern.compile("\\{[^{}]*}");
    private static final String NO_BREAK = "\u00A0\u202F";

    @Test
    void everyBundleIsListed() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("org"))) {
            files.map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".properties"))
                    .map(p -> p.substring(0, p.length() - ".properties".length()).replaceFirst("_(nl|fr|en)$", ""))
                    .forEach(found::add);
        }
        assertEquals(new TreeSet<>(BUNDLES.keySet()), found, "every bundle says how it is shown (BUNDLES)");
    }

    /**
     * The texts of the platform and of the parts are gathered into one set per language, so a key
     * may be in one of their bundles only (else one bundle's text would hide the other's).
     */
    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Map<String, String> bundleOf = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : Messages.bundleNames()) {
            String bundle = name.replace('.', '/');
            for (String language : LANGUAGES) {
                for (String key : values(bundle, language).keySet()) {
                    String first = bundleOf.putIfAbsent(key, bundle);
                    if (first != null && !first.equals(bundle)) {
                        problems.add(key + " is in " + first + " and in " + bundle + ("nl".equals(language) ? "" : "_" + language));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        for (Locale locale : Messages.SUPPORTED) {
            assertEquals(bundleOf.keySet(), Messages.bundle(locale).keySet(), "every text is gathered in " + locale);
        }
    }

    @Test
    void everyPartHasItsOwnTexts() {
        List<String> names = Messages.bundleNames();
        assertEquals("org.leerwerkplek.platform.i18n.messages", names.get(0));
        assertTrue(names.size() > 1 && names.stream().distinct().count() == names.size(), names.toString());
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES.keySet()) {
            Set<String> dutch = values(bundle, "nl").keySet();
            for (String language : List.of("fr", "en")) {
                Set<String> other = values(bundle, language).keySet();
                dutch.stream().filter(k -> !other.contains(k)).forEach(k -> problems.add(bundle + "_" + language + ": no " + k));
                other.stream().filter(k -> !dutch.contains(k)).forEach(k -> problems.add(bundle + ": no " + k + " in Dutch"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void whatTheUserSeesHasNoDoubledOrStrayApostrophesOrBraces() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Rendering> bundle : BUNDLES.entrySet()) {
            for (String language : LANGUAGES) {
                values(bundle.getKey(), language).forEach((key, value) -> problems.addAll(
                        check(bundle.getValue(), value, Locale.forLanguageTag(language))
                                .stream().map(p -> bundle.getKey() + "_" + language + " " + key + ": " + p).toList()));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " texts break the rule:\n" + String.join("\n", problems));
    }

    /** What is wrong with {@code value} as shown to the user; empty when nothing. */
    static List<String> check(Rendering rendering, String value, Locale locale) {
        List<String> problems = new ArrayList<>();
        String shown;
        if (rendering == Rendering.MESSAGE_FORMAT) {
            String unquoted = value.replace("''", "").replace("'{'", "").replace("'}'", "");
            if (unquoted.contains("'")) {
                problems.add("an apostrophe must be written '' (the text is a MessageFormat pattern): " + value);
            }
            try {
                shown = new MessageFormat(value, locale).format(new Object[0]);
            } catch (IllegalArgumentException e) {
                problems.add("not a MessageFormat pattern (" + e.getMessage() + "): " + value);
                return problems;
            }
            shown = SIMPLE_ARGUMENT.matcher(shown).replaceAll("X");
        } else {
            shown = NAMED_ARGUMENT.matcher(value).replaceAll("X");
        }
        if (shown.contains("''")) {
            problems.add("shows a doubled apostrophe: " + value);
        }
        if (shown.contains("{") || shown.contains("}")) {
            problems.add("shows a brace: " + value);
        }
        return problems;
    }

    /**
     * The bundles whose French follows French typography: the texts of the platform and of every
     * part, and JSF's messages; the analysis readings and the questionnaires' validation messages
     * are not checked here yet.
     */
    private static final List<String> FRENCH_TYPOGRAPHY = frenchTypographyBundles();

    private static List<String> frenchTypographyBundles() {
        List<String> bundles = new ArrayList<>();
        Messages.bundleNames().forEach(name -> bundles.add(name.replace('.', '/')));
        bundles.add("org/leerwerkplek/platform/i18n/faces");
        return bundles;
    }

    @Test
    void frenchPunctuationHasANonBreakingSpace() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : FRENCH_TYPOGRAPHY) {
            values(bundle, "fr").forEach((key, value) -> frenchTypography(value)
                    .ifPresent(p -> problems.add(bundle + "_fr " + key + ": " + p)));
        }
        assertTrue(problems.isEmpty(), problems.size() + " French texts need a non-breaking space (U+00A0):\n"
                + String.join("\n", problems));
    }

    /**
     * The first place where {@code text} lacks the non-breaking space that French puts before
     * {@code : ; ? ! %} and inside {@code « »}; placeholders, addresses ({@code https://}) and
     * times ({@code 10:30}) aside.
     */
    static Optional<String> frenchTypography(String text) {
        String plain = FORMAT_ELEMENT.matcher(text).replaceAll("X");
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            char before = i == 0 ? '\0' : plain.charAt(i - 1);
            char after = i + 1 < plain.length() ? plain.charAt(i + 1) : '\0';
            boolean needsSpaceBefore = ":;?!%»".indexOf(c) >= 0 && i > 0;
            if (c == ':' && (plain.startsWith("//", i + 1) || Character.isDigit(before) && Character.isDigit(after))) {
                needsSpaceBefore = false;
            }
            if (needsSpaceBefore && NO_BREAK.indexOf(before) < 0) {
                return Optional.of("before '" + c + "' at " + i + ": " + text);
            }
            if (c == '«' && after != '\0' && NO_BREAK.indexOf(after) < 0) {
                return Optional.of("after '«' at " + i + ": " + text);
            }
        }
        return Optional.empty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        Locale fr = Locale.FRENCH;
        assertEquals(1, check(Rendering.MESSAGE_FORMAT, "Date d'invitation", fr).size());
        assertEquals(List.of(), check(Rendering.MESSAGE_FORMAT, "Date d''invitation de {0}", fr));
        assertEquals(1, check(Rendering.MESSAGE_FORMAT, "un {0 accolade", fr).size());
        assertEquals(1, check(Rendering.NAMED_PLACEHOLDERS, "Date d''invitation", fr).size());
        assertEquals(List.of(), check(Rendering.NAMED_PLACEHOLDERS, "Une valeur d'au moins {min}", fr));
        assertTrue(frenchTypography("Dossier : {0}").isPresent());
        assertTrue(frenchTypography("Merci !").isPresent());
        assertTrue(frenchTypography("« Autre\u00A0»").isPresent());
        assertTrue(frenchTypography("Dossier\u00A0: {0} ; lien https://x.be à 10:30, 95\u00A0%, «\u00A0{0}\u00A0»").isPresent());
        assertEquals(Optional.empty(),
                frenchTypography("Dossier\u00A0: {0}\u00A0; lien https://x.be à 10:30, 95\u00A0%, «\u00A0{0}\u00A0»"));
        assertEquals(Optional.empty(), frenchTypography("% des répondants, {0,number,percent}"));
    }

    @Test
    void frenchAndEnglishTextsAreTranslated() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES.keySet()) {
            Map<String, String> dutch = values(bundle, "nl");
            for (String language : List.of("fr", "en")) {
                values(bundle, language).forEach((key, value) -> {
                    boolean allowed = List.of(SAME_AS_DUTCH.getOrDefault(key, "").split(" ")).contains(language);
                    if (value.equals(dutch.get(key)) && !allowed) {
                        problems.add(bundle + "_" + language + " " + key + " is the Dutch text: " + value);
                    }
                });
            }
        }
        assertTrue(problems.isEmpty(), "translate these, or list them in SAME_AS_DUTCH with the reason:\n"
                + String.join("\n", problems));
    }

    /** The values of {@code bundle} in {@code language}, Dutch being the base file. */
    static Map<String, String> values(String bundle, String language) throws IOException {
        Path file = RESOURCES.resolve(bundle + ("nl".equals(language) ? "" : "_" + language) + ".properties");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> values = new LinkedHashMap<>();
        new TreeSet<>(properties.stringPropertyNames()).forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }
}
