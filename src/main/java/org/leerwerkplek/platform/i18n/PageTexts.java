package org.leerwerkplek.platform.i18n;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The {@code msg} bundle of the pages (faces-config.xml): the texts of {@link Messages#bundle} (the
 * platform's and every part's) as the user sees them. A text without arguments is its pattern formatted once, so {@code ''} shows
 * as {@code '}; a text with arguments stays a pattern, for {@code <h:outputFormat>} to fill in and
 * format once. Pages never fill a pattern with {@code .replace('{0}', ...)}: that would skip the
 * formatting ({@code MessagesTest} checks the pages for it).
 *
 * <p>This class is the Dutch (base) bundle; {@link PageTexts_fr}, {@link PageTexts_en} and
 * {@link PageTexts_nl} are the others, found by {@link ResourceBundle#getBundle(String, Locale)}
 * as JSF asks for them.
 */
public class PageTexts extends ResourceBundle {

    private final Map<String, String> texts;

    public PageTexts() {
        this(Messages.DUTCH);
    }

    protected PageTexts(Locale locale) {
        ResourceBundle patterns = Messages.bundle(locale);
        Map<String, String> shown = new HashMap<>();
        for (String key : patterns.keySet()) {
            String pattern = patterns.getString(key);
            shown.put(key, Messages.hasArguments(pattern) ? pattern : Messages.format(pattern, locale));
        }
        this.texts = Map.copyOf(shown);
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
