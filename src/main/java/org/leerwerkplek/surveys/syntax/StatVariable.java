package org.leerwerkplek.surveys.syntax;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a statistics export as SPSS and R read it.
 *
 * @param name       the variable's name, valid in SPSS (at most 64 characters, a letter first, no spaces, no
 *                   reserved word) and in R (syntactic); unique without regard to case
 * @param csvColumn  the column's name in the CSV header
 * @param label      the variable label in the chosen language
 * @param kind       how the column is read
 * @param level      the measurement level
 * @param categories for {@link Kind#CATEGORY} and {@link Kind#CHOSEN}: the codes in the CSV, the number SPSS
 *                   gives each and their labels, in order; empty otherwise
 * @param width      for {@link Kind#TEXT}: the width in bytes SPSS reads
 * @param questionCode the question the column answers; empty for a column about the response
 */
public record StatVariable(String name, String csvColumn, String label, Kind kind, Level level,
                           List<Category> categories, int width, Optional<String> questionCode) {

    /** How a column is read. */
    public enum Kind {
        /** Codes read as text and turned into numbers with value labels (SPSS) or a factor (R). */
        CATEGORY,
        /** 0 or 1: an option of a multiple choice not chosen or chosen. */
        CHOSEN,
        /** A number as written (a dot for decimals). */
        NUMBER,
        /** A date {@code YYYY-MM-DD}. */
        DATE,
        /** A text. */
        TEXT,
        /** The weight of the response. */
        WEIGHT
    }

    /** The measurement level, as SPSS's VARIABLE LEVEL names it. */
    public enum Level { NOMINAL, ORDINAL, SCALE }

    /**
     * One code of a categorical column.
     *
     * @param code    as in the CSV
     * @param value   the number SPSS stores for it
     * @param label   its label in the chosen language
     * @param missing whether it means "no opinion" ({@code na} of a scale): a user-missing value in SPSS
     */
    public record Category(String code, int value, String label, boolean missing) {
        public Category {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
        }
    }

    public StatVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(csvColumn, "csvColumn");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        categories = List.copyOf(categories);
        Objects.requireNonNull(questionCode, "questionCode");
    }

    /** Whether it has codes with labels. */
    public boolean isCategorical() {
        return kind == Kind.CATEGORY || kind == Kind.CHOSEN;
    }
}
