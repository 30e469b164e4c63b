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
 * Reference figures from SciPy 1.17.1:
 * <pre>
 * import numpy as np
 * from scipy.stats import chi2_contingency, fisher_exact
 * from scipy.stats.contingency import association
 * r = chi2_contingency(t, correction=False)   # statistic, dof, pvalue, expected_freq
 * y = chi2_contingency(t, correction=True)    # Yates, 2x2 only
 * fisher_exact(t).pvalue; association(t, method='cramer')
 * </pre>
 */
class CrossTabAccumulatorTest {

    private static final CrossTabOptions ANY_SIZE = new CrossTabOptions(0, 0.05);

    private static List<Category> categories(String... labels) {
        List<Category> categories = new ArrayList<>();
        for (String label : labels) {
            categories.add(new Category(label.toUpperCase(), label));
        }
        return categories;
    }

    private static CrossTabAccumulator table(long[][] counts, String[] rows, String[] columns) {
        CrossTabAccumulator accumulator = new CrossTabAccumulator(categories(rows), categories(columns), false);
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                accumulator.addCount(i, j, counts[i][j]);
            }
        }
        return accumulator;
    }

    private static CrossTab test(long[][] counts, CrossTabOptions options) {
        String[] rows = new String[counts.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "r" + i;
        }
        String[] columns = new String[counts[0].length];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = "c" + j;
        }
        return table(counts, rows, columns).result(options);
    }

    @Test
    void threeByThreeAgreesWithSciPy() {
        // t = [[30,40,30],[45,35,20],[20,30,50]]
        CrossTab tab = test(new long[][] {{30, 40, 30}, {45, 35, 20}, {20, 30, 50}}, CrossTabOptions.DEFAULTS);

        assertClose(25.428571428571423, tab.chi2(), "chi2");
        assertEquals(4, tab.df());
        assertClose(4.1250485651912646e-05, tab.p(), "p");
        assertClose(0.20586634591635508, tab.cramersV(), "V");
        assertClose(31.666666666666668, tab.minExpected(), "minExpected");
        assertClose(35.0, tab.rows().get(1).cells().get(1).expected(), "expected[1][1]");
        assertEquals(0.0, tab.shareExpectedBelow5());
        assertNull(tab.yatesChi2());
        assertNull(tab.fisherP());
        assertTrue(tab.reportable());
        assertEquals(ReasonCode.COCHRAN_MET, tab.reason().code());
        assertFalse(tab.weighted());
        CrossTab.Cell cell = tab.rows().get(1).cells().get(0);
        assertClose(45.0, cell.rowPercent(), "row percent");
        assertClose(100.0 * 45 / 95, cell.columnPercent(), "column percent");
        assertClose((45 - 31.666666666666668) / Math.sqrt(31.666666666666668), cell.residual(), "residual");
        assertEquals(100, tab.rows().get(1).n());
        assertClose(100.0 / 3, tab.rows().get(1).percent(), "row share of the total");
        assertClose(100.0 * 95 / 300, tab.columns().get(0).percent(), "column share of the total");

        Reading aboutLastColumn = tab.readingFor(2, 0.05);
        assertEquals(ReadingKind.DIFFERENCE, aboutLastColumn.kind());
        assertEquals("c2", aboutLastColumn.comparison().category());
        assertEquals("r2", aboutLastColumn.comparison().higherGroup());
        assertEquals(50.0, aboutLastColumn.comparison().higherPercent());
        assertEquals("r1", aboutLastColumn.comparison().lowerGroup());
        assertEquals(20.0, aboutLastColumn.comparison().lowerPercent());
        assertEquals(ReadingKind.NO_CLEAR_DIFFERENCE, tab.readingFor(2, 1e-5).kind());
    }

    @Test
    void tinyPValuesAreKept() {
        // t = [[120,30,10],[40,100,30],[20,40,110]]
        CrossTab tab = test(new long[][] {{120, 30, 10}, {40, 100, 30}, {20, 40, 110}}, CrossTabOptions.DEFAULTS);

        assertClose(256.9011918492887, tab.chi2(), "chi2");
        assertClose(2.1218713397014575e-54, tab.p(), "p");
        assertClose(0.5068542116321898, tab.cramersV(), "V");
        assertClose(48.0, tab.minExpected(), "minExpected");
    }

    @Test
    void smallTwoByTwoFallsBackToFisher() {
        // t = [[8,2],[1,5]]
        CrossTab tab = test(new long[][] {{8, 2}, {1, 5}}, ANY_SIZE);

        assertClose(6.112169312169312, tab.chi2(), "chi2");
        assertClose(0.013425424881491248, tab.p(), "p");
        assertClose(3.8095238095238093, tab.yatesChi2(), "yates chi2");
        assertClose(0.050961936967763424, tab.yatesP(), "yates p");
        assertClose(0.034965034965034975, tab.fisherP(), "fisher p");
        assertClose(0.6180700462007377, tab.cramersV(), "V");
        assertClose(2.625, tab.minExpected(), "minExpected");
        assertEquals(0.75, tab.shareExpectedBelow5());
        assertTrue(tab.reportable());
        assertEquals(ReasonCode.FISHER_USED, tab.reason().code());
        assertEquals(tab.fisherP(), tab.reportedP());
        assertEquals(ReadingKind.DIFFERENCE, tab.reading().kind());
        assertEquals(tab.fisherP(), tab.reading().comparison().p());
    }

    @Test
    void largeTwoByTwoReportsPearsonYatesAndFisher() {
        // t = [[1200,800],[1100,900]]
        CrossTab tab = test(new long[][] {{1200, 800}, {1100, 900}}, CrossTabOptions.DEFAULTS);

        assertClose(10.230179028132993, tab.chi2(), "chi2");
        assertClose(0.0013816125257325867, tab.p(), "p");
        assertClose(10.026598465473146, tab.yatesChi2(), "yates chi2");
        assertClose(0.0015429571507606266, tab.yatesP(), "yates p");
        assertClose(0.0015395077387717368, tab.fisherP(), "fisher p");
        assertClose(0.05057217374241736, tab.cramersV(), "V");
        assertEquals(ReasonCode.COCHRAN_MET, tab.reason().code());
        assertEquals(tab.p(), tab.reportedP());
    }

    @Test
    void emptyRowsAndColumnsAreDroppedAndSaidBeforeTesting() {
        // reduced t = [[10,15],[12,20]]; Yates is 0 because every |O - E| is below 0.5
        CrossTab tab = table(new long[][] {{10, 0, 15}, {0, 0, 0}, {12, 0, 20}},
                new String[] {"Klein", "Middel", "Groot"}, new String[] {"Ja", "Weet niet", "Nee"}).result(ANY_SIZE);

        assertEquals(List.of(Reason.of(ReasonCode.EMPTY_ROW_DROPPED, "Middel"),
                Reason.of(ReasonCode.EMPTY_COLUMN_DROPPED, "Weet niet")), tab.dropped());
        assertEquals(List.of("Klein", "Groot"), tab.rows().stream().map(CrossTab.Row::label).toList());
        assertEquals(List.of("Ja", "Nee"), tab.columns().stream().map(CrossTab.Column::label).toList());
        assertClose(0.03701298701298687, tab.chi2(), "chi2");
        assertClose(0.8474386080419684, tab.p(), "p");
        assertEquals(0.0, tab.yatesChi2());
        assertClose(1.0, tab.yatesP(), "yates p");
        assertClose(1.0, tab.fisherP(), "fisher p");
        assertClose(0.02548235957188123, tab.cramersV(), "V");
        assertEquals(ReadingKind.NO_CLEAR_DIFFERENCE, tab.reading().kind());
    }

    @Test
    void smallSubgroupsAreLeftOutWithTheirSize() {
        // reduced t = [[40,60],[70,30]]
        CrossTab tab = table(new long[][] {{40, 60}, {70, 30}, {8, 4}},
                new String[] {"Klein", "Middel", "Groot"}, new String[] {"Ja", "Nee"}).result(CrossTabOptions.DEFAULTS);

        assertEquals(List.of(Reason.of(ReasonCode.SUBGROUP_TOO_SMALL, "Groot", 12L, 30)), tab.dropped());
        assertEquals(2, tab.rows().size());
        assertClose(18.18181818181818, tab.chi2(), "chi2");
        assertClose(2.0078656124264854e-05, tab.p(), "p");
        assertClose(3.304592989272319e-05, tab.fisherP(), "fisher p");
        Reading.Comparison comparison = tab.reading().comparison();
        assertEquals("Middel", comparison.higherGroup());
        assertEquals("Klein", comparison.lowerGroup());
        assertEquals("Ja", comparison.category());
        assertEquals(70.0, comparison.higherPercent());
        assertEquals(40.0, comparison.lowerPercent());
    }

    @Test
    void failingCochranBeyondTwoByTwoIsNotReportable() {
        // t = [[1,2,30],[2,1,35]]
        CrossTab tab = test(new long[][] {{1, 2, 30}, {2, 1, 35}}, ANY_SIZE);

        assertFalse(tab.reportable());
        assertEquals(ReasonCode.EXPECTED_TOO_SMALL, tab.reason().code());
        assertClose(1.3943661971830985, tab.minExpected(), "minExpected");
        assertClose(2.0 / 3, tab.shareExpectedBelow5(), "share below 5");
        assertClose(0.703753563792461, tab.p(), "p");
        assertNull(tab.reportedP());
        assertEquals(ReadingKind.NOT_REPORTABLE, tab.reading().kind());
        assertNull(tab.reading().comparison());
    }

    @Test
    void oneRowOrOneColumnIsNotTestable() {
        CrossTab oneRow = test(new long[][] {{10, 20, 30}}, ANY_SIZE);
        assertFalse(oneRow.reportable());
        assertEquals(Reason.of(ReasonCode.NOT_TESTABLE, 1, 3), oneRow.reason());
        assertNull(oneRow.chi2());
        assertNull(oneRow.p());
        assertNull(oneRow.cramersV());
        assertEquals(0, oneRow.df());
        assertClose(50.0, oneRow.rows().get(0).cells().get(2).rowPercent(), "row percent");

        CrossTab oneColumnLeft = test(new long[][] {{5, 0}, {7, 0}}, ANY_SIZE);
        assertEquals(Reason.of(ReasonCode.NOT_TESTABLE, 2, 1), oneColumnLeft.reason());
        assertEquals(List.of(Reason.of(ReasonCode.EMPTY_COLUMN_DROPPED, "c1")), oneColumnLeft.dropped());
        assertEquals(ReadingKind.NOT_REPORTABLE, oneColumnLeft.reading().kind());
    }

    @Test
    void everySubgroupTooSmallLeavesNothingToTest() {
        CrossTab tab = test(new long[][] {{5, 3}, {2, 7}}, CrossTabOptions.DEFAULTS);
        assertEquals(Reason.of(ReasonCode.NOT_TESTABLE, 0, 0), tab.reason());
        assertEquals(0.0, tab.total());
        assertEquals(4, tab.dropped().size());
    }

    /*
     * t = np.zeros((2,3)); sw = sw2 = 0
     * for i in range(300):
     *     r = i % 2; c = ((i * 37 + 11) % 7 + r) % 3; w = 0.5 + (i % 5) * 0.25
     *     t[r,c] += w; sw += w; sw2 += w*w
     * neff = sw*sw/sw2; res = chi2_contingency(t*neff/sw, correction=False)
     * res.statistic, res.pvalue, math.sqrt(res.statistic/neff), res.expected_freq.min()
     * chi2_contingency(t, correction=False).expected_freq   # expected on the weighted scale
     */
    @Test
    void weightedTablesAreTestedOnTheEffectiveSampleSize() {
        CrossTabAccumulator accumulator = new CrossTabAccumulator(categories("a", "b"), categories("x", "y", "z"), true);
        for (int i = 0; i < 300; i++) {
            int r = i % 2;
            accumulator.add(r, ((i * 37 + 11) % 7 + r) % 3, 0.5 + (i % 5) * 0.25);
        }

        CrossTab tab = accumulator.result(CrossTabOptions.DEFAULTS);

        assertTrue(tab.weighted());
        assertClose(300.0, tab.total(), "total");
        assertClose(266.6666666666667, tab.effectiveTotal(), "effective total");
        assertClose(62.75, tab.rows().get(0).cells().get(0).count(), "weighted count");
        assertClose(52.375, tab.rows().get(0).cells().get(0).expected(), "weighted expected");
        assertClose(7.512978934873515, tab.chi2(), "chi2");
        assertClose(0.023365622344245374, tab.p(), "p");
        assertClose(0.16785014449137564, tab.cramersV(), "V");
        assertClose(38.22222222222222, tab.minExpected(), "minExpected on the test scale");
        assertEquals(150, tab.rows().get(0).n());
    }

    @Test
    void aWeightedTwoByTwoHasNoFisherTest() {
        CrossTabAccumulator accumulator = new CrossTabAccumulator(categories("a", "b"), categories("x", "y"), true);
        accumulator.add(0, 0, 2.0);
        accumulator.add(0, 1, 1.0);
        accumulator.add(1, 0, 0.5);
        accumulator.add(1, 1, 1.5);

        CrossTab tab = accumulator.result(ANY_SIZE);

        assertNull(tab.fisherP());
        assertFalse(tab.reportable());
        assertEquals(ReasonCode.EXPECTED_TOO_SMALL, tab.reason().code());
    }

    @Test
    void anEmptyTableHasNoResult() {
        CrossTabAccumulator accumulator = new CrossTabAccumulator(categories("a", "b"), categories("x", "y"), false);
        assertTrue(accumulator.isEmpty());
        assertThrows(EmptyBaseException.class, () -> accumulator.result(CrossTabOptions.DEFAULTS));
        assertThrows(IllegalStateException.class,
                () -> new CrossTabAccumulator(categories("a"), categories("x"), true).addCount(0, 0, 3));
    }
}
