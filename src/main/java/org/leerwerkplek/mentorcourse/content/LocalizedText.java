package org.leerwerkplek.mentorcourse.content;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One text of the course in the languages it was written in. A text that lacks a language is
 * allowed here; {@link CourseModule#languages()} says in which languages a module is complete.
 */
public record LocalizedText(Map<Language, String> texts) {

    public LocalizedText {
        texts.forEach((language, text) -> {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("blank " + language.code() + " text");
            }
        });
        texts = texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texts));
    }

    /** A text in Dutch and French. */
    public static LocalizedText of(String nl, String fr) {
        return new LocalizedText(Map.of(Language.NL, nl, Language.FR, fr));
    }

    /** The text in {@code language}, if it was written in it. */
    public Optional<String> find(Language language) {
        return Optional.ofNullable(texts.get(language));
    }

    /** The text in {@code language}; fails when it was not written in it. */
    public String in(Language language) {
        return find(language).orElseThrow(
                () -> new IllegalArgumentException("no " + language.code() + " text"));
    }

    /**
     * The text for a reader of {@code preferred}: in that language when it was written in it,
     * else in Dutch, else in whichever language it has; empty for a text without any.
     */
    public Optional<Shown> forReader(Language preferred) {
        for (Language language : new Language[] {preferred, Language.NL, Language.FR}) {
            if (texts.containsKey(language)) {
                return Optional.of(new Shown(texts.get(language), language));
            }
        }
        return Optional.empty();
    }

    /** A text as shown, with the language it is in (for the page's {@code lang} attribute). */
    public record Shown(String text, Language language) {

        /** The language's code, for {@code lang}. */
        public String lang() {
            return language.code();
        }
    }

    /** Whether the text exists in {@code language}. */
    public boolean has(Language language) {
        return texts.containsKey(language);
    }
}
