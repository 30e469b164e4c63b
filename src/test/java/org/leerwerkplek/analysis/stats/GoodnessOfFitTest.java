package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leerwerkplek.analysis.stats.Reference.assertClose;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference figures: obs = np.array(counts, float); e = obs.sum() * np.array(shares)
 * r = scipy.stats.chisquare(obs, e); r.statistic, r.pvalue; residuals (obs - e) / np.sqrt(e)
 */
class GoodnessOfFitTest {

    private static FrequencyTable counts(long... counts) {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            categories.add(new Category("C" + i, "c" + i));
        }
        FrequencyAccumulator accumulator = new FrequencyAccumulator(categories, false);
        for (int i = 0; i < counts.length; i++) {
            for (long j = 0; j < counts[i]; j++) {
                accumulator.add(i);
            }
        }
        return accumulator.result();
    }

    @Test
    void agreesWithSciPyAndShowsWhoIsUnderRepresented() {
        GoodnessOfFit fit = GoodnessOfFit.test(counts(120, 90, 60, 35), new double[] {0.55, 0.25, 0.12, 0.08});

        assertClose(35.6371087928465, fit.chi2(), "chi2");
        assertEquals(3, fit.df());
        assertClose(8.935155802568906e-08, fit.p(), "p");
        double[] residuals = {-3.6867366092024234, 1.5746454193631378, 3.8679006887076244, 2.145907274974127};
        double[] expected = {167.75, 76.25, 36.6, 24.400000000000002};
        for (int i = 0; i < 4; i++) {
            assertClose(residuals[i], fit.categories().get(i).residual(), "residual " + i);
            assertClose(expected[i], fit.categories().get(i).expected(), "expected " + i);
        }
        assertClose(55.0, fit.categories().get(0).referencePercent(), "reference percent");
        assertTrue(fit.reportable());
        assertEquals(ReasonCode.COCHRAN_MET, fit.reason().code());
    }

    @Test
    void tinyPValuesAreKept() {
        GoodnessOfFit fit = GoodnessOfFit.test(counts(300, 5), new double[] {0.5, 0.5});

        assertClose(285.327868852459, fit.chi2(), "chi2");
        assertClose(5.1832182889577035e-64, fit.p(), "p");
        assertClose(11.944200870139012, fit.categories().get(0).residual(), "residual");
    }

    @Test
    void smallExpectedCountsAreNotReportable() {
        GoodnessOfFit fit = GoodnessOfFit.test(counts(3, 5, 2), new double[] {0.5, 0.3, 0.2});

        assertClose(2.1333333333333333, fit.chi2(), "chi2");
        assertClose(0.3441537868654125, fit.p(), "p");
        assertFalse(fit.reportable());
        assertEquals(Reason.of(ReasonCode.EXPECTED_TOO_SMALL, 2.0, 2.0 / 3), fit.reason());
    }

    /*
     * rows = [(0,1.5),(0,0.5),(1,2.0),(0,1.0),(2,0.8),(1,1.2),(0,0.7)] * 10; t = weighted counts
     * neff = sw*sw/sw2; s = neff/sw; e = sw*np.array([0.4,0.4,0.2]); chisquare(t*s, e*s); (t*s-e*s)/np.sqrt(e*s)
     */
    @Test
    void weightedCountsAreTestedOnTheEffectiveSampleSize() {
        FrequencyAccumulator accumulator = new FrequencyAccumulator(
                List.of(new Category("A", "a"), new Category("B", "b"), new Category("C", "c")), true);
        double[][] rows = {{0, 1.5}, {0, 0.5}, {1, 2.0}, {0, 1.0}, {2, 0.8}, {1, 1.2}, {0, 0.7}};
        for (int repeat = 0; repeat < 10; repeat++) {
            for (double[] row : rows) {
                accumulator.add((int) row[0], row[1]);
            }
        }

        GoodnessOfFit fit = GoodnessOfFit.test(accumulator.result(), new double[] {0.4, 0.4, 0.2});

        assertTrue(fit.weighted());
        assertClose(3.709036742800397, fit.chi2(), "chi2");
        assertClose(0.15652831303547385, fit.p(), "p");
        assertClose(-1.6489291159398711, fit.categories().get(2).residual(), "residual");
        assertClose(11.775571002979154, fit.minExpected(), "minExpected");
    }

    @Test
    void oneCategoryIsNotTestable() {
        GoodnessOfFit fit = GoodnessOfFit.test(counts(7), new double[] {1.0});
        assertFalse(fit.reportable());
        assertEquals(ReasonCode.NOT_TESTABLE, fit.reason().code());
        assertNull(fit.p());
    }

    @Test
    void refusesSharesThatAreNoDistribution() {
        FrequencyTable table = counts(3, 4);
        assertThrows(IllegalArgumentException.class, () -> GoodnessOfFit.test(table, new double[] {0.5, 0.4}));
        assertThrows(IllegalArgumentException.class, () -> GoodnessOfFit.test(table, new double[] {1.0, 0.0}));
        assertThrows(IllegalArgumentException.class, () -> GoodnessOfFit.test(table, new double[] {1.0}));
    }
}
