package org.leerwerkplek.surveys.definition.validation;

import java.util.Objects;
import org.leerwerkplek.surveys.definition.model.MessageKey;

/** A rule an answer breaks, with the message to show in the respondent's language. */
public record Violation(String question, MessageKey rule, String message) {

    public Violation {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
