package org.leerwerkplek.companies.register;

import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong in a company CSV, with where it is and a message key of the {@code messages}
 * bundle, so it is shown in the reader's language.
 *
 * @param line the physical line (1-based) on which the record starts; the header is line 1
 * @param column the 1-based column; 0 when the problem is about the record or file as a whole
 * @param columnName the header name of that column; empty when there is none
 */
public record ImportProblem(int line, int column, String columnName, String messageKey, Object... arguments) {

    public ImportProblem {
        Objects.requireNonNull(columnName, "columnName");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportProblem p && p.line == line && p.column == column
                && p.columnName.equals(columnName) && p.messageKey.equals(messageKey)
                && Arrays.equals(p.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, column, columnName, messageKey, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return "line " + line + (column > 0 ? ", column " + column : "") + (columnName.isEmpty() ? "" : " (" + columnName + ")")
                + ": " + messageKey + Arrays.toString(arguments);
    }
}
