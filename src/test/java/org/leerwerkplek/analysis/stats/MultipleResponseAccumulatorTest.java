package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.leerwerkplek.analysis.stats.Reference.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleResponseAccumulatorTest {

    private static final List<Category> SUPPORT = List.of(
            new Category("MENTOR", "Mentorondersteuning"), new Category("TAAL", "Taalondersteuning"),
            new Category("COACH", "Externe coaching"));

    @Test
    void percentOfCasesAndPercentOfResponsesKeepTheirOwnBase() {
        MultipleResponseAccumulator accumulator = new MultipleResponseAccumulator(SUPPORT, false);
        accumulator.add(new int[] {0, 1});
        accumulator.add(new int[] {0});
        accumulator.add(new int[] {1, 2});
        accumulator.add(new int[] {0, 1, 2});
        accumulator.add(new int[] {0});
        accumulator.add(new int[] {});

        MultipleResponseTable table = accumulator.result();

        assertEquals(5, table.casesBase());
        assertEquals(9, table.responsesBase());
        assertEquals(1, table.missing());
        double[] counts = {4, 3, 2};
        // binomtest(k, 5).proportion_ci(method='wilson'), times 100, for k = 4, 3, 2
        double[][] wilson = {
            {37.553462976252526, 96.37758913675698},
            {23.072428127601295, 88.2379225767352},
            {11.762077423264794, 76.9275718723987}};
        double percentOfResponses = 0;
        for (int i = 0; i < 3; i++) {
            MultipleResponseTable.Entry entry = table.options().get(i);
            assertEquals(counts[i], entry.count());
            assertClose(100 * counts[i] / 5, entry.percentOfCases(), "percent of cases");
            assertClose(100 * counts[i] / 9, entry.percentOfResponses(), "percent of responses");
            assertClose(wilson[i][0], entry.ciLow(), "ciLow");
            assertClose(wilson[i][1], entry.ciHigh(), "ciHigh");
            percentOfResponses += entry.percentOfResponses();
        }
        assertClose(100.0, percentOfResponses, "responses add up to 100");
    }

    @Test
    void refusesAnOptionChosenTwiceAndAnEmptySet() {
        MultipleResponseAccumulator accumulator = new MultipleResponseAccumulator(SUPPORT, false);
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(new int[] {1, 1}));
        accumulator.add(new int[] {});
        assertThrows(EmptyBaseException.class, accumulator::result);
    }
}
