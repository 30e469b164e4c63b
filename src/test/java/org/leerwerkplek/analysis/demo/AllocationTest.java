package org.leerwerkplek.analysis.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void aShareOfATotalIsRoundedHalfUp() {
        assertEquals(207, Allocation.count(0.68, 305));
        assertEquals(131, Allocation.count(0.43, 305));
        assertEquals(203, Allocation.count(2.0 / 3.0, 305));
        assertEquals(1, Allocation.count(0.5, 2));
        assertEquals(0, Allocation.count(0.68, 0));
    }

    /** 305 over 30/24/19/15/7/5 %: quotas 91.5, 73.2, 57.95, 45.75, 21.35, 15.25; the three places left go to .95, .75 and .5. */
    @Test
    void largestRemaindersGetThePlacesLeft() {
        assertArrayEquals(new int[] {92, 73, 58, 46, 21, 15}, Allocation.apportion(StudyFigures.SIZE_SHARES, 305));
        assertArrayEquals(new int[] {37, 45, 46}, Allocation.apportion(StudyFigures.TRIAL_SPLIT, 128));
    }

    @Test
    void theCountsAlwaysAddUpAndSharesNeedNotSumToOne() {
        for (int total = 0; total < 400; total += 7) {
            assertEquals(total, Arrays.stream(Allocation.apportion(new double[] {3, 1, 1}, total)).sum());
        }
        assertArrayEquals(new int[] {6, 2, 2}, Allocation.apportion(new double[] {3, 1, 1}, 10));
        assertArrayEquals(new int[] {5, 0}, Allocation.apportion(new double[] {0, 0}, 5));
    }

    @Test
    void shuffledLabelsKeepTheirCountsAndDependOnlyOnTheSeed() {
        int[] labels = Allocation.shuffledLabels(new int[] {3, 0, 5}, new SplittableRandom(1));
        assertEquals(8, labels.length);
        assertEquals(3, IntStream.of(labels).filter(l -> l == 0).count());
        assertEquals(5, IntStream.of(labels).filter(l -> l == 2).count());
        int[] many = {50, 50};
        assertArrayEquals(Allocation.shuffledLabels(many, new SplittableRandom(9)),
                Allocation.shuffledLabels(many, new SplittableRandom(9)));
        assertNotEquals(Arrays.toString(Allocation.shuffledLabels(many, new SplittableRandom(9))),
                Arrays.toString(Allocation.shuffledLabels(many, new SplittableRandom(10))));
    }

    @Test
    void markExactlyMarksOnlyMembersAndNoMoreThanThereAre() {
        boolean[] marks = new boolean[10];
        Allocation.markExactly(new int[] {1, 3, 5, 7}, 2, marks, new SplittableRandom(4));
        assertEquals(2, IntStream.range(0, 10).filter(i -> marks[i]).count());
        IntStream.range(0, 10).filter(i -> marks[i]).forEach(i -> assertEquals(1, i % 2));
        boolean[] all = new boolean[3];
        Allocation.markExactly(new int[] {0, 2}, 5, all, new SplittableRandom(4));
        assertArrayEquals(new boolean[] {true, false, true}, all);
    }
}
