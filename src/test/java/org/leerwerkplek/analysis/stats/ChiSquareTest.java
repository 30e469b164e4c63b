package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leerwerkplek.analysis.stats.Reference.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChiSquareTest {

    /* python3 -c "from scipy.stats import chi2; print(repr(chi2.sf(x, df)))" */
    @ParameterizedTest
    @CsvSource({
        "300, 4, 1.083439491947837e-63",
        "700, 4, 3.4852862290889247e-150",
        "1200, 6, 4.786642678691298e-256",
        "3.84, 1, 0.05004352124870519",
        "45.2, 20, 0.0010365921406591074",
        "0, 2, 1.0",
        "0.5, 30, 1.0"})
    void upperTailAgreesWithSciPyDownToTinyPValues(double statistic, int df, double p) {
        assertClose(p, ChiSquare.upperTail(statistic, df), "sf(" + statistic + ", " + df + ")");
    }

    @Test
    void tinyUpperTailsAreNotRoundedToZero() {
        assertTrue(ChiSquare.upperTail(300, 4) > 0);
    }

    @Test
    void refusesWhatIsNoChiSquare() {
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.upperTail(1, 0));
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.upperTail(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.upperTail(-1, 1));
    }
}
