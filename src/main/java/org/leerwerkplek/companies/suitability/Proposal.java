package org.leerwerkplek.companies.suitability;

import java.util.Objects;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/** A rule that proposes a support form, with the reason shown to the advisor when it holds. */
public record Proposal(String support, Condition when, LocalizedText reason) {

    public Proposal {
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(reason, "reason");
    }
}
