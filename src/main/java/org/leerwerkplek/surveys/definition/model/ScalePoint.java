package org.leerwerkplek.surveys.definition.model;

import java.util.Objects;

/** One point of a {@link Scale}; its integer value is the stored code and the analysed value. */
public record ScalePoint(int value, LocalizedText label) {

    public ScalePoint {
        Objects.requireNonNull(label, "label");
    }

    /** The value as stored in an answer: {@code "4"}. */
    public String code() {
        return Integer.toString(value);
    }
}
