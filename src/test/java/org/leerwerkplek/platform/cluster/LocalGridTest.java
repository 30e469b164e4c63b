package org.leerwerkplek.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MutableClock;

class LocalGridTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T09:00:00Z"));
    private final LocalGrid grid = new LocalGrid(clock);

    @Test
    void updatesAValueByKeyAndMapAndForgetsItAfterItsKeepingTime() {
        assertEquals("1", grid.update("counts", "a", old -> old == null ? "1" : old + "1", Duration.ofMinutes(1)));
        assertEquals("11", grid.update("counts", "a", old -> old == null ? "1" : old + "1", Duration.ofMinutes(1)));
        assertEquals("1", grid.update("other", "a", old -> old == null ? "1" : old + "1", Duration.ofMinutes(1)),
                "another map has its own values");

        clock.advance(Duration.ofSeconds(59));
        assertEquals("111", grid.update("counts", "a", old -> old == null ? "1" : old + "1", Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        assertEquals("1", grid.update("counts", "a", old -> old == null ? "1" : old + "1", Duration.ofMinutes(1)),
                "kept one minute after the last update, then gone");
    }

    @Test
    void aNullValueDropsTheKey() {
        grid.update("m", "k", old -> "x", Duration.ofMinutes(1));
        assertNull(grid.update("m", "k", old -> null, Duration.ofMinutes(1)));
        assertEquals(0, grid.size());
        assertNull(grid.update("m", "k", old -> old, Duration.ofMinutes(1)), "nothing there any more");
    }

    @Test
    void expiredValuesArePrunedWhenTheGridGrowsLarge() {
        for (int i = 0; i <= LocalGrid.PRUNE_ABOVE; i++) {
            grid.update("m", "k" + i, old -> "v", Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(2));
        grid.update("m", "fresh", old -> "v", Duration.ofSeconds(1));
        assertEquals(1, grid.size());
    }

    @Test
    void aloneIsNotSharedAndTellsNobody() {
        assertFalse(grid.shared());
        grid.tellOthers("x.reload");
    }
}
