package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leerwerkplek.analysis.stats.Reference.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FisherExactTest {

    /* python3 -c "from scipy.stats import fisher_exact; print(repr(fisher_exact([[a, b], [c, d]]).pvalue))" */
    @ParameterizedTest
    @CsvSource({
        "3, 1, 1, 3, 0.48571428571428565",
        "8, 2, 1, 5, 0.034965034965034975",
        "1, 9, 11, 3, 0.0027594561852200836",
        "5, 0, 0, 5, 0.007936507936507938",
        "0, 7, 12, 0, 1.9845995078193222e-05",
        "20, 1, 0, 25, 3.744494919030974e-12",
        "40, 10, 10, 40, 2.2221008148312167e-09",
        "2, 2, 2, 2, 1.0"})
    void smallTablesAgreeWithSciPy(long a, long b, long c, long d, double p) {
        assertClose(p, FisherExact.twoSidedP(a, b, c, d), "fisher");
    }

    /* Same command; counts in the thousands and p far below 1e-30. */
    @ParameterizedTest
    @CsvSource({
        "1200, 800, 1100, 900, 0.0015395077387717368",
        "300, 100, 100, 300, 6.00629983095699e-47",
        "3000, 1000, 2500, 1500, 1.585628632808375e-33"})
    void largeTablesAgreeWithSciPy(long a, long b, long c, long d, double p) {
        assertClose(p, FisherExact.twoSidedP(a, b, c, d), "fisher");
        assertClose(p, FisherExact.twoSidedP(d, c, b, a), "fisher of the mirrored table");
    }

    @Test
    void aTableWithAnEmptyMarginIsNoEvidence() {
        assertEquals(1.0, FisherExact.twoSidedP(0, 0, 3, 4));
    }

    @Test
    void refusesNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> FisherExact.twoSidedP(-1, 2, 3, 4));
    }
}
