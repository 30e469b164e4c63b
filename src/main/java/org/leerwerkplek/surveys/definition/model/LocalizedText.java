package org.leerwerkplek.surveys.definition.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A text shown to a person, in each language of its definition. Dutch is always present; a
 * language without its own text falls back to Dutch.
 */
public record LocalizedText(Map<Language, String> texts) {

    public LocalizedText {
        Objects.requireNonNull(texts, "texts");
        String dutch = texts.get(Language.NL);
        if (dutch == null || dutch.isBlank()) {
            throw new IllegalArgumentException("a text needs a Dutch version: " + texts);
        }
        texts = Collections.unmodifiableMap(new EnumMap<>(texts));
    }

    /** A text in Dutch only. */
    public static LocalizedText dutch(String text) {
        return new LocalizedText(Map.of(Language.NL, text));
    }

    /** A text in Dutch and French. */
    public static LocalizedText of(String dutch, String french) {
        return new LocalizedText(Map.of(Language.NL, dutch, Language.FR, french));
    }

    /** The text in {@code language}, or the Dutch text when that language is missing. */
    public String in(Language language) {
        return texts.getOrDefault(language, texts.get(Language.NL));
    }

    public Set<Language> languages() {
        return texts.keySet();
    }
}
