package org.leerwerkplek.surveys.definition.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One entry of an instrument's change log, for staff; the engine does not use it. */
public record Change(int version, Optional<LocalDate> date, LocalizedText note) {

    public Change {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(note, "note");
    }
}
