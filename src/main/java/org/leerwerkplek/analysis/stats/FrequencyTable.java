package org.leerwerkplek.analysis.stats;

import java.util.List;

/**
 * The answers to one closed question. Percentages are of the base (respondents who answered). The 95%
 * intervals are Wilson's on the base; a weighted table that carries its design ({@link #withDesign}) has the
 * design-based logit intervals of R's {@code svyciprop} instead, with the linearised standard errors in
 * {@code design}. There is no table for an empty base ({@link EmptyBaseException}).
 *
 * @param weighted      whether counts are sums of weights
 * @param base          respondents shown the question who answered (weighted: their weight)
 * @param missing       respondents shown the question who did not answer (weighted: their weight)
 * @param effectiveBase Kish's effective size of the base; equals {@code base} when unweighted
 * @param categories    one entry per answer category, in display order
 * @param design        weighted: the design-based shares, standard errors and intervals; null otherwise
 */
public record FrequencyTable(boolean weighted, double base, double missing, double effectiveBase,
        List<Entry> categories, DesignShares design) {

    public FrequencyTable {
        categories = List.copyOf(categories);
    }

    public FrequencyTable(boolean weighted, double base, double missing, double effectiveBase,
            List<Entry> categories) {
        this(weighted, base, missing, effectiveBase, categories, null);
    }

    /** This table with the design-based intervals of {@code design} (one share per category, in order). */
    public FrequencyTable withDesign(DesignShares design) {
        if (design.shares().size() != categories.size()) {
            throw new IllegalArgumentException("Expected " + categories.size() + " shares, got " + design.shares().size());
        }
        List<Entry> entries = new java.util.ArrayList<>(categories.size());
        for (int k = 0; k < categories.size(); k++) {
            Entry entry = categories.get(k);
            DesignShares.Share share = design.shares().get(k);
            entries.add(new Entry(entry.code(), entry.label(), entry.count(), entry.percent(), 100 * share.low(),
                    100 * share.high()));
        }
        return new FrequencyTable(weighted, base, missing, effectiveBase, entries, design);
    }

    /**
     * @param count   respondents who chose the category (weighted: their weight)
     * @param percent count / base, 0–100
     * @param ciLow   lower bound of the 95% interval (Wilson, or design-based when weighted), 0–100
     * @param ciHigh  upper bound of the 95% interval, 0–100
     */
    public record Entry(String code, String label, double count, double percent, double ciLow, double ciHigh) {
    }
}
