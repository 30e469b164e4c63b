package org.leerwerkplek.platform.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages a mail can be written in; every template exists in all of them. */
public enum MailLanguage {
    NL, FR, EN;

    /** The lower-case code used in file names, in the outbox and in {@code Content-Language}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language for a code such as {@code fr} or {@code fr-BE}; empty when it is not one of ours. */
    public static Optional<MailLanguage> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.trim()).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code().equals(language)).findFirst();
    }
}
