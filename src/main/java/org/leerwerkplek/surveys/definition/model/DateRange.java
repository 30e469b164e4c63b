package org.leerwerkplek.surveys.definition.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The inclusive bounds of a {@code date} question ({@code minDate}, {@code maxDate}). */
public record DateRange(Optional<DateBound> min, Optional<DateBound> max) {

    /** No bounds. */
    public static final DateRange OPEN = new DateRange(Optional.empty(), Optional.empty());

    public DateRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
    }

    /** Whether {@code date} lies within the bounds, {@code today} being the day of answering. */
    public boolean contains(LocalDate date, LocalDate today) {
        return min.map(b -> !date.isBefore(b.resolve(today))).orElse(true)
                && max.map(b -> !date.isAfter(b.resolve(today))).orElse(true);
    }
}
