package org.leerwerkplek.mentorcourse.content;

import java.util.Optional;

/** The languages the mentor course is written in; the code is the one used in the files. */
public enum Language {
    NL("nl"),
    FR("fr");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The code used in the course files: {@code nl} or {@code fr}. */
    public String code() {
        return code;
    }

    /**
     * The language a page in the interface language {@code uiLanguage} ({@code nl}, {@code fr},
     * {@code en}) shows the course's texts in: French on French pages, Dutch on the others, since
     * the course is written in Dutch and French only. The page marks such text with its
     * {@code lang}.
     */
    public static Language forPage(String uiLanguage) {
        return "fr".equals(uiLanguage) ? FR : NL;
    }

    /** The language with this code, or empty for any other text. */
    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
