package org.leerwerkplek.surveys.definition.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/**
 * Known shares of the answers to one question, to compare the survey's results with.
 *
 * @param shares option code to share between 0 and 1, in the order written
 */
public record ReferenceShare(String question, Kind kind, LocalizedText source, Optional<LocalizedText> base,
                             Map<String, BigDecimal> shares) {

    /** What the figures are and what they may be used for. */
    public enum Kind {
        /** A figure for the whole population (register data); may be used to weight. */
        POPULATION,
        /** A result of an earlier survey; for comparison only, never for weighting. */
        BENCHMARK;

        public boolean mayWeight() {
            return this == POPULATION;
        }
    }

    public ReferenceShare {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(base, "base");
        shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    }
}
