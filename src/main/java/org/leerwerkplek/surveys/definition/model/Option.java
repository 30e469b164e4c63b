package org.leerwerkplek.surveys.definition.model;

import java.util.Objects;

/**
 * One answer to choose: an option of a question, an item of a likert matrix, the {@code other}
 * or {@code none} option, or the {@code na} point of a scale. The code is what is stored.
 */
public record Option(String code, LocalizedText label) {

    /** The maximum length of the "other, namely" text (README 4.2). */
    public static final int OTHER_TEXT_MAX_LENGTH = 200;

    public Option {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
