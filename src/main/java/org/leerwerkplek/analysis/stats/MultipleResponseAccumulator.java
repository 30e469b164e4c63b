package org.leerwerkplek.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts a multiple-response question (a set of options, each respondent may choose several) in one pass:
 * {@link #add(int[])} per respondent with the indices of the options chosen.
 */
public final class MultipleResponseAccumulator {

    private final List<Category> options;
    private final boolean weighted;
    private final double[] counts;
    private final Tally cases = new Tally();
    private double responses;
    private double missing;

    public MultipleResponseAccumulator(List<Category> options, boolean weighted) {
        this.options = List.copyOf(options);
        this.weighted = weighted;
        this.counts = new double[this.options.size()];
    }

    /** A respondent choosing {@code chosen}; choosing nothing counts as missing. */
    public void add(int[] chosen) {
        add(chosen, 1.0);
    }

    public void add(int[] chosen, double weight) {
        Tally.checkWeight(weight, weighted);
        if (chosen.length == 0) {
            missing += weight;
            return;
        }
        boolean[] seen = new boolean[counts.length];
        for (int option : chosen) {
            if (seen[option]) {
                throw new IllegalArgumentException("Option " + option + " chosen twice");
            }
            seen[option] = true;
        }
        for (int option : chosen) {
            counts[option] += weight;
        }
        responses += weight * chosen.length;
        cases.add(weight);
    }

    /** A respondent shown the question who did not answer. */
    public void addMissing(double weight) {
        missing += Tally.checkWeight(weight, weighted);
    }

    public boolean isEmpty() {
        return cases.count() == 0;
    }

    /**
     * @throws EmptyBaseException when no respondent chose anything
     */
    public MultipleResponseTable result() {
        if (isEmpty()) {
            throw new EmptyBaseException("a multiple-response table");
        }
        double casesBase = cases.sum();
        double effectiveCasesBase = weighted ? cases.effectiveSize() : casesBase;
        List<MultipleResponseTable.Entry> entries = new ArrayList<>(options.size());
        for (int i = 0; i < counts.length; i++) {
            WilsonInterval ci = WilsonInterval.of(counts[i], casesBase, effectiveCasesBase);
            entries.add(new MultipleResponseTable.Entry(options.get(i).code(), options.get(i).label(), counts[i],
                    100 * counts[i] / casesBase, 100 * counts[i] / responses, 100 * ci.low(), 100 * ci.high()));
        }
        return new MultipleResponseTable(weighted, casesBase, responses, missing, effectiveCasesBase, entries);
    }
}
