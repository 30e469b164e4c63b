package org.leerwerkplek.platform.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leerwerkplek.platform.i18n.Messages;

/**
 * The product's UI texts per language, as the page walk needs them: every bundle key (a page
 * that shows one bare, or as {@code ???key???}, lost its text) and, per language, the phrases that
 * only the other languages' bundles have (a page in that language that shows one shows a text of
 * another language). Read from the bundles on the test class path (the platform's and every part's
 * {@code messages*.properties} and {@code faces*.properties}, Dutch being the base bundle).
 */
public final class BundleTexts {

    public static final List<String> LANGUAGES = List.of("nl", "fr", "en");
    private static final String FACES = "org/leerwerkplek/platform/i18n/faces";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+");
    private static final Pattern MISSING = Pattern.compile("\\?\\?\\?[^?\\s]+\\?\\?\\?");
    /** Shorter fragments are too ambiguous to say which language they are ("Ja", "Status", "E-mail"). */
    private static final int MIN_CHARS = 12;
    private static final int MIN_WORDS = 2;

    private final Set<String> keys = new LinkedHashSet<>();
    private final Map<String, List<String>> foreign = new HashMap<>();

    private BundleTexts(Map<String, Properties> bundles) {
        Map<String, Set<String>> fragments = new HashMap<>();
        Map<String, String> corpus = new HashMap<>();
        for (String language : LANGUAGES) {
            Properties bundle = bundles.get(language);
            bundle.stringPropertyNames().forEach(keys::add);
            Set<String> own = new LinkedHashSet<>();
            StringBuilder all = new StringBuilder();
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                all.append(normalise(value)).append('\n');
                for (String fragment : PLACEHOLDER.split(value)) {
                    String phrase = phrase(fragment);
                    if (phrase.length() >= MIN_CHARS && phrase.split(" ").length >= MIN_WORDS) {
                        own.add(phrase);
                    }
                }
            }
            fragments.put(language, own);
            corpus.put(language, all.toString());
        }
        for (String language : LANGUAGES) {
            Set<String> others = new LinkedHashSet<>();
            for (String other : LANGUAGES) {
                if (!other.equals(language)) {
                    fragments.get(other).stream()
                            .filter(p -> !fragments.get(language).contains(p) && !corpus.get(language).contains(p))
                            .forEach(others::add);
                }
            }
            foreign.put(language, List.copyOf(others));
        }
    }

    /** The bundles of this build, from the test class path. */
    public static BundleTexts load() {
        Map<String, Properties> bundles = new HashMap<>();
        for (String language : LANGUAGES) {
            Properties merged = new Properties();
            for (String name : bundleFiles()) {
                merged.putAll(read(name + ".properties"));
                if (!language.equals("nl")) {
                    merged.putAll(read(name + "_" + language + ".properties"));
                }
            }
            bundles.put(language, merged);
        }
        return new BundleTexts(bundles);
    }

    /** The platform's and every part's texts ({@link Messages#bundleNames()}) and JSF's own, as resource paths. */
    private static List<String> bundleFiles() {
        List<String> files = new ArrayList<>();
        Messages.bundleNames().forEach(name -> files.add(name.replace('.', '/')));
        files.add(FACES);
        return files;
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BundleTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + resource + " on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * One line of text as people read it, to compare: MessageFormat's doubled apostrophes single,
     * any run of spaces (also non-breaking) one space, lower case.
     */
    public static String normalise(String text) {
        return text.replace("''", "'").replace('\u2019', '\'').replaceAll("[\\s\\u00a0\\u202f]+", " ")
                .toLowerCase(Locale.ROOT).trim();
    }

    /** A fragment between placeholders, without the punctuation at its ends. */
    private static String phrase(String fragment) {
        return normalise(fragment).replaceAll("^[\\p{Punct}\\s«»…–—]+|[\\p{Punct}\\s«»…–—]+$", "");
    }

    /** What on a page in {@code language} betrays a lost or foreign text: one line per finding. */
    public List<String> problems(String language, String visibleText) {
        List<String> found = new ArrayList<>();
        Matcher missing = MISSING.matcher(visibleText);
        Set<String> seen = new LinkedHashSet<>();
        while (missing.find()) {
            seen.add(missing.group());
        }
        seen.forEach(m -> found.add("missing text " + m));
        Matcher key = KEY_LIKE.matcher(visibleText);
        Set<String> bare = new LinkedHashSet<>();
        while (key.find()) {
            if (keys.contains(key.group())) {
                bare.add(key.group());
            }
        }
        bare.forEach(k -> found.add("bundle key shown: " + k));
        // Each text node (one line of visibleText) on its own: two neighbouring texts joined would make
        // phrases that no one reads ("Date d'invitation" and "Date de clôture" read as "invitation date").
        List<String> lines = visibleText.lines().map(BundleTexts::normalise).toList();
        List<String> phrases = foreign.get(language).stream()
                .filter(p -> lines.stream().anyMatch(line -> line.contains(p))).toList();
        phrases.stream()
                .filter(p -> phrases.stream().noneMatch(longer -> longer.length() > p.length() && longer.contains(p)))
                .forEach(p -> found.add("text of another language: \"" + p + "\""));
        return found;
    }

    /** How many phrases the check looks for on a page in {@code language} (for the summary). */
    public int foreignPhrases(String language) {
        return foreign.get(language).size();
    }
}
