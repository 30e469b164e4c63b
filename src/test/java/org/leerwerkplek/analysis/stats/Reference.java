package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.fail;

/** Compares a figure with its SciPy reference: within 1e-9 relative or 1e-12 absolute. */
final class Reference {

    private Reference() {
    }

    static void assertClose(double expected, double actual, String what) {
        double difference = Math.abs(expected - actual);
        if (Double.isNaN(actual) || difference > 1e-12 && difference > 1e-9 * Math.abs(expected)) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
    }

    static void assertClose(double expected, Double actual, String what) {
        if (actual == null) {
            fail(what + ": expected " + expected + " but was null");
        }
        assertClose(expected, actual.doubleValue(), what);
    }
}
