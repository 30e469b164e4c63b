package org.leerwerkplek.analysis.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calibration weights as R's {@code survey} package computes them, with what its linearised variance
 * needs to know about them.
 *
 * <ul>
 *   <li>{@link #postStratify}: {@code postStratify(design, ~a+b, population, partial = TRUE)} on the
 *       cross-classification of one or more variables: every respondent in cell h gets base weight ×
 *       N<sub>h</sub> / Σ<sub>h</sub> base weight.</li>
 *   <li>{@link #rake}: {@code rake(design, list(~a, ~b, ...), population.margins,
 *       control = list(maxit = maxIterations, epsilon = tolerance))}: iterative proportional fitting,
 *       one post-stratification per margin per iteration, until no cell of the cross-classification of
 *       all margins moves by tolerance × Σ base weight or more in one iteration.</li>
 * </ul>
 *
 * <p>Population totals are the shares × the base weight of the respondents who answered the variables
 * (so with base weights 1 the weights average 1 over them). A respondent without an answer to a
 * weighting variable keeps its base weight there: it sits in a cell of its own whose population total is
 * its own base weight (for R, the same design with that "unknown" level added). A cell or level with a
 * population share but no respondent cannot be restored: post-stratification leaves it out (R's
 * {@code partial = TRUE}: the weights then represent less than the whole population), raking
 * spreads the margin's shares over the levels that have respondents; both warn MISSING_IN_SAMPLE.
 *
 * @param method     how the weights were made
 * @param weights    the final weight per row (the design's rows, in order)
 * @param steps      the post-stratification steps whose adjustment the variance removes (one for
 *                   post-stratification; per margin, those of the last iteration, for raking)
 * @param converged  whether raking converged (always true for post-stratification)
 * @param iterations raking iterations run (1 for post-stratification)
 * @param lastChange the largest change of a cell total in the last raking iteration (0 for post-stratification)
 * @param warnings   MISSING_IN_SAMPLE per cell or level with a population share but no respondent
 */
public record Calibration(Method method, double[] weights, List<Step> steps, boolean converged, int iterations,
                          double lastChange, List<Reason> warnings) {

    /** How the weights were made. */
    public enum Method { NONE, POST_STRATIFICATION, RAKING }

    /** Backfitting sweeps of the raking adjustment, as R's {@code svyrecvar} does (a fixed 10). */
    static final int RAKING_SWEEPS = 10;

    public Calibration {
        weights = weights.clone();
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    /**
     * One post-stratification: the cell of every row, the weights before and after it.
     */
    public record Step(int[] cell, double[] oldWeights, double[] newWeights) {
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    public double weight(int row) {
        return weights[row];
    }

    public int size() {
        return weights.length;
    }

    /** No calibration: the base weights as they are (the design {@code svydesign(ids=~1, weights=~w)}). */
    public static Calibration none(double[] baseWeights) {
        checkWeights(baseWeights);
        return new Calibration(Method.NONE, baseWeights, List.of(), true, 0, 0, List.of());
    }

    /**
     * Post-stratification on the cross-classification of {@code values.length} variables.
     *
     * @param values      per variable, the level of every row (0-based), or a negative number when missing
     * @param levels      per variable, its number of levels
     * @param cellShares  the population share of every cell, the first variable varying fastest (as R's
     *                    {@code expand.grid}); each at least 0, summing to 1
     * @param labels      a label per cell, for warnings
     * @param baseWeights the design weight of every row (1 for a simple sample)
     */
    public static Calibration postStratify(int[][] values, int[] levels, double[] cellShares, List<String> labels,
                                           double[] baseWeights) {
        checkWeights(baseWeights);
        int cells = cellCount(levels);
        checkShares(cellShares, cells, true);
        int n = baseWeights.length;
        int[] cell = new int[n];
        double known = 0;
        for (int row = 0; row < n; row++) {
            cell[row] = cellOf(values, levels, row);
            known += cell[row] < cells ? baseWeights[row] : 0;
        }
        double[] population = new double[cells + 1];
        double[] sample = totals(cell, cells + 1, baseWeights);
        List<Reason> warnings = new ArrayList<>();
        for (int h = 0; h < cells; h++) {
            population[h] = cellShares[h] * known;
            if (sample[h] == 0 && cellShares[h] > 0) {
                warnings.add(Reason.of(ReasonCode.MISSING_IN_SAMPLE, labels.get(h), cellShares[h]));
            } else if (sample[h] > 0 && cellShares[h] == 0) {
                throw new IllegalArgumentException("Respondents in a cell without population share: " + labels.get(h));
            }
        }
        population[cells] = sample[cells];
        Step step = step(cell, population, baseWeights);
        return new Calibration(Method.POST_STRATIFICATION, step.newWeights(), List.of(step), true, 1, 0, warnings);
    }

    /**
     * Raking on the margins of {@code values.length} variables.
     *
     * @param values        per variable, the level of every row (0-based), or a negative number when missing
     * @param levels        per variable, its number of levels
     * @param marginShares  per variable, the population share of each level, each above 0, summing to 1
     * @param labels        per variable, a label per level, for warnings
     * @param baseWeights   the design weight of every row
     * @param tolerance     relative: converged when no cell of the cross-classification of all margins moves
     *                      by tolerance × Σ base weight or more in an iteration (R: {@code epsilon}, below 1)
     * @param maxIterations at most this many iterations (R: {@code maxit})
     */
    public static Calibration rake(int[][] values, int[] levels, double[][] marginShares, List<List<String>> labels,
                                   double[] baseWeights, double tolerance, int maxIterations) {
        checkWeights(baseWeights);
        if (!(tolerance > 0 && tolerance < 1) || maxIterations < 1) {
            throw new IllegalArgumentException("Raking needs a tolerance between 0 and 1 and at least one iteration");
        }
        int margins = values.length;
        int n = baseWeights.length;
        List<Reason> warnings = new ArrayList<>();
        int[][] cells = new int[margins][n];
        double[][] population = new double[margins][];
        for (int m = 0; m < margins; m++) {
            checkShares(marginShares[m], levels[m], false);
            double known = 0;
            for (int row = 0; row < n; row++) {
                int value = values[m][row];
                cells[m][row] = value < 0 ? levels[m] : value;
                known += value < 0 ? 0 : baseWeights[row];
            }
            double[] sample = totals(cells[m], levels[m] + 1, baseWeights);
            double represented = 0;
            for (int l = 0; l < levels[m]; l++) {
                if (sample[l] == 0) {
                    warnings.add(Reason.of(ReasonCode.MISSING_IN_SAMPLE, labels.get(m).get(l), marginShares[m][l]));
                } else {
                    represented += marginShares[m][l];
                }
            }
            population[m] = new double[levels[m] + 1];
            for (int l = 0; l < levels[m]; l++) {
                population[m][l] = sample[l] == 0 ? 0 : marginShares[m][l] / represented * known;
            }
            population[m][levels[m]] = sample[levels[m]];
        }
        int[] joint = new int[n];
        int[] jointLevels = new int[margins];
        for (int m = 0; m < margins; m++) {
            jointLevels[m] = levels[m] + 1;
        }
        for (int row = 0; row < n; row++) {
            joint[row] = cellOf(cells, jointLevels, row);
        }
        int jointCells = cellCount(jointLevels);
        double epsilon = tolerance * sum(baseWeights);
        double[] weights = baseWeights.clone();
        double[] before = totals(joint, jointCells, weights);
        List<Step> steps = new ArrayList<>();
        boolean converged = false;
        int iteration = 0;
        double change = 0;
        while (iteration < maxIterations) {
            steps.clear();
            for (int m = 0; m < margins; m++) {
                Step step = step(cells[m], population[m], weights);
                steps.add(step);
                weights = step.newWeights();
            }
            double[] after = totals(joint, jointCells, weights);
            change = 0;
            for (int c = 0; c < jointCells; c++) {
                change = Math.max(change, Math.abs(after[c] - before[c]));
            }
            iteration++;
            if (change < epsilon) {
                converged = true;
                break;
            }
            before = after;
        }
        return new Calibration(Method.RAKING, weights, steps, converged, iteration, change, warnings);
    }

    /**
     * The influence values {@code z} (rows × statistics) with the calibration's part removed, as R's
     * {@code svyrecvar} does before it sums them: residuals from the post-stratum means for
     * post-stratification, from {@value #RAKING_SWEEPS} backfitting sweeps over the margins for raking.
     */
    public double[][] adjust(double[][] z) {
        int n = weights.length;
        int p = z.length == 0 ? 0 : z[0].length;
        double[][] x = new double[n][];
        for (int row = 0; row < n; row++) {
            x[row] = z[row].clone();
        }
        if (method == Method.POST_STRATIFICATION) {
            Step step = steps.get(0);
            int cells = max(step.cell()) + 1;
            double[][] sums = new double[cells][p];
            double[] old = new double[cells];
            for (int row = 0; row < n; row++) {
                int h = step.cell()[row];
                double psw = psw(step, row);
                for (int j = 0; j < p; j++) {
                    sums[h][j] += x[row][j] * step.oldWeights()[row] / psw;
                }
                old[h] += step.oldWeights()[row];
            }
            for (int row = 0; row < n; row++) {
                int h = step.cell()[row];
                double psw = psw(step, row);
                for (int j = 0; j < p; j++) {
                    x[row][j] -= sums[h][j] / old[h] * psw;
                }
            }
        } else if (method == Method.RAKING) {
            for (int sweep = 0; sweep < RAKING_SWEEPS; sweep++) {
                for (Step step : steps) {
                    int cells = max(step.cell()) + 1;
                    double[][] sums = new double[cells][p];
                    int[] count = new int[cells];
                    for (int row = 0; row < n; row++) {
                        int h = step.cell()[row];
                        for (int j = 0; j < p; j++) {
                            sums[h][j] += x[row][j] / step.newWeights()[row];
                        }
                        count[h]++;
                    }
                    for (int row = 0; row < n; row++) {
                        int h = step.cell()[row];
                        for (int j = 0; j < p; j++) {
                            x[row][j] -= step.newWeights()[row] * sums[h][j] / count[h];
                        }
                    }
                }
            }
        }
        return x;
    }

    /**
     * The design-based covariance of statistics whose influence values are {@code z} (rows ×
     * statistics, 0 outside the domain): calibration adjustment, then n/(n−1) Σ (z<sub>i</sub> −
     * z̄)(z<sub>i</sub> − z̄)ᵀ over n rows (R: one stage, one stratum, no finite population correction).
     * Rows outside a domain (e.g. those that did not answer) bring influence 0 but still count among the
     * n rows and take part in the calibration adjustment, as in R's {@code svymean(..., na.rm = TRUE)} or
     * on {@code design[domain, ]} (R keeps the design's number of units when it subsets one).
     */
    public double[][] covariance(double[][] z) {
        double[][] x = adjust(z);
        int n = x.length;
        int p = z.length == 0 ? 0 : z[0].length;
        double[] mean = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] v = new double[p][p];
        for (double[] row : x) {
            for (int a = 0; a < p; a++) {
                double da = row[a] - mean[a];
                for (int b = 0; b < p; b++) {
                    v[a][b] += da * (row[b] - mean[b]);
                }
            }
        }
        double factor = n > 1 ? (double) n / (n - 1) : Double.NaN;
        for (double[] line : v) {
            for (int b = 0; b < p; b++) {
                line[b] *= factor;
            }
        }
        return v;
    }

    private static double psw(Step step, int row) {
        double psw = step.newWeights()[row];
        return psw == 0 && step.oldWeights()[row] == 0 ? 1 : psw;
    }

    /** One of R's postStratify: weights × population / sample per cell; cells without sample stay empty. */
    private static Step step(int[] cell, double[] population, double[] weights) {
        double[] sample = totals(cell, population.length, weights);
        double[] next = new double[weights.length];
        for (int row = 0; row < weights.length; row++) {
            int h = cell[row];
            next[row] = weights[row] * population[h] / sample[h];
        }
        return new Step(cell.clone(), weights.clone(), next);
    }

    private static double[] totals(int[] cell, int cells, double[] weights) {
        double[] totals = new double[cells];
        for (int row = 0; row < cell.length; row++) {
            totals[cell[row]] += weights[row];
        }
        return totals;
    }

    /** The cell of a row in the cross-classification, the first variable fastest; {@code cellCount} when missing. */
    private static int cellOf(int[][] values, int[] levels, int row) {
        int cell = 0;
        int stride = 1;
        for (int v = 0; v < values.length; v++) {
            int value = values[v][row];
            if (value < 0) {
                return cellCount(levels);
            }
            if (value >= levels[v]) {
                throw new IllegalArgumentException("Level " + value + " of variable " + v + " is out of range");
            }
            cell += value * stride;
            stride *= levels[v];
        }
        return cell;
    }

    private static int cellCount(int[] levels) {
        int cells = 1;
        for (int l : levels) {
            cells *= l;
        }
        return cells;
    }

    private static void checkShares(double[] shares, int expected, boolean zeroAllowed) {
        if (shares.length != expected) {
            throw new IllegalArgumentException("Expected " + expected + " population shares, got " + shares.length);
        }
        double sum = 0;
        for (double share : shares) {
            if (!(zeroAllowed ? share >= 0 : share > 0) || share > 1) {
                throw new IllegalArgumentException("A population share lies between 0 and 1: " + share);
            }
            sum += share;
        }
        if (Math.abs(sum - 1) > GoodnessOfFit.SHARE_SUM_TOLERANCE) {
            throw new IllegalArgumentException("Population shares add up to " + sum + ", not 1");
        }
    }

    private static void checkWeights(double[] weights) {
        for (double w : weights) {
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("A base weight must be a finite number above 0: " + w);
            }
        }
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }

    private static int max(int[] values) {
        return Arrays.stream(values).max().orElse(-1);
    }
}
