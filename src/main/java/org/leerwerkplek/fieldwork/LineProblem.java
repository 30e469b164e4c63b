package org.leerwerkplek.fieldwork;

import java.io.Serializable;
import java.util.List;

/**
 * What is wrong with one line of an invitee list: the line number (1 is the header of a CSV),
 * a message key of the {@code messages} bundle and its arguments.
 */
public record LineProblem(int line, String messageKey, List<Serializable> arguments) implements Serializable {

    public LineProblem {
        arguments = List.copyOf(arguments);
    }

    static LineProblem of(int line, String messageKey, Serializable... arguments) {
        return new LineProblem(line, messageKey, List.of(arguments));
    }
}
