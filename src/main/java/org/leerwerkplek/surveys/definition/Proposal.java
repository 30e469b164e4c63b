package org.leerwerkplek.surveys.definition;

import java.util.Objects;

/** A rule that proposes a support form, with the reason shown to the advisor when it holds. */
public record Proposal(String support, Condition when, LocalizedText reason) {

    public Proposal {
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(reason, "reason");
    }
}
