package org.leerwerkplek.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the answers to one closed question in one pass: {@link #add(int)} per respondent who answered,
 * {@link #addMissing()} per respondent who was shown the question and did not answer.
 */
public final class FrequencyAccumulator {

    private final List<Category> categories;
    private final boolean weighted;
    private final double[] counts;
    private final Tally base = new Tally();
    private double missing;

    /**
     * @param categories the answer categories in display order
     * @param weighted   whether rows bring weights ({@link #add(int, double)}) or count 1 each
     */
    public FrequencyAccumulator(List<Category> categories, boolean weighted) {
        this.categories = List.copyOf(categories);
        this.weighted = weighted;
        this.counts = new double[this.categories.size()];
    }

    public void add(int category) {
        add(category, 1.0);
    }

    public void add(int category, double weight) {
        Tally.checkWeight(weight, weighted);
        counts[category] += weight;
        base.add(weight);
    }

    public void addMissing() {
        addMissing(1.0);
    }

    public void addMissing(double weight) {
        missing += Tally.checkWeight(weight, weighted);
    }

    /** Whether no respondent answered (missing ones do not count). */
    public boolean isEmpty() {
        return base.count() == 0;
    }

    /**
     * @throws EmptyBaseException when no respondent answered
     */
    public FrequencyTable result() {
        if (isEmpty()) {
            throw new EmptyBaseException("a frequency table");
        }
        double total = base.sum();
        double effectiveBase = weighted ? base.effectiveSize() : total;
        List<FrequencyTable.Entry> entries = new ArrayList<>(categories.size());
        for (int i = 0; i < counts.length; i++) {
            WilsonInterval ci = WilsonInterval.of(counts[i], total, effectiveBase);
            entries.add(new FrequencyTable.Entry(categories.get(i).code(), categories.get(i).label(), counts[i],
                    100 * counts[i] / total, 100 * ci.low(), 100 * ci.high()));
        }
        return new FrequencyTable(weighted, total, missing, effectiveBase, entries);
    }
}
