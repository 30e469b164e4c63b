package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leerwerkplek.analysis.stats.Reference.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

    @Test
    void zIsTheNormalQuantileOfSciPy() {
        // python3 -c "from scipy.stats import norm; print(repr(norm.ppf(0.975)))"
        assertClose(1.959963984540054, WilsonInterval.Z_95, "z");
    }

    /*
     * from scipy.stats import binomtest
     * ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method='wilson'); print(ci.low*100, ci.high*100)
     */
    @ParameterizedTest
    @CsvSource({
        "58, 89, 54.829317966364336, 74.25251717815385",
        "31, 89, 25.747482821846145, 45.17068203363568",
        "0, 89, 0.0, 4.137654523625251",
        "89, 89, 95.86234547637476, 100.0",
        "1, 3, 6.1491944720396265, 79.23403991979524"})
    void agreesWithSciPy(int k, int n, double low, double high) {
        WilsonInterval ci = WilsonInterval.of((double) k / n, n);
        assertClose(low, 100 * ci.low(), "low");
        assertClose(high, 100 * ci.high(), "high");
    }

    @Test
    void refusesAnEmptySample() {
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1.5, 10));
    }

    @Test
    void staysWithinZeroAndOne() {
        WilsonInterval none = WilsonInterval.of(0, 1);
        assertEquals(0.0, none.low());
        WilsonInterval all = WilsonInterval.of(1, 1);
        assertEquals(1.0, all.high());
    }
}
