package org.leerwerkplek.analysis.stats;

import java.util.List;

/**
 * The answers to one closed question. Percentages are of the base (respondents who answered); the
 * 95% Wilson intervals use the effective base. There is no table for an empty base
 * ({@link EmptyBaseException}).
 *
 * @param weighted      whether counts are sums of weights
 * @param base          respondents shown the question who answered (weighted: their weight)
 * @param missing       respondents shown the question who did not answer (weighted: their weight)
 * @param effectiveBase Kish's effective size of the base; equals {@code base} when unweighted
 * @param categories    one entry per answer category, in display order
 */
public record FrequencyTable(boolean weighted, double base, double missing, double effectiveBase,
        List<Entry> categories) {

    public FrequencyTable {
        categories = List.copyOf(categories);
    }

    /**
     * @param count   respondents who chose the category (weighted: their weight)
     * @param percent count / base, 0–100
     * @param ciLow   lower bound of the 95% Wilson interval, 0–100
     * @param ciHigh  upper bound of the 95% Wilson interval, 0–100
     */
    public record Entry(String code, String label, double count, double percent, double ciLow, double ciHigh) {
    }
}
