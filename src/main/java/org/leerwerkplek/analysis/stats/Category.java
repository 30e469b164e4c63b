package org.leerwerkplek.analysis.stats;

import java.util.Objects;

/**
 * One answer category, item or subgroup: its stable answer code and the label to show.
 *
 * @param code  the stable answer code, e.g. {@code PROEF}
 * @param label the label in the language of the report
 */
public record Category(String code, String label) {

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
