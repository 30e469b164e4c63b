package org.leerwerkplek.companies.suitability;

import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/** A level of a criterion or of the overall verdict; every level but the default has a {@code when}. */
public record Level(String code, LocalizedText label, Optional<Condition> when) {

    public Level {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(when, "when");
    }
}
