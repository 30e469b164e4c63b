package org.leerwerkplek.analysis.demo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Exact counts instead of random draws: turning shares into whole numbers that add up, and
 * handing out a fixed number of places among respondents in a seeded random order.
 */
final class Allocation {

    private Allocation() {
    }

    /** {@code share} of {@code total}, rounded half up: 0.68 of 305 is 207. */
    static int count(double share, int total) {
        return (int) Math.round(share * total);
    }

    /**
     * Splits {@code total} over parts in proportion to {@code shares} (which need not add up to
     * 1) by the largest-remainder method: every part gets the floor of its quota, and the places
     * left go to the largest remainders, ties to the earlier part. The counts always add up to
     * {@code total}. All shares zero gives everything to the first part.
     */
    static int[] apportion(double[] shares, int total) {
        double sum = Arrays.stream(shares).sum();
        int[] counts = new int[shares.length];
        if (sum <= 0) {
            counts[0] = total;
            return counts;
        }
        double[] remainders = new double[shares.length];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double quota = shares[i] / sum * total;
            counts[i] = (int) Math.floor(quota);
            remainders[i] = quota - counts[i];
            given += counts[i];
        }
        for (int left = total - given; left > 0; left--) {
            int largest = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            counts[largest]++;
            remainders[largest] = -1;
        }
        return counts;
    }

    /**
     * Labels for {@code counts.length} groups laid out as {@code counts[0]} times 0, then
     * {@code counts[1]} times 1, and so on, shuffled: who gets which label is random, how many
     * get each label is exact.
     */
    static int[] shuffledLabels(int[] counts, SplittableRandom random) {
        int[] labels = new int[Arrays.stream(counts).sum()];
        int at = 0;
        for (int label = 0; label < counts.length; label++) {
            Arrays.fill(labels, at, at + counts[label], label);
            at += counts[label];
        }
        shuffle(labels, random);
        return labels;
    }

    /**
     * Marks exactly {@code count} of the respondents whose index is in {@code members} (or all
     * of them, if there are fewer), chosen at random, in {@code marks}.
     */
    static void markExactly(int[] members, int count, boolean[] marks, SplittableRandom random) {
        int[] order = members.clone();
        shuffle(order, random);
        for (int i = 0; i < Math.min(count, order.length); i++) {
            marks[order[i]] = true;
        }
    }

    /** Fisher–Yates shuffle driven by {@code random}. */
    static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
