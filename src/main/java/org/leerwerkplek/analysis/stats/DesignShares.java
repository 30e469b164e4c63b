package org.leerwerkplek.analysis.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Weighted shares of the levels of one closed variable with design-based standard errors, as R's
 * {@code survey} computes them on a calibrated design: the share of level k among the rows that
 * answered is Σ w·y<sub>k</sub> / Σ w (R: {@code svymean(~factor(q), subset(design, !is.na(q)))}); its
 * standard error is by linearisation, the influence values w<sub>i</sub>(y<sub>ik</sub> − p<sub>k</sub>)/Σw
 * of the answering rows (0 for the others) adjusted for the calibration ({@link Calibration#covariance}).
 * The confidence interval is {@code svyciprop}'s default, {@code method = "logit"}: p = plogis(logit p ±
 * t<sub>0.975, df</sub> · SE / (p(1−p))) with df = answering rows − 1 ({@code degf} of the subset
 * design). A share of 0 or 1 has the degenerate interval [p, p].
 *
 * @param answered rows that answered (unweighted)
 * @param total    their weight
 * @param degreesOfFreedom answered − 1
 * @param shares   one per level, in order
 */
public record DesignShares(int answered, double total, int degreesOfFreedom, List<Share> shares) {

    /** The confidence level of the intervals. */
    public static final double LEVEL = 0.95;

    public DesignShares {
        shares = List.copyOf(shares);
    }

    /**
     * @param share the weighted share, 0–1
     * @param standardError its linearised standard error
     * @param low   the interval's lower end, 0–1
     * @param high  the interval's upper end, 0–1
     */
    public record Share(double share, double standardError, double low, double high) {

        /** The design effect against a simple random sample of the answering rows: (SE / SE<sub>srs</sub>)². */
        public double designEffect(int answered) {
            double srs = share * (1 - share) / answered;
            return srs > 0 ? standardError * standardError / srs : 1;
        }
    }

    /**
     * @param values      the level of every row of the design (0-based), negative when not answered
     * @param levels      the number of levels
     * @param calibration the design's weights and calibration
     * @throws EmptyBaseException when no row answered
     */
    public static DesignShares of(int[] values, int levels, Calibration calibration) {
        int n = calibration.size();
        double total = 0;
        int answered = 0;
        double[] sums = new double[levels];
        for (int row = 0; row < n; row++) {
            if (values[row] >= 0) {
                total += calibration.weight(row);
                sums[values[row]] += calibration.weight(row);
                answered++;
            }
        }
        if (answered == 0) {
            throw new EmptyBaseException("the shares");
        }
        double[] p = new double[levels];
        for (int k = 0; k < levels; k++) {
            p[k] = sums[k] / total;
        }
        double[][] z = new double[n][levels];
        for (int row = 0; row < n; row++) {
            if (values[row] >= 0) {
                double w = calibration.weight(row);
                for (int k = 0; k < levels; k++) {
                    z[row][k] = w * ((values[row] == k ? 1 : 0) - p[k]) / total;
                }
            }
        }
        double[][] v = calibration.covariance(z);
        int df = answered - 1;
        double t = df > 0 ? new TDistribution(null, df, 1e-14).inverseCumulativeProbability(1 - (1 - LEVEL) / 2)
                : Double.NaN;
        List<Share> shares = new ArrayList<>(levels);
        for (int k = 0; k < levels; k++) {
            double se = Math.sqrt(Math.max(0, v[k][k]));
            double low = p[k];
            double high = p[k];
            if (p[k] > 0 && p[k] < 1 && df > 0) {
                double logit = Math.log(p[k] / (1 - p[k]));
                double half = t * se / (p[k] * (1 - p[k]));
                low = 1 / (1 + Math.exp(-(logit - half)));
                high = 1 / (1 + Math.exp(-(logit + half)));
            }
            shares.add(new Share(p[k], se, low, high));
        }
        return new DesignShares(answered, total, df, shares);
    }
}
