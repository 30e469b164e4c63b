package org.leerwerkplek.analysis.stats;

import org.apache.commons.math3.special.Gamma;

/** Pearson's chi-square statistic and its upper-tail probability. */
public final class ChiSquare {

    private ChiSquare() {
    }

    /**
     * P(X ≥ statistic) for X chi-square distributed with {@code df} degrees of freedom, computed as the
     * regularised upper incomplete gamma function Q(df/2, statistic/2), so tiny p-values keep their
     * precision (1 − cdf would round them to 0).
     */
    public static double upperTail(double statistic, int df) {
        if (df < 1) {
            throw new IllegalArgumentException("A chi-square distribution needs at least 1 degree of freedom: " + df);
        }
        if (!(statistic >= 0) || Double.isInfinite(statistic)) {
            throw new IllegalArgumentException("A chi-square statistic is a finite number of at least 0: " + statistic);
        }
        return Gamma.regularizedGammaQ(df / 2.0, statistic / 2.0);
    }

    /** Σ (observed − expected)² / expected over all cells; every expected count must be above 0. */
    static double pearson(double[][] observed, double[][] expected) {
        double sum = 0;
        for (int i = 0; i < observed.length; i++) {
            for (int j = 0; j < observed[i].length; j++) {
                double difference = observed[i][j] - expected[i][j];
                sum += difference * difference / expected[i][j];
            }
        }
        return sum;
    }

    /**
     * Pearson's statistic with Yates' continuity correction: every |observed − expected| is lowered by
     * 0.5, but never below 0 (as SciPy's {@code chi2_contingency(correction=True)} does).
     */
    static double yates(double[][] observed, double[][] expected) {
        double sum = 0;
        for (int i = 0; i < observed.length; i++) {
            for (int j = 0; j < observed[i].length; j++) {
                double difference = Math.abs(observed[i][j] - expected[i][j]);
                double corrected = difference - Math.min(0.5, difference);
                sum += corrected * corrected / expected[i][j];
            }
        }
        return sum;
    }
}
