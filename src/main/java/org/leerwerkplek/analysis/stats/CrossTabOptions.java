package org.leerwerkplek.analysis.stats;

/**
 * How a cross-tab is tested.
 *
 * @param minSubgroupSize subgroups (rows) answered by fewer respondents (unweighted) are left out of the
 *                        test and named in {@link CrossTab#dropped()}; 0 keeps every non-empty row
 * @param alpha           significance level of the plain-language reading, e.g. 0.05
 */
public record CrossTabOptions(int minSubgroupSize, double alpha) {

    /** At least 30 respondents per subgroup, significance at 5%. */
    public static final CrossTabOptions DEFAULTS = new CrossTabOptions(30, 0.05);

    public CrossTabOptions {
        if (minSubgroupSize < 0) {
            throw new IllegalArgumentException("A minimum subgroup size cannot be negative: " + minSubgroupSize);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("A significance level lies between 0 and 1: " + alpha);
        }
    }
}
