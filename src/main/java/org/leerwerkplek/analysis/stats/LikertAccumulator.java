package org.leerwerkplek.analysis.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts the answers to a Likert item or a matrix of items on one scale (points 1..k, k ≥ 3) in one pass:
 * {@link #add(int, int)} per answered item, {@link #addMissing(int)} per item shown and not answered on the
 * scale ("don't know" included).
 */
public final class LikertAccumulator {

    private final List<Category> items;
    private final int points;
    private final boolean weighted;
    private final double[][] counts;
    private final Tally[] bases;
    private final double[] missing;

    /**
     * @param items    the items of the matrix (one for a single Likert question), e.g. the knelpunten
     * @param points   the number of scale points, at least 3
     * @param weighted whether rows bring weights or count 1 each
     */
    public LikertAccumulator(List<Category> items, int points, boolean weighted) {
        if (points < 3) {
            throw new IllegalArgumentException("A Likert scale has at least 3 points: " + points);
        }
        this.items = List.copyOf(items);
        this.points = points;
        this.weighted = weighted;
        this.counts = new double[this.items.size()][points];
        this.bases = new Tally[this.items.size()];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = new Tally();
        }
        this.missing = new double[this.items.size()];
    }

    /** @param point the scale point, 1 (lowest, e.g. "totally disagree") to k (highest) */
    public void add(int item, int point) {
        add(item, point, 1.0);
    }

    public void add(int item, int point, double weight) {
        if (point < 1 || point > points) {
            throw new IllegalArgumentException("Scale point " + point + " is outside 1.." + points);
        }
        counts[item][point - 1] += Tally.checkWeight(weight, weighted);
        bases[item].add(weight);
    }

    public void addMissing(int item) {
        addMissing(item, 1.0);
    }

    public void addMissing(int item, double weight) {
        missing[item] += Tally.checkWeight(weight, weighted);
    }

    /** Whether no item has any answer on the scale. */
    public boolean isEmpty() {
        for (Tally base : bases) {
            if (base.count() > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Summarises every answered item and ranks them; items without any answer are listed in
     * {@link LikertSummary#emptyItems()}.
     *
     * @throws EmptyBaseException when no item has any answer
     */
    public LikertSummary result() {
        if (isEmpty()) {
            throw new EmptyBaseException("a Likert summary");
        }
        List<LikertSummary.Item> summaries = new ArrayList<>();
        List<Category> empty = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (bases[i].count() == 0) {
                empty.add(items.get(i));
            } else {
                summaries.add(summarise(i));
            }
        }
        List<LikertSummary.Item> byTopTwo = new ArrayList<>(summaries);
        byTopTwo.sort(Comparator.comparingDouble(LikertSummary.Item::topTwoPercent).reversed());
        List<LikertSummary.Item> byMean = new ArrayList<>(summaries);
        byMean.sort(Comparator.comparingDouble(LikertSummary.Item::mean).reversed());
        return new LikertSummary(weighted, points, summaries, empty, ranks(byTopTwo), ranks(byMean));
    }

    private LikertSummary.Item summarise(int item) {
        Category category = items.get(item);
        double[] distribution = counts[item];
        double base = bases[item].sum();
        double effectiveBase = weighted ? bases[item].effectiveSize() : base;
        List<Double> itemCounts = new ArrayList<>(points);
        List<Double> percents = new ArrayList<>(points);
        double weightedSum = 0;
        double below = 0;
        double neutral = 0;
        double above = 0;
        for (int k = 0; k < points; k++) {
            int point = k + 1;
            itemCounts.add(distribution[k]);
            percents.add(100 * distribution[k] / base);
            weightedSum += point * distribution[k];
            if (2 * point < points + 1) {
                below += distribution[k];
            } else if (2 * point == points + 1) {
                neutral += distribution[k];
            } else {
                above += distribution[k];
            }
        }
        double topTwo = distribution[points - 1] + distribution[points - 2];
        WilsonInterval ci = WilsonInterval.of(topTwo, base, effectiveBase);
        return new LikertSummary.Item(category.code(), category.label(), base, missing[item], effectiveBase,
                itemCounts, percents, weightedSum / base, median(distribution, base), topTwo, 100 * topTwo / base,
                100 * ci.low(), 100 * ci.high(), 100 * below / base, 100 * neutral / base, 100 * above / base);
    }

    /**
     * The median scale point: the first point where the cumulative count passes half the base; when it
     * reaches exactly half, the midpoint between that point and the next answered one (as numpy.median).
     */
    private static double median(double[] distribution, double base) {
        double half = base / 2;
        double cumulative = 0;
        for (int k = 0; k < distribution.length; k++) {
            cumulative += distribution[k];
            if (Math.abs(cumulative - half) <= 1e-12 * base && distribution[k] > 0) {
                for (int next = k + 1; next < distribution.length; next++) {
                    if (distribution[next] > 0) {
                        return (k + 1 + next + 1) / 2.0;
                    }
                }
                return k + 1;
            }
            if (cumulative > half) {
                return k + 1;
            }
        }
        return distribution.length;
    }

    private static List<LikertSummary.Rank> ranks(List<LikertSummary.Item> ordered) {
        List<LikertSummary.Rank> ranks = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            LikertSummary.Item item = ordered.get(i);
            ranks.add(new LikertSummary.Rank(i + 1, item.code(), item.label(), item.topTwoPercent(), item.ciLow(),
                    item.ciHigh(), item.mean()));
        }
        return ranks;
    }
}
