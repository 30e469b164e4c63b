package org.leerwerkplek.placements;

import java.util.List;
import java.util.Optional;

/**
 * The seven phases of praktijkleren (seed 002, "Processtappen praktijkleren"), in their order, each
 * with the seed's sub-steps as its checklist. The names are the ones the company register used for
 * its single phase (V27 carries those values over unchanged).
 */
public enum Phase {
    WERVING_WERKGEVER("erkend", "nietErkend"),
    WERVING_KANDIDATEN("voorselectie", "intake"),
    BEMIDDELING("verwijzen", "voorbereiding", "aanvullend"),
    PLAATSING_EN_INSCHRIJVING("voorzieningen", "inkomen", "aanmelding", "inschrijving", "inkoop"),
    PRAKTIJKLEREN("begeleiding", "oordeel", "praktijkverklaring"),
    PLAATSING_BAAN("werkplek", "arbeidsovereenkomst"),
    NAZORG("doorontwikkeling");

    private final List<String> steps;

    Phase(String... steps) {
        this.steps = List.of(steps);
    }

    /** The phase after this one; empty for the last. */
    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The phase before this one; empty for the first. */
    public Optional<Phase> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    /** The sub-steps' codes, as {@code <PHASE>.<step>} (the checklist stores these). */
    public List<String> steps() {
        return steps.stream().map(s -> name() + "." + s).toList();
    }

    public String messageKey() {
        return "placement.phase." + name();
    }

    /** The label key of a sub-step code of {@link #steps()}. */
    public static String stepKey(String step) {
        return "placement.step." + step;
    }

    /** The phase a sub-step code belongs to, when it is one. */
    public static Optional<Phase> ofStep(String step) {
        for (Phase phase : values()) {
            if (phase.steps().contains(step)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
