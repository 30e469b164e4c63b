package org.leerwerkplek.analysis.stats;

import java.util.List;

/**
 * A Likert item or matrix: per item the distribution, mean, median, the share agreeing (the top two scale
 * points) with its 95% Wilson interval and the shares below / at / above the scale's middle for a
 * diverging bar chart; and the items ranked by that share and by mean (ties keep the item order). There is
 * no summary when no item has an answer ({@link EmptyBaseException}).
 *
 * @param weighted   whether counts are sums of weights
 * @param points     the number of scale points
 * @param items      the answered items, in item order
 * @param emptyItems items without any answer on the scale
 * @param byTopTwo   the answered items ranked by {@code topTwoPercent}, highest first
 * @param byMean     the answered items ranked by {@code mean}, highest first
 */
public record LikertSummary(boolean weighted, int points, List<Item> items, List<Category> emptyItems,
        List<Rank> byTopTwo, List<Rank> byMean) {

    public LikertSummary {
        items = List.copyOf(items);
        emptyItems = List.copyOf(emptyItems);
        byTopTwo = List.copyOf(byTopTwo);
        byMean = List.copyOf(byMean);
    }

    /**
     * @param base           answers on the scale (weighted: their weight)
     * @param missing        shown but not answered on the scale (weighted: their weight)
     * @param effectiveBase  Kish's effective size of the base
     * @param counts         answers per scale point 1..k
     * @param percents       counts / base per scale point, 0–100
     * @param mean           mean scale point
     * @param median         median scale point (a half point when the middle falls between two points)
     * @param topTwoCount    answers on the two highest points
     * @param topTwoPercent  topTwoCount / base, 0–100
     * @param ciLow          lower bound of the 95% Wilson interval of topTwoPercent, 0–100
     * @param ciHigh         upper bound, 0–100
     * @param belowPercent   answers below the middle point, 0–100
     * @param neutralPercent answers on the middle point (0 for an even scale), 0–100
     * @param abovePercent   answers above the middle point, 0–100
     */
    public record Item(String code, String label, double base, double missing, double effectiveBase,
            List<Double> counts, List<Double> percents, double mean, double median, double topTwoCount,
            double topTwoPercent, double ciLow, double ciHigh, double belowPercent, double neutralPercent,
            double abovePercent) {

        public Item {
            counts = List.copyOf(counts);
            percents = List.copyOf(percents);
        }
    }

    /** One place in a ranking, 1 first. */
    public record Rank(int rank, String code, String label, double topTwoPercent, double ciLow, double ciHigh,
            double mean) {
    }
}
