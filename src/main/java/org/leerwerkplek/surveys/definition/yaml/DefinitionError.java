package org.leerwerkplek.surveys.definition.yaml;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a survey definition file, at a 1-based line and column. Printed as
 * {@code file:line:column: message}.
 */
public record DefinitionError(String file, int line, int column, String message) {

    /** Orders errors by file, line and column. */
    public static final Comparator<DefinitionError> IN_FILE_ORDER = Comparator.comparing(DefinitionError::file)
            .thenComparingInt(DefinitionError::line).thenComparingInt(DefinitionError::column);

    public DefinitionError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
