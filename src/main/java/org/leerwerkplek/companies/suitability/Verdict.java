package org.leerwerkplek.companies.suitability;

import java.util.Objects;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/** The overall verdict of the suitability rules: levels whose conditions read only criterion levels. */
public record Verdict(LocalizedText label, Levels levels) {

    public Verdict {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(levels, "levels");
    }
}
