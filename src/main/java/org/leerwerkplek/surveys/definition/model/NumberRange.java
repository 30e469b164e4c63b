package org.leerwerkplek.surveys.definition.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The bounds of a {@code number} question: inclusive {@code min} and {@code max}, whether only
 * whole numbers are accepted, and the unit shown after the field.
 */
public record NumberRange(Optional<BigDecimal> min, Optional<BigDecimal> max, boolean integer,
                          Optional<LocalizedText> unit) {

    /** No bounds, whole numbers, no unit: the default of a number question. */
    public static final NumberRange DEFAULT = new NumberRange(Optional.empty(), Optional.empty(), true,
            Optional.empty());

    public NumberRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unit, "unit");
    }

    /** Whether {@code value} lies within the bounds. */
    public boolean contains(BigDecimal value) {
        return min.map(m -> value.compareTo(m) >= 0).orElse(true)
                && max.map(m -> value.compareTo(m) <= 0).orElse(true);
    }
}
