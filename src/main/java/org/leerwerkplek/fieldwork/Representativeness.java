package org.leerwerkplek.fieldwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leerwerkplek.analysis.stats.Category;
import org.leerwerkplek.analysis.stats.FrequencyAccumulator;
import org.leerwerkplek.analysis.stats.GoodnessOfFit;

/**
 * The submitted responses of one subgroup dimension against a reference: the shares of the
 * invited population, or the sector register's shares where the instrument gives them. A group
 * counts as under-represented when its standardised residual is below −1.96 (its share lies
 * clearly below the reference at the 5 % level); the verdict reads the test's p-value.
 */
public final class Representativeness {

    /** Standardised residual under which a group is marked under-represented. */
    static final double UNDER = -1.96;
    /** Significance level of the verdict. */
    static final double ALPHA = 0.05;

    /** What the test says, in plain words (message keys {@code fieldwork.verdict.*}). */
    public enum Verdict { FITS, DIFFERS, TOO_FEW, NO_DATA }

    /** One group: submitted count and share against the reference share, and whether it lags. */
    public record Group(String value, long submitted, double percent, double referencePercent, double residual,
                        boolean underRepresented) {
    }

    /** The result for one dimension and reference. */
    public record Test(Dimension dimension, String reference, Verdict verdict, Double chi2, int df, Double p,
                       List<Group> groups) {
    }

    private Representativeness() {
    }

    /**
     * Tests the submitted counts per group against the reference counts per group (invited
     * invitees, or register shares scaled to any total). Groups without reference are left out.
     */
    public static Test test(Dimension dimension, String reference, Map<String, Long> submitted,
                            Map<String, Double> referenceWeights) {
        Map<String, Double> weights = new TreeMap<>();
        referenceWeights.forEach((group, weight) -> {
            if (weight != null && weight > 0) {
                weights.put(group, weight);
            }
        });
        double totalWeight = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        long observed = weights.keySet().stream().mapToLong(g -> submitted.getOrDefault(g, 0L)).sum();
        if (weights.isEmpty() || observed == 0) {
            return new Test(dimension, reference, Verdict.NO_DATA, null, 0, null, List.of());
        }
        List<Category> categories = new ArrayList<>();
        double[] shares = new double[weights.size()];
        int i = 0;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            categories.add(new Category(entry.getKey(), entry.getKey()));
            shares[i++] = entry.getValue() / totalWeight;
        }
        FrequencyAccumulator counts = new FrequencyAccumulator(categories, false);
        for (int c = 0; c < categories.size(); c++) {
            long n = submitted.getOrDefault(categories.get(c).code(), 0L);
            for (long k = 0; k < n; k++) {
                counts.add(c);
            }
        }
        GoodnessOfFit fit = GoodnessOfFit.test(counts.result(), shares);
        List<Group> groups = fit.categories().stream().map(e -> new Group(e.code(), Math.round(e.count()), e.percent(),
                e.referencePercent(), e.residual(), e.residual() < UNDER)).toList();
        Verdict verdict = !fit.reportable() || fit.p() == null ? Verdict.TOO_FEW
                : fit.p() < ALPHA ? Verdict.DIFFERS : Verdict.FITS;
        return new Test(dimension, reference, verdict, fit.chi2(), fit.df(), fit.p(), groups);
    }
}
