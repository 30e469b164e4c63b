package org.leerwerkplek.surveys.definition.model;

import java.util.List;
import java.util.Optional;

/**
 * How the analysis module treats an instrument's data. Changing it does not change what
 * respondents see.
 *
 * @param subgroups {@code single} or {@code yesno} questions to break results down by, in report order
 * @param weighting how to weight; empty: post-stratification on the first {@code population} reference share
 */
public record Analysis(List<String> subgroups, List<ReferenceShare> referenceShares,
                       List<MultipleResponseSet> multipleResponseSets, Optional<Weighting> weighting) {

    /** No analysis metadata. */
    public static final Analysis EMPTY = new Analysis(List.of(), List.of(), List.of());

    public Analysis {
        subgroups = List.copyOf(subgroups);
        referenceShares = List.copyOf(referenceShares);
        multipleResponseSets = List.copyOf(multipleResponseSets);
        java.util.Objects.requireNonNull(weighting, "weighting");
    }

    /** Without a {@code weighting} block. */
    public Analysis(List<String> subgroups, List<ReferenceShare> referenceShares,
                    List<MultipleResponseSet> multipleResponseSets) {
        this(subgroups, referenceShares, multipleResponseSets, Optional.empty());
    }
}
