package org.leerwerkplek.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Post-stratification weights by one variable with known population shares: each respondent in category
 * h gets weight populationShare(h) / sampleShare(h), so the weighted sample has the population's
 * distribution over the categories it contains. A category without respondents cannot be restored: it gets
 * weight 0, {@code missingInSample = true}, a MISSING_IN_SAMPLE warning, and {@code representedShare}
 * (the population share that the sample covers) falls below 1.
 *
 * @param strata           one per category, in order
 * @param sampleSize       respondents counted
 * @param representedShare the sum of the population shares of the categories with respondents, 0–1
 * @param warnings         MISSING_IN_SAMPLE per category without respondents
 */
public record PostStratification(List<Stratum> strata, long sampleSize, double representedShare,
        List<Reason> warnings) {

    public PostStratification {
        strata = List.copyOf(strata);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param sampleCount     respondents in the category
     * @param sampleShare     sampleCount / sampleSize, 0–1
     * @param populationShare the known share in the population, 0–1
     * @param weight          populationShare / sampleShare; 0 when missing in the sample
     * @param missingInSample whether no respondent is in the category
     */
    public record Stratum(String code, String label, long sampleCount, double sampleShare, double populationShare,
            double weight, boolean missingInSample) {
    }

    /** The weight of a respondent in category {@code index}. */
    public double weight(int index) {
        return strata.get(index).weight();
    }

    /**
     * Computes the weights from an unweighted frequency table of the stratification variable.
     *
     * @param populationShares one per category, in the same order, each above 0, summing to 1
     */
    public static PostStratification of(FrequencyTable sample, double[] populationShares) {
        if (sample.weighted()) {
            throw new IllegalArgumentException("Post-stratification weights start from unweighted counts");
        }
        List<FrequencyTable.Entry> entries = sample.categories();
        if (populationShares.length != entries.size()) {
            throw new IllegalArgumentException("Expected " + entries.size() + " population shares, got "
                    + populationShares.length);
        }
        double sum = 0;
        for (double share : populationShares) {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("A population share lies above 0 and at most 1: " + share);
            }
            sum += share;
        }
        if (Math.abs(sum - 1) > GoodnessOfFit.SHARE_SUM_TOLERANCE) {
            throw new IllegalArgumentException("Population shares add up to " + sum + ", not 1");
        }
        long n = Math.round(sample.base());
        List<Stratum> strata = new ArrayList<>(entries.size());
        List<Reason> warnings = new ArrayList<>();
        double represented = 0;
        for (int i = 0; i < entries.size(); i++) {
            FrequencyTable.Entry entry = entries.get(i);
            long count = Math.round(entry.count());
            double sampleShare = (double) count / n;
            boolean missing = count == 0;
            if (missing) {
                warnings.add(Reason.of(ReasonCode.MISSING_IN_SAMPLE, entry.label(), populationShares[i]));
            } else {
                represented += populationShares[i];
            }
            strata.add(new Stratum(entry.code(), entry.label(), count, sampleShare, populationShares[i],
                    missing ? 0 : populationShares[i] / sampleShare, missing));
        }
        return new PostStratification(strata, n, represented, warnings);
    }
}
