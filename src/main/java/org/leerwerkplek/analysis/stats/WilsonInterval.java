package org.leerwerkplek.analysis.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The 95% Wilson score interval of a proportion, as fractions 0–1.
 *
 * <p>With p the observed proportion, n the sample size and z the 97.5% normal quantile:
 * centre = (p + z²/2n) / (1 + z²/n), half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
 * For weighted counts p is the weighted proportion and n is Kish's effective sample size of the base.
 *
 * @param low  lower bound, 0 when nothing was observed
 * @param high upper bound, 1 when everything was observed
 */
public record WilsonInterval(double low, double high) {

    /** The 97.5% quantile of the standard normal distribution (1.959963984540054). */
    public static final double Z_95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    /**
     * @param proportion observed proportion, 0–1
     * @param sampleSize the number of observations, or the effective sample size; above 0
     */
    public static WilsonInterval of(double proportion, double sampleSize) {
        if (!(sampleSize > 0) || Double.isInfinite(sampleSize)) {
            throw new IllegalArgumentException("A Wilson interval needs a sample size above 0: " + sampleSize);
        }
        if (!(proportion >= 0 && proportion <= 1)) {
            throw new IllegalArgumentException("A proportion lies between 0 and 1: " + proportion);
        }
        double z2 = Z_95 * Z_95;
        double denominator = 1 + z2 / sampleSize;
        double centre = (proportion + z2 / (2 * sampleSize)) / denominator;
        double halfWidth = Z_95 * Math.sqrt(proportion * (1 - proportion) / sampleSize
                + z2 / (4 * sampleSize * sampleSize)) / denominator;
        return new WilsonInterval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
    }

    /** The interval for {@code count} out of {@code base} (weighted or not) on {@code effectiveSize}. */
    static WilsonInterval of(double count, double base, double effectiveSize) {
        return of(Math.min(1, count / base), effectiveSize);
    }
}
