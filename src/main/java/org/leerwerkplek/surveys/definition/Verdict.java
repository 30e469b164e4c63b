package org.leerwerkplek.surveys.definition;

import java.util.Objects;

/** The overall verdict of the suitability rules: levels whose conditions read only criterion levels. */
public record Verdict(LocalizedText label, Levels levels) {

    public Verdict {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(levels, "levels");
    }
}
