package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.Language;

class DashboardCacheTest {

    private final ResponseTable responses = StudyFixture.table();
    private final Selection all = Selection.of("werkgeversbevraging", Language.NL);
    private final AtomicInteger computed = new AtomicInteger();

    private DashboardCache.View compute() {
        computed.incrementAndGet();
        return new DashboardCache.View(null, List.of("scope " + computed.get()), "counted " + computed.get(), false);
    }

    @Test
    void aSelectionIsComputedOnceWhileItsResponsesStayTheSame() {
        DashboardCache cache = new DashboardCache(4);

        DashboardCache.View first = cache.get(all, responses, this::compute);
        DashboardCache.View second = cache.get(all.withWeighted(false), responses, this::compute);

        assertSame(first, second);
        assertEquals(1, computed.get());
    }

    @Test
    void anotherSelectionOrLanguageIsComputedOnItsOwn() {
        DashboardCache cache = new DashboardCache(4);

        cache.get(all, responses, this::compute);
        cache.get(all.withWeighted(true), responses, this::compute);
        cache.get(all.withSubgroup("Q02_SECTOR=RUWBOUW"), responses, this::compute);
        cache.get(Selection.of("werkgeversbevraging", Language.FR), responses, this::compute);

        assertEquals(4, computed.get());
        assertEquals(4, cache.size());
    }

    @Test
    void aSubmittedOrRemovedResponseMeansANewTableAndANewComputation() {
        DashboardCache cache = new DashboardCache(4);
        DashboardCache.View before = cache.get(all, responses, this::compute);

        DashboardCache.View after = cache.get(all, StudyFixture.table(), this::compute);

        assertEquals("counted 1", before.counted());
        assertEquals("counted 2", after.counted());
    }

    @Test
    void theLeastRecentlyUsedSelectionGoesBeyondTheCapacity() {
        DashboardCache cache = new DashboardCache(2);
        cache.get(all, responses, this::compute);
        cache.get(all.withWeighted(true), responses, this::compute);
        cache.get(all, responses, this::compute);
        cache.get(all.withVersion(1), responses, this::compute);

        cache.get(all, responses, this::compute);
        cache.get(all.withWeighted(true), responses, this::compute);

        assertEquals(2, cache.size());
        assertEquals(4, computed.get());
    }

    @Test
    void aFailedComputationIsNotKept() {
        DashboardCache cache = new DashboardCache(2);

        assertThrows(IllegalStateException.class, () -> cache.get(all, responses, () -> {
            throw new IllegalStateException("analysis.emptyBase");
        }));
        cache.get(all, responses, this::compute);

        assertEquals(1, computed.get());
    }
}
