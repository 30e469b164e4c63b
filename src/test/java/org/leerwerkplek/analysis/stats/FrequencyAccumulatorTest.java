package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leerwerkplek.analysis.stats.Reference.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencyAccumulatorTest {

    private static final List<Category> SIZES = List.of(
            new Category("KLEIN", "1-9"), new Category("MIDDEL", "10-49"), new Category("GROOT", "50+"));

    @Test
    void countsPercentagesAndWilsonIntervalsOfAnsweringRespondents() {
        FrequencyAccumulator accumulator = new FrequencyAccumulator(SIZES, false);
        for (int i = 0; i < 58; i++) {
            accumulator.add(0);
        }
        for (int i = 0; i < 31; i++) {
            accumulator.add(1);
        }
        accumulator.addMissing();
        accumulator.addMissing();

        FrequencyTable table = accumulator.result();

        assertFalse(table.weighted());
        assertEquals(89, table.base());
        assertEquals(2, table.missing());
        assertEquals(89, table.effectiveBase());
        FrequencyTable.Entry small = table.categories().get(0);
        assertEquals("KLEIN", small.code());
        assertEquals(58, small.count());
        assertClose(100.0 * 58 / 89, small.percent(), "percent");
        // binomtest(58, 89).proportion_ci(method='wilson'), times 100
        assertClose(54.829317966364336, small.ciLow(), "ciLow");
        assertClose(74.25251717815385, small.ciHigh(), "ciHigh");
        FrequencyTable.Entry large = table.categories().get(2);
        assertEquals(0, large.count());
        assertEquals(0, large.percent());
        // binomtest(0, 89).proportion_ci(method='wilson').high * 100
        assertClose(4.137654523625251, large.ciHigh(), "ciHigh of an empty category");
    }

    /*
     * Weighted: interval on Kish's effective base. In Python:
     * rows = [(0,1.5),(0,0.5),(1,2.0),(0,1.0),(2,0.8),(1,1.2),(0,0.7)]
     * sw = sum(w for _,w in rows); neff = sw*sw/sum(w*w for _,w in rows); z = norm.ppf(0.975)
     * p = x/sw; d = 1+z*z/neff; c = (p+z*z/(2*neff))/d; h = z*math.sqrt(p*(1-p)/neff+z*z/(4*neff*neff))/d
     * print(100*(c-h), 100*(c+h))
     */
    @Test
    void weightedIntervalsUseTheEffectiveBase() {
        FrequencyAccumulator accumulator = new FrequencyAccumulator(SIZES, true);
        double[][] rows = {{0, 1.5}, {0, 0.5}, {1, 2.0}, {0, 1.0}, {2, 0.8}, {1, 1.2}, {0, 0.7}};
        for (double[] row : rows) {
            accumulator.add((int) row[0], row[1]);
        }

        FrequencyTable table = accumulator.result();

        assertTrue(table.weighted());
        assertClose(7.7, table.base(), "base");
        assertClose(5.8877855014895735, table.effectiveBase(), "effective base");
        double[][] expected = {
            {3.7, 48.05194805194805, 17.417543149550475, 80.22467619738552},
            {3.2, 41.55844155844156, 13.745627012991262, 76.03732349039805},
            {0.8, 10.38961038961039, 1.2866145061294327, 50.771845548235774}};
        for (int i = 0; i < expected.length; i++) {
            FrequencyTable.Entry entry = table.categories().get(i);
            assertClose(expected[i][0], entry.count(), "count " + i);
            assertClose(expected[i][1], entry.percent(), "percent " + i);
            assertClose(expected[i][2], entry.ciLow(), "ciLow " + i);
            assertClose(expected[i][3], entry.ciHigh(), "ciHigh " + i);
        }
    }

    @Test
    void anEmptyBaseHasNoTable() {
        FrequencyAccumulator accumulator = new FrequencyAccumulator(SIZES, false);
        accumulator.addMissing();
        assertTrue(accumulator.isEmpty());
        assertThrows(EmptyBaseException.class, accumulator::result);
    }

    @Test
    void anUnweightedTableRefusesWeightsAndEveryTableRefusesNonPositiveOnes() {
        assertThrows(IllegalArgumentException.class, () -> new FrequencyAccumulator(SIZES, false).add(0, 2.0));
        assertThrows(IllegalArgumentException.class, () -> new FrequencyAccumulator(SIZES, true).add(0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new FrequencyAccumulator(SIZES, true).add(0, Double.NaN));
    }
}
