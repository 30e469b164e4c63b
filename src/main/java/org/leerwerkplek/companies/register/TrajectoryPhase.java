package org.leerwerkplek.companies.register;

import java.util.Optional;

/** Where the trajectory with a company stands; the advisor moves it forward one phase at a time. */
public enum TrajectoryPhase {
    WERVING_WERKGEVER,
    WERVING_KANDIDATEN,
    BEMIDDELING,
    PLAATSING_EN_INSCHRIJVING,
    PRAKTIJKLEREN,
    PLAATSING_BAAN,
    NAZORG;

    /** The phase after this one; empty for the last. */
    public Optional<TrajectoryPhase> next() {
        int index = ordinal() + 1;
        return index < values().length ? Optional.of(values()[index]) : Optional.empty();
    }

    public String messageKey() {
        return "company.phase." + name();
    }
}
