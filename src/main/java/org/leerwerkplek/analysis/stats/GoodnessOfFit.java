package org.leerwerkplek.analysis.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Observed counts against known reference shares (e.g. the sector's shares of company sizes): Pearson's
 * chi-square with k − 1 degrees of freedom and per category the standardised residual
 * (observed − expected) / √expected, negative where a group is under-represented. Cochran's rule decides
 * {@code reportable} as for a cross-tab. A weighted table is tested on its effective sample size (counts
 * × effectiveTotal / total), so chi2, minExpected and residuals are on that scale. {@code chi2}, {@code p},
 * {@code minExpected} and {@code shareExpectedBelow5} are {@code null} for fewer than two categories.
 *
 * @param weighted            whether counts are sums of weights
 * @param total               all counted answers (weighted: their weight)
 * @param effectiveTotal      Kish's effective size of {@code total}
 * @param chi2                Σ (observed − expected)² / expected
 * @param df                  categories − 1
 * @param p                   P(χ² ≥ chi2)
 * @param minExpected         the smallest expected count
 * @param shareExpectedBelow5 the share of categories (0–1) with an expected count below 5
 * @param reportable          whether the test may be shown
 * @param reason              COCHRAN_MET, EXPECTED_TOO_SMALL or NOT_TESTABLE
 * @param categories          one entry per category
 */
public record GoodnessOfFit(boolean weighted, double total, double effectiveTotal, Double chi2, int df, Double p,
        Double minExpected, Double shareExpectedBelow5, boolean reportable, Reason reason, List<Entry> categories) {

    /** Reference shares may differ this much from a sum of 1 (rounded published figures). */
    static final double SHARE_SUM_TOLERANCE = 1e-6;

    public GoodnessOfFit {
        categories = List.copyOf(categories);
    }

    /**
     * @param count            observed answers (weighted: their weight)
     * @param percent          count / total, 0–100
     * @param referencePercent the reference share, 0–100
     * @param expected         total × reference share
     * @param residual         (count − expected) / √expected, on the test scale
     */
    public record Entry(String code, String label, double count, double percent, double referencePercent,
            double expected, double residual) {
    }

    /**
     * Tests a frequency table against reference shares, one per category in the same order, each above 0
     * (leave out categories the population lacks), summing to 1.
     */
    public static GoodnessOfFit test(FrequencyTable observed, double[] referenceShares) {
        List<FrequencyTable.Entry> entries = observed.categories();
        if (referenceShares.length != entries.size()) {
            throw new IllegalArgumentException("Expected " + entries.size() + " reference shares, got "
                    + referenceShares.length);
        }
        double sum = 0;
        for (double share : referenceShares) {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("A reference share lies above 0 and at most 1: " + share);
            }
            sum += share;
        }
        if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
            throw new IllegalArgumentException("Reference shares add up to " + sum + ", not 1");
        }
        int k = entries.size();
        double total = observed.base();
        double scale = observed.effectiveBase() / total;
        double[][] testObserved = new double[1][k];
        double[][] testExpected = new double[1][k];
        List<Entry> result = new ArrayList<>(k);
        double minExpected = Double.POSITIVE_INFINITY;
        int below5 = 0;
        for (int i = 0; i < k; i++) {
            FrequencyTable.Entry entry = entries.get(i);
            double expected = total * referenceShares[i];
            testObserved[0][i] = entry.count() * scale;
            testExpected[0][i] = expected * scale;
            minExpected = Math.min(minExpected, testExpected[0][i]);
            if (testExpected[0][i] < 5) {
                below5++;
            }
            result.add(new Entry(entry.code(), entry.label(), entry.count(), entry.percent(),
                    100 * referenceShares[i], expected,
                    (testObserved[0][i] - testExpected[0][i]) / Math.sqrt(testExpected[0][i])));
        }
        if (k < 2) {
            return new GoodnessOfFit(observed.weighted(), total, observed.effectiveBase(), null, 0, null, null, null,
                    false, Reason.of(ReasonCode.NOT_TESTABLE, 1, k), result);
        }
        double chi2 = ChiSquare.pearson(testObserved, testExpected);
        double shareBelow5 = (double) below5 / k;
        boolean cochranMet = minExpected >= 1 && shareBelow5 <= 0.2;
        Reason reason = Reason.of(cochranMet ? ReasonCode.COCHRAN_MET : ReasonCode.EXPECTED_TOO_SMALL, minExpected,
                shareBelow5);
        return new GoodnessOfFit(observed.weighted(), total, observed.effectiveBase(), chi2, k - 1,
                ChiSquare.upperTail(chi2, k - 1), minExpected, shareBelow5, cochranMet, reason, result);
    }
}
