package org.leerwerkplek.analysis.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/** Fisher's exact test of a 2×2 table. */
public final class FisherExact {

    /**
     * Tables whose probability is at most the observed one times (1 + this) count as at least as extreme,
     * so that ties lost to rounding are kept (R's {@code fisher.test} uses the same 1e-7).
     */
    static final double RELATIVE_TOLERANCE = 1e-7;

    private FisherExact() {
    }

    /**
     * The two-sided p-value of the table [[a, b], [c, d]]: the sum of the hypergeometric probabilities
     * (margins fixed) of every table no more probable than the observed one. Probabilities are handled as
     * logarithms (Commons Math's saddle-point expansion), so the result is exact for counts in the
     * thousands and tiny p-values do not underflow before about 1e-300.
     */
    public static double twoSidedP(long a, long b, long c, long d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
        long n = a + b + c + d;
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Too many observations for Fisher's exact test: " + n);
        }
        int rowOne = (int) (a + b);
        int columnOne = (int) (a + c);
        if (rowOne == 0 || rowOne == n || columnOne == 0 || columnOne == n) {
            return 1.0;
        }
        HypergeometricDistribution distribution = new HypergeometricDistribution(null, (int) n, columnOne, rowOne);
        double observed = distribution.logProbability((int) a);
        double limit = observed + Math.log1p(RELATIVE_TOLERANCE);
        double sum = 0;
        for (int x = distribution.getSupportLowerBound(); x <= distribution.getSupportUpperBound(); x++) {
            double logProbability = distribution.logProbability(x);
            if (logProbability <= limit) {
                sum += Math.exp(logProbability - observed);
            }
        }
        return Math.min(1.0, Math.exp(observed + Math.log(sum)));
    }
}
