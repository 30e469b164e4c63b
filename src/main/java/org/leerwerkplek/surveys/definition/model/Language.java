package org.leerwerkplek.surveys.definition.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language a survey definition can be written in. Dutch is always present. */
public enum Language {
    NL, FR, EN;

    /** The code used in the YAML files and in locales: {@code nl}, {@code fr}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a code such as {@code fr}; empty for an unknown code. */
    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code();
    }
}
