package org.leerwerkplek.analysis.stats;

import java.util.List;
import java.util.Objects;

/**
 * A machine-readable explanation: a code and the arguments its sentence needs, in the order that
 * {@link ReasonCode} documents (labels as strings, counts and figures as numbers).
 */
public record Reason(ReasonCode code, List<Object> arguments) {

    public Reason {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public static Reason of(ReasonCode code, Object... arguments) {
        return new Reason(code, List.of(arguments));
    }
}
