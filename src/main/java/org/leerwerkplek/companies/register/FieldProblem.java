package org.leerwerkplek.companies.register;

import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong in the details of a company: the field, and a message key of the
 * {@code messages} bundle with its arguments.
 */
public record FieldProblem(String field, String messageKey, Object... arguments) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldProblem p && p.field.equals(field) && p.messageKey.equals(messageKey)
                && Arrays.equals(p.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, messageKey, Arrays.hashCode(arguments));
    }

    @Override
    public String toString() {
        return field + ": " + messageKey + Arrays.toString(arguments);
    }
}
