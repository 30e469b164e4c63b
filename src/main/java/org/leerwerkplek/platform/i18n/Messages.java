package org.leerwerkplek.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-interface texts, in Dutch (default), French and English. */
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

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
