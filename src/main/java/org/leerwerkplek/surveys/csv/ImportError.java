package org.leerwerkplek.surveys.csv;

import java.util.Objects;

/**
 * One thing wrong in an imported CSV file, with where it is.
 *
 * @param line the physical line (1-based) on which the record starts; the header is line 1
 * @param column the column (1-based field number in the record); 0 when the error is about the
 *               record or file as a whole, such as a missing column
 * @param columnName the header name of that column; empty when there is none
 * @param message what is wrong, in English, naming the codes involved
 */
public record ImportError(int line, int column, String columnName, String message) {

    public ImportError {
        Objects.requireNonNull(columnName, "columnName");
        Objects.requireNonNull(message, "message");
    }

    /** {@code line 7, column 12 (Q02_GROOTTE): unknown option …}, or {@code line 1: …} without a column. */
    @Override
    public String toString() {
        if (column == 0) {
            return "line " + line + (columnName.isEmpty() ? "" : " (" + columnName + ")") + ": " + message;
        }
        return "line " + line + ", column " + column + (columnName.isEmpty() ? "" : " (" + columnName + ")") + ": "
                + message;
    }
}
