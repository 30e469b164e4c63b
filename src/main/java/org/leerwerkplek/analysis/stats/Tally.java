package org.leerwerkplek.analysis.stats;

/**
 * A running count of rows with the sum and the sum of squares of their weights, enough for
 * Kish's effective sample size.
 */
final class Tally {

    private long count;
    private double sum;
    private double sumOfSquares;

    void add(double weight) {
        count++;
        sum += weight;
        sumOfSquares += weight * weight;
    }

    /** Adds {@code rows} rows of weight 1. */
    void addUnweighted(long rows) {
        count += rows;
        sum += rows;
        sumOfSquares += rows;
    }

    void add(Tally other) {
        count += other.count;
        sum += other.sum;
        sumOfSquares += other.sumOfSquares;
    }

    long count() {
        return count;
    }

    double sum() {
        return sum;
    }

    /** Kish's effective sample size (Σw)²/Σw²; 0 for an empty tally. */
    double effectiveSize() {
        return count == 0 ? 0 : sum * sum / sumOfSquares;
    }

    /**
     * Checks a row weight: unweighted accumulators accept only 1, weighted ones any finite weight above 0.
     */
    static double checkWeight(double weight, boolean weighted) {
        if (!weighted && weight != 1.0) {
            throw new IllegalArgumentException("An unweighted table accepts no weight other than 1: " + weight);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("A weight must be a finite number above 0: " + weight);
        }
        return weight;
    }
}
