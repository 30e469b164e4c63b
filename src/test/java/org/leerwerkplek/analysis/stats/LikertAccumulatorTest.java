package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leerwerkplek.analysis.stats.Reference.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;

class LikertAccumulatorTest {

    private static final List<Category> KNELPUNTEN = List.of(
            new Category("K01", "Geen tijd voor begeleiding"), new Category("K02", "Taal"),
            new Category("K03", "Veiligheid"), new Category("K04", "Administratie"));

    private static void addCounts(LikertAccumulator accumulator, int item, int... countsPerPoint) {
        for (int k = 0; k < countsPerPoint.length; k++) {
            for (int i = 0; i < countsPerPoint[k]; i++) {
                accumulator.add(item, k + 1);
            }
        }
    }

    /*
     * data = np.repeat(np.arange(1, 6), c); data.mean(); np.median(data)
     * binomtest(c[3] + c[4], len(data)).proportion_ci(method='wilson')   # times 100
     * K01 c = [3,7,10,25,15], K02 c = [10,12,8,6,4], K03 c = [2,3,5,5,5], K04 unanswered
     */
    @Test
    void summarisesAndRanksAMatrix() {
        LikertAccumulator accumulator = new LikertAccumulator(KNELPUNTEN, 5, false);
        addCounts(accumulator, 0, 3, 7, 10, 25, 15);
        addCounts(accumulator, 1, 10, 12, 8, 6, 4);
        addCounts(accumulator, 2, 2, 3, 5, 5, 5);
        accumulator.addMissing(1);
        accumulator.addMissing(3);

        LikertSummary summary = accumulator.result();

        assertEquals(List.of(KNELPUNTEN.get(3)), summary.emptyItems());
        assertEquals(3, summary.items().size());
        LikertSummary.Item first = summary.items().get(0);
        assertEquals(60, first.base());
        assertClose(3.7, first.mean(), "mean");
        assertEquals(4.0, first.median());
        assertClose(66.66666666666667, first.topTwoPercent(), "top two");
        assertClose(54.05686645211969, first.ciLow(), "ciLow");
        assertClose(77.27073847647732, first.ciHigh(), "ciHigh");
        assertClose(16.666666666666668, first.belowPercent(), "below");
        assertClose(16.666666666666668, first.neutralPercent(), "neutral");
        assertClose(66.66666666666667, first.abovePercent(), "above");
        assertClose(100.0 * 25 / 60, first.percents().get(3), "percent of point 4");

        LikertSummary.Item second = summary.items().get(1);
        assertEquals(1, second.missing());
        assertClose(2.55, second.mean(), "mean");
        assertEquals(2.0, second.median());
        assertClose(14.187118639096303, second.ciLow(), "ciLow");
        assertClose(40.19396142076803, second.ciHigh(), "ciHigh");
        assertClose(55.0, second.belowPercent(), "below");

        LikertSummary.Item third = summary.items().get(2);
        assertClose(3.4, third.mean(), "mean");
        assertEquals(3.5, third.median(), "the middle falls between 3 and 4");
        assertClose(29.92980081982124, third.ciLow(), "ciLow");
        assertClose(70.07019918017876, third.ciHigh(), "ciHigh");

        assertEquals(List.of("K01", "K03", "K02"), summary.byTopTwo().stream().map(LikertSummary.Rank::code).toList());
        assertEquals(List.of(1, 2, 3), summary.byTopTwo().stream().map(LikertSummary.Rank::rank).toList());
        assertEquals(List.of("K01", "K03", "K02"), summary.byMean().stream().map(LikertSummary.Rank::code).toList());
    }

    @Test
    void rankingsByShareAndByMeanCanDiffer() {
        LikertAccumulator accumulator = new LikertAccumulator(KNELPUNTEN.subList(0, 2), 5, false);
        addCounts(accumulator, 0, 5, 0, 0, 5, 0);
        addCounts(accumulator, 1, 0, 0, 8, 2, 0);

        LikertSummary summary = accumulator.result();

        assertEquals(List.of("K01", "K02"), summary.byTopTwo().stream().map(LikertSummary.Rank::code).toList());
        assertEquals(List.of("K02", "K01"), summary.byMean().stream().map(LikertSummary.Rank::code).toList());
    }

    /*
     * rows = [(1,1.0),(2,2.0),(2,1.0),(3,1.0),(4,2.0),(5,1.0),(5,2.0),(4,1.0),(3,2.0)]
     * Integer weights, so mean and median equal those of the data repeated by weight:
     * data = np.repeat([p for p,_ in rows], [int(w) for _,w in rows]); data.mean(); np.median(data)
     * Wilson on neff = sw*sw/sw2 with p = weight on 4 and 5 / sw (formula as in FrequencyAccumulatorTest)
     */
    @Test
    void weightedItemUsesWeightsAndTheEffectiveBase() {
        LikertAccumulator accumulator = new LikertAccumulator(KNELPUNTEN.subList(0, 1), 5, true);
        double[][] rows = {{1, 1.0}, {2, 2.0}, {2, 1.0}, {3, 1.0}, {4, 2.0}, {5, 1.0}, {5, 2.0}, {4, 1.0}, {3, 2.0}};
        for (double[] row : rows) {
            accumulator.add(0, (int) row[0], row[1]);
        }

        LikertSummary.Item item = accumulator.result().items().get(0);

        assertTrue(accumulator.result().weighted());
        assertClose(3.3076923076923075, item.mean(), "mean");
        assertEquals(3.0, item.median());
        assertClose(8.047619047619047, item.effectiveBase(), "effective base");
        assertClose(46.15384615384615, item.topTwoPercent(), "top two");
        assertClose(19.03224015862495, item.ciLow(), "ciLow");
        assertClose(75.76090001671609, item.ciHigh(), "ciHigh");
    }

    @Test
    void anEvenScaleHasNoNeutralShare() {
        LikertAccumulator accumulator = new LikertAccumulator(KNELPUNTEN.subList(0, 1), 4, false);
        addCounts(accumulator, 0, 1, 2, 3, 4);

        LikertSummary.Item item = accumulator.result().items().get(0);

        assertEquals(30.0, item.belowPercent());
        assertEquals(0.0, item.neutralPercent());
        assertEquals(70.0, item.abovePercent());
        assertEquals(70.0, item.topTwoPercent());
    }

    @Test
    void refusesPointsOutsideTheScaleAndAnEmptyMatrix() {
        LikertAccumulator accumulator = new LikertAccumulator(KNELPUNTEN, 5, false);
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(0, 6));
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(0, 0));
        accumulator.addMissing(0);
        assertThrows(EmptyBaseException.class, accumulator::result);
        assertThrows(IllegalArgumentException.class, () -> new LikertAccumulator(KNELPUNTEN, 2, false));
    }
}
