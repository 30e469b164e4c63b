package org.leerwerkplek.surveys.definition;

import java.util.Objects;

/** A form of support the advisor can propose to a company. */
public record SupportForm(String code, LocalizedText label) {

    public SupportForm {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
