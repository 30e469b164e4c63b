package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calibration weights; their agreement with R's survey package is in {@link SurveyPackageAgreementTest}. */
class CalibrationTest {

    private static double[] ones(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return ones;
    }

    @Test
    void postStratificationOnOneVariableGivesShareOverSampleShareAndLeavesTheUnansweredAlone() {
        // 2 in A, 6 in B, 2 without an answer; population 50/50: A gets 0.5 / (2/8) = 2, B 0.5 / (6/8) = 2/3.
        int[] a = {0, 0, 1, 1, 1, 1, 1, 1, -1, -1};
        Calibration c = Calibration.postStratify(new int[][] {a}, new int[] {2}, new double[] {0.5, 0.5},
                List.of("A", "B"), ones(10));
        assertEquals(2, c.weight(0), 1e-12);
        assertEquals(2.0 / 3, c.weight(2), 1e-12);
        assertEquals(1, c.weight(8), 1e-12);
        assertTrue(c.converged());
    }

    @Test
    void aCellWithoutRespondentsIsLeftOutWithAWarning() {
        int[] a = {0, 0, 1, 1};
        Calibration c = Calibration.postStratify(new int[][] {a}, new int[] {3}, new double[] {0.4, 0.4, 0.2},
                List.of("A", "B", "C"), ones(4));
        assertEquals(List.of(Reason.of(ReasonCode.MISSING_IN_SAMPLE, "C", 0.2)), c.warnings());
        assertEquals(0.8 * 4, Arrays.stream(c.weights()).sum(), 1e-12);
    }

    @Test
    void rakingMatchesEveryMarginWhenItConverges() {
        int[] a = {0, 0, 0, 1, 1, 0, 1, 0};
        int[] b = {0, 1, 1, 1, 0, 0, 1, 1};
        Calibration c = Calibration.rake(new int[][] {a, b}, new int[] {2, 2}, new double[][] {{0.3, 0.7}, {0.6, 0.4}},
                List.of(List.of("a0", "a1"), List.of("b0", "b1")), ones(8), 1e-10, 100);
        assertTrue(c.converged());
        double a0 = 0;
        double b0 = 0;
        for (int i = 0; i < 8; i++) {
            a0 += a[i] == 0 ? c.weight(i) : 0;
            b0 += b[i] == 0 ? c.weight(i) : 0;
        }
        assertEquals(0.3 * 8, a0, 1e-8);
        assertEquals(0.6 * 8, b0, 1e-8);
    }

    @Test
    void rakingThatRunsOutOfIterationsSaysSo() {
        int[] a = {0, 0, 0, 1, 1, 0, 1, 0};
        int[] b = {0, 1, 1, 1, 0, 0, 1, 1};
        Calibration c = Calibration.rake(new int[][] {a, b}, new int[] {2, 2}, new double[][] {{0.3, 0.7}, {0.6, 0.4}},
                List.of(List.of("a0", "a1"), List.of("b0", "b1")), ones(8), 1e-12, 2);
        assertFalse(c.converged());
        assertEquals(2, c.iterations());
        assertTrue(c.lastChange() > 1e-12 * 8);
    }

    @Test
    void badSharesAndWeightsAreRefused() {
        int[][] a = {{0, 1}};
        assertThrows(IllegalArgumentException.class, () -> Calibration.postStratify(a, new int[] {2},
                new double[] {0.5, 0.6}, List.of("A", "B"), ones(2)));
        assertThrows(IllegalArgumentException.class, () -> Calibration.postStratify(a, new int[] {2},
                new double[] {1, 0}, List.of("A", "B"), ones(2)));
        assertThrows(IllegalArgumentException.class, () -> Calibration.none(new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> Calibration.rake(a, new int[] {2},
                new double[][] {{0.5, 0.5}}, List.of(List.of("A", "B")), ones(2), 2, 10));
    }
}
