package org.leerwerkplek.platform.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.leerwerkplek.platform.part.Part;

/**
 * The user-interface texts, in Dutch (default), French and English: the platform's bundle
 * ({@link #BUNDLE}) and every part's ({@code messages*.properties} in the part's
 * {@link Part#resourceFolder()}), gathered into one set of texts per language. A key is in one
 * bundle only ({@code BundleRulesTest} checks it; a text in two bundles fails here).
 *
 * <p>One rule for every key: each value in the bundle is a {@link MessageFormat} pattern, so an
 * apostrophe is written {@code ''} and a literal brace {@code '{'}, and what a user sees is always
 * the pattern formatted once, with or without arguments. {@link #get} does this in Java; on pages,
 * the {@code msg} bundle ({@link PageTexts}) does it for texts without arguments and hands texts with
 * arguments to {@code h:outputFormat}, which formats them once. {@code MessagesTest} checks every
 * value of every bundle against this rule.
 */
public final class Messages {

    public static final String BUNDLE = "org.leerwerkplek.platform.i18n.messages";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.FRENCH, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<Locale, ResourceBundle> GATHERED = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The supported locale closest to {@code requested}; Dutch when none matches. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return DUTCH;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(DUTCH);
    }

    /** The supported locale for a language code such as {@code fr}; Dutch when unknown. */
    public static Locale supported(String languageTag) {
        return languageTag == null ? DUTCH : supported(Locale.forLanguageTag(languageTag));
    }

    /** The base names of every text bundle: the platform's first, then each part's. */
    public static List<String> bundleNames() {
        List<String> names = new ArrayList<>();
        names.add(BUNDLE);
        Part.all().forEach(part -> names.add(part.resourceFolder().replace('/', '.') + ".messages"));
        return names;
    }

    /**
     * Every text in {@code locale}'s supported language (Dutch values where a bundle has none),
     * from the platform's bundle and every part's.
     *
     * @throws IllegalStateException when two bundles hold the same key
     */
    public static ResourceBundle bundle(Locale locale) {
        return GATHERED.computeIfAbsent(supported(locale), Messages::gather);
    }

    private static ResourceBundle gather(Locale locale) {
        Map<String, String> texts = new HashMap<>();
        Map<String, String> bundleOf = new HashMap<>();
        for (String name : bundleNames()) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(), NO_FALLBACK);
            for (String key : bundle.keySet()) {
                String first = bundleOf.putIfAbsent(key, name);
                if (first != null) {
                    throw new IllegalStateException("The text " + key + " is in two bundles: " + first + " and " + name);
                }
                texts.put(key, bundle.getString(key));
            }
        }
        return new Gathered(texts);
    }

    /** The texts of several bundles as one. */
    private static final class Gathered extends ResourceBundle {

        private final Map<String, String> texts;

        Gathered(Map<String, String> texts) {
            this.texts = Map.copyOf(texts);
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.keySet());
        }
    }

    /**
     * The text of {@code key} as the user sees it: its pattern formatted with {@code arguments}
     * (also without any, so {@code ''} becomes {@code '}); the key itself when there is no such text.
     */
    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return format(pattern, supported(locale), arguments);
    }

    /** {@code pattern} formatted once with {@code arguments} in {@code locale}. */
    public static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** Whether {@code pattern} has arguments ({@code {0}}, {@code {1,number}}, ...) to fill in. */
    public static boolean hasArguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length > 0;
    }
}
