package org.leerwerkplek.analysis.stats;

/** What a table says in plain language; the bundle key is {@code reading.<KIND>}. */
public enum ReadingKind {
    /** The groups differ and chance is an unlikely explanation (p below the significance level). */
    DIFFERENCE,
    /** The groups differ in the sample, but chance may explain it (p at or above the significance level). */
    NO_CLEAR_DIFFERENCE,
    /** The table carries no test; the reason says why. */
    NOT_REPORTABLE
}
