package org.leerwerkplek.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leerwerkplek.analysis.stats.Reference.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostStratificationTest {

    private static final List<Category> SIZES = List.of(
            new Category("KLEIN", "1-9"), new Category("MIDDEL", "10-49"), new Category("GROOT", "50+"));

    private static FrequencyTable sample(int... counts) {
        FrequencyAccumulator accumulator = new FrequencyAccumulator(SIZES, false);
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i]; j++) {
                accumulator.add(i);
            }
        }
        return accumulator.result();
    }

    @Test
    void weightIsPopulationShareOverSampleShare() {
        // sample 100 / 150 / 50 of 300 against population 0.6 / 0.3 / 0.1:
        // weights 0.6/(100/300) = 1.8, 0.3/(150/300) = 0.6, 0.1/(50/300) = 0.6
        PostStratification weights = PostStratification.of(sample(100, 150, 50), new double[] {0.6, 0.3, 0.1});

        assertClose(1.8, weights.weight(0), "weight KLEIN");
        assertClose(0.6, weights.weight(1), "weight MIDDEL");
        assertClose(0.6, weights.weight(2), "weight GROOT");
        assertEquals(300, weights.sampleSize());
        assertClose(1.0, weights.representedShare(), "represented share");
        assertTrue(weights.warnings().isEmpty());
    }

    @Test
    void weightedSampleReproducesThePopulationShares() {
        PostStratification weights = PostStratification.of(sample(100, 150, 50), new double[] {0.6, 0.3, 0.1});
        FrequencyAccumulator weighted = new FrequencyAccumulator(SIZES, true);
        int[] counts = {100, 150, 50};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < counts[i]; j++) {
                weighted.add(i, weights.weight(i));
            }
        }

        FrequencyTable table = weighted.result();

        assertClose(60.0, table.categories().get(0).percent(), "weighted percent KLEIN");
        assertClose(10.0, table.categories().get(2).percent(), "weighted percent GROOT");
        assertClose(300.0, table.base(), "weighted base");
    }

    @Test
    void aCategoryMissingInTheSampleIsFlagged() {
        PostStratification weights = PostStratification.of(sample(40, 60, 0), new double[] {0.5, 0.3, 0.2});

        PostStratification.Stratum large = weights.strata().get(2);
        assertTrue(large.missingInSample());
        assertEquals(0.0, large.weight());
        assertFalse(weights.strata().get(0).missingInSample());
        assertClose(1.25, weights.weight(0), "weight KLEIN: 0.5 / 0.4");
        assertClose(0.8, weights.representedShare(), "represented share");
        assertEquals(List.of(Reason.of(ReasonCode.MISSING_IN_SAMPLE, "50+", 0.2)), weights.warnings());
    }

    @Test
    void refusesSharesThatAreNoDistributionAndWeightedSamples() {
        FrequencyTable table = sample(1, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> PostStratification.of(table, new double[] {0.5, 0.5, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> PostStratification.of(table, new double[] {0.5, 0.5}));
        FrequencyAccumulator weighted = new FrequencyAccumulator(SIZES, true);
        weighted.add(0, 2.0);
        assertThrows(IllegalArgumentException.class,
                () -> PostStratification.of(weighted.result(), new double[] {0.5, 0.3, 0.2}));
    }
}
