package org.leerwerkplek.companies.suitability;

import java.util.Objects;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/** A form of support the advisor can propose to a company. */
public record SupportForm(String code, LocalizedText label) {

    public SupportForm {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
