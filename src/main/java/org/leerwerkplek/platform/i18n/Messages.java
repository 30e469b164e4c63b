package org.leerwerkplek.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-interface texts, in Dutch (default), French and English.
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

    /** The bundle of {@code locale}'s supported language, Dutch values where it has none. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
