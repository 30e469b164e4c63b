package org.leerwerkplek.surveys.definition.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A bound of a date question: a fixed date, or {@code today} (the day the answer is given). */
public record DateBound(Optional<LocalDate> date) {

    /** The day on which the answer is given. */
    public static final DateBound TODAY = new DateBound(Optional.empty());

    public DateBound {
        Objects.requireNonNull(date, "date");
    }

    public static DateBound on(LocalDate date) {
        return new DateBound(Optional.of(date));
    }

    public boolean isToday() {
        return date.isEmpty();
    }

    /** The bound as a date, given the date of today. */
    public LocalDate resolve(LocalDate today) {
        return date.orElse(today);
    }

    @Override
    public String toString() {
        return date.map(LocalDate::toString).orElse("today");
    }
}
