package org.leerwerkplek.surveys.definition.yaml;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The outcome of reading one file: the definition when the file has no error at all, otherwise
 * every error found and no definition.
 */
public record ParseResult<T>(Optional<T> value, List<DefinitionError> errors) {

    public ParseResult {
        errors = List.copyOf(errors);
        if (value.isPresent() == !errors.isEmpty()) {
            throw new IllegalArgumentException("a result has either a value or errors");
        }
    }

    public static <T> ParseResult<T> success(T value) {
        return new ParseResult<>(Optional.of(value), List.of());
    }

    public static <T> ParseResult<T> failure(List<DefinitionError> errors) {
        return new ParseResult<>(Optional.empty(), errors);
    }

    public boolean isSuccess() {
        return value.isPresent();
    }

    /** The definition; fails with all error lines when there is none. */
    public T orThrow() {
        return value.orElseThrow(() -> new NoSuchElementException("definition has errors:\n"
                + String.join("\n", errors.stream().map(DefinitionError::toString).toList())));
    }
}
