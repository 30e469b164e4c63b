package org.leerwerkplek.analysis.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The test of independence of a weighted cross-tab with Rao and Scott's corrections, as R's
 * {@code svychisq} computes it on a (calibrated) design:
 * <ul>
 *   <li>Pearson's X² of the weighted table scaled to the design's rows;</li>
 *   <li>the design-effect matrix Δ = (C'D⁻¹C/N)⁻¹ C'D⁻¹VD⁻¹C, with p the weighted cell shares, D =
 *       diag(p) (0 in the inverse for an empty cell), V their linearised covariance and C the contrasts
 *       of interaction orthogonal to the main effects;</li>
 *   <li>second order (R's default, {@code statistic = "F"}): F = X²/tr Δ on d = (tr Δ)²/tr Δ²
 *       and d·ν degrees of freedom, ν = design rows − 1;</li>
 *   <li>first order ({@code statistic = "Chisq"}): X²·(r−1)(c−1)/tr Δ against χ² on (r−1)(c−1).</li>
 * </ul>
 * Rows and columns are the levels with answers in the table (R: the levels present in the data).
 *
 * @param rows            levels of the row variable in the table
 * @param columns         levels of the column variable in the table
 * @param pearson         Pearson's X² of the table scaled to {@code designRows}
 * @param traceDelta      tr Δ (the mean generalised design effect × (r−1)(c−1))
 * @param f               the second-order statistic
 * @param numeratorDf     d
 * @param denominatorDf   d·ν
 * @param pF              P(F(d, dν) > f)
 * @param chisq           the first-order statistic
 * @param df              (r−1)(c−1)
 * @param pChisq          P(χ²(df) > chisq)
 */
public record RaoScott(int rows, int columns, double pearson, double traceDelta, double f, double numeratorDf,
                       double denominatorDf, double pF, double chisq, int df, double pChisq) {

    /**
     * @param rowValues    the row level of every design row (0-based), negative when not answered
     * @param columnValues the column level of every design row, negative when not answered
     * @param calibration  the design's weights and calibration
     * @return the test, or null when fewer than two rows or columns have answers or the cells are too sparse
     *         for it (the design-effect matrix is singular, as where R's {@code solve} stops)
     */
    public static RaoScott test(int[] rowValues, int[] columnValues, Calibration calibration) {
        int n = calibration.size();
        int[] rowIndex = present(rowValues, columnValues);
        int[] columnIndex = present(columnValues, rowValues);
        int r = count(rowIndex);
        int c = count(columnIndex);
        if (r < 2 || c < 2) {
            return null;
        }
        int cells = r * c;
        double total = 0;
        double[] p = new double[cells];
        int[] cell = new int[n];
        for (int row = 0; row < n; row++) {
            cell[row] = rowValues[row] >= 0 && columnValues[row] >= 0
                    ? rowIndex[rowValues[row]] + r * columnIndex[columnValues[row]] : -1;
            if (cell[row] >= 0) {
                p[cell[row]] += calibration.weight(row);
                total += calibration.weight(row);
            }
        }
        for (int k = 0; k < cells; k++) {
            p[k] /= total;
        }
        double[][] z = new double[n][cells];
        for (int row = 0; row < n; row++) {
            if (cell[row] >= 0) {
                double w = calibration.weight(row) / total;
                for (int k = 0; k < cells; k++) {
                    z[row][k] = w * ((cell[row] == k ? 1 : 0) - p[k]);
                }
            }
        }
        RealMatrix v = new Array2DRowRealMatrix(calibration.covariance(z), false);

        double[] rowShare = new double[r];
        double[] columnShare = new double[c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                rowShare[i] += p[i + r * j];
                columnShare[j] += p[i + r * j];
            }
        }
        double pearson = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double expected = rowShare[i] * columnShare[j];
                double d = p[i + r * j] - expected;
                pearson += d * d / expected;
            }
        }
        pearson *= n;

        // Main effects (intercept, rows 2..r, columns 2..c) and interaction dummies, rows fastest.
        RealMatrix x1 = new Array2DRowRealMatrix(cells, r + c - 1);
        RealMatrix interaction = new Array2DRowRealMatrix(cells, (r - 1) * (c - 1));
        for (int j = 0; j < c; j++) {
            for (int i = 0; i < r; i++) {
                int k = i + r * j;
                x1.setEntry(k, 0, 1);
                if (i > 0) {
                    x1.setEntry(k, i, 1);
                }
                if (j > 0) {
                    x1.setEntry(k, r - 1 + j, 1);
                }
                if (i > 0 && j > 0) {
                    interaction.setEntry(k, (i - 1) + (r - 1) * (j - 1), 1);
                }
            }
        }
        RealMatrix fitted = x1.multiply(new QRDecomposition(x1).getSolver().solve(interaction));
        RealMatrix contrasts = interaction.subtract(fitted);
        RealMatrix inverseD = new Array2DRowRealMatrix(cells, cells);
        for (int k = 0; k < cells; k++) {
            inverseD.setEntry(k, k, p[k] == 0 ? 0 : 1 / p[k]);
        }
        RealMatrix denominator = contrasts.transpose().multiply(inverseD).multiply(contrasts).scalarMultiply(1.0 / n);
        RealMatrix numerator = contrasts.transpose().multiply(inverseD).multiply(v).multiply(inverseD)
                .multiply(contrasts);
        DecompositionSolver solver = new LUDecomposition(denominator).getSolver();
        if (!solver.isNonSingular()) {
            return null;
        }
        RealMatrix delta = solver.solve(numerator);
        double trace = delta.getTrace();
        double traceSquared = delta.multiply(delta).getTrace();
        if (!(trace > 0 && traceSquared > 0) || Double.isInfinite(trace) || Double.isInfinite(traceSquared)) {
            return null;
        }
        double d = trace * trace / traceSquared;
        double nu = n - 1;
        double f = pearson / trace;
        int df = (r - 1) * (c - 1);
        double chisq = pearson * df / trace;
        return new RaoScott(r, c, pearson, trace, f, d, d * nu, upperF(f, d, d * nu), chisq, df,
                Gamma.regularizedGammaQ(df / 2.0, chisq / 2));
    }

    /** P(F(d1, d2) > f), from the regularised incomplete beta function without cancellation. */
    static double upperF(double f, double d1, double d2) {
        return Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, 1e-15, Integer.MAX_VALUE);
    }

    /** For every level of {@code values}, its index among the levels with an answer in the table, or −1. */
    private static int[] present(int[] values, int[] other) {
        int levels = 0;
        for (int value : values) {
            levels = Math.max(levels, value + 1);
        }
        boolean[] seen = new boolean[levels];
        for (int row = 0; row < values.length; row++) {
            if (values[row] >= 0 && other[row] >= 0) {
                seen[values[row]] = true;
            }
        }
        int[] index = new int[levels];
        int next = 0;
        for (int l = 0; l < levels; l++) {
            index[l] = seen[l] ? next++ : -1;
        }
        return index;
    }

    private static int count(int[] index) {
        int count = 0;
        for (int i : index) {
            count += i >= 0 ? 1 : 0;
        }
        return count;
    }
}
