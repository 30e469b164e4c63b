package org.leerwerkplek.companies.suitability;

import java.util.Objects;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/** A critical success condition of the suitability rules, with its levels. */
public record Criterion(String code, Kind kind, LocalizedText label, Levels levels) {

    /** Whether the criterion is necessary or helps. */
    public enum Kind {
        /** Core: necessary. */
        KERN,
        /** Facilitating: helps, can be supported. */
        FACILITEREND
    }

    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(levels, "levels");
    }
}
