package org.leerwerkplek.placements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PipelineFiguresTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final StalledRule RULE = new StalledRule(PlacementSettings.everyPhase(60));

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    private static PipelineFigures.Entry start(Phase phase, int day) {
        return new PipelineFigures.Entry(phase, day(day), false);
    }

    private static PipelineFigures.Entry move(Phase phase, int day) {
        return new PipelineFigures.Entry(phase, day(day), true);
    }

    @Test
    void countsPerPhaseAndProvinceMediansStalledAndJobs() {
        // A: started day 0, kandidaten day 10, bemiddeling day 14, back to kandidaten day 20, bemiddeling day 30.
        PipelineFigures.Trace a = new PipelineFigures.Trace(1, 100, "Bouw A", "LIMBURG", Phase.BEMIDDELING, day(30),
                List.of(start(Phase.WERVING_WERKGEVER, 0), move(Phase.WERVING_KANDIDATEN, 10), move(Phase.BEMIDDELING, 14),
                        move(Phase.WERVING_KANDIDATEN, 20), move(Phase.BEMIDDELING, 30)));
        // B: taken over from the company at PLAATSING_BAAN (no date), to NAZORG on day 5.
        PipelineFigures.Trace b = new PipelineFigures.Trace(2, 101, "Bouw B", "LUIK", Phase.NAZORG, day(5),
                List.of(start(Phase.PLAATSING_BAAN, 0), move(Phase.NAZORG, 5)));
        // C: started day 0, kandidaten on day 2, still there on day 100: stalled.
        PipelineFigures.Trace c = new PipelineFigures.Trace(3, 102, "Bouw C", "LIMBURG", Phase.WERVING_KANDIDATEN, day(2),
                List.of(start(Phase.WERVING_WERKGEVER, 0), move(Phase.WERVING_KANDIDATEN, 2)));

        PipelineFigures f = PipelineFigures.of(List.of(a, b, c), RULE, day(100));

        assertEquals(3, f.total());
        assertEquals(1L, f.perPhase().get(Phase.BEMIDDELING));
        assertEquals(1L, f.perPhase().get(Phase.NAZORG));
        assertEquals(1L, f.perPhase().get(Phase.WERVING_KANDIDATEN));
        assertEquals(0L, f.perPhase().get(Phase.PRAKTIJKLEREN));
        assertEquals(List.of("LIMBURG", "LUIK"), List.copyOf(f.perProvince().keySet()));
        assertEquals(1L, f.perProvince().get("LIMBURG").get(Phase.BEMIDDELING));
        assertEquals(1L, f.perProvince().get("LIMBURG").get(Phase.WERVING_KANDIDATEN));
        // Completed stays in WERVING_KANDIDATEN: A 10→14 (4 days), A 20→30 (10 days); median (4 + 10) / 2 = 7.
        assertEquals(OptionalDouble.of(7.0), f.medianDays().get(Phase.WERVING_KANDIDATEN));
        assertEquals(2, f.stays().get(Phase.WERVING_KANDIDATEN));
        // BEMIDDELING: A 14→20 (6 days); the stay since day 30 is not completed.
        assertEquals(OptionalDouble.of(6.0), f.medianDays().get(Phase.BEMIDDELING));
        // Starts and the phase taken over from a company have no real entry date: no stay counted.
        assertTrue(f.medianDays().get(Phase.WERVING_WERKGEVER).isEmpty());
        assertTrue(f.medianDays().get(Phase.PLAATSING_BAAN).isEmpty());
        assertEquals(List.of(3L, 1L), f.stalled().stream().map(PipelineFigures.Trace::placementId).toList(),
                "C held its phase 98 days, A 70 (over the 60 set), the longest first; B is in aftercare, which never stalls");
        assertEquals(1, f.reachedJob(), "B reached plaatsing baan");
    }

    @Test
    void aStepBackFromAJobStillCountsAsReached() {
        PipelineFigures.Trace back = new PipelineFigures.Trace(4, 103, "Bouw D", null, Phase.PRAKTIJKLEREN, day(9),
                List.of(start(Phase.WERVING_WERKGEVER, 0), move(Phase.PLAATSING_BAAN, 8), move(Phase.PRAKTIJKLEREN, 9)));
        PipelineFigures f = PipelineFigures.of(List.of(back), RULE, day(10));
        assertEquals(1, f.reachedJob());
        assertEquals(1L, f.perProvince().get("").get(Phase.PRAKTIJKLEREN), "a company without province counts under none");
        assertEquals(OptionalDouble.of(1.0), f.medianDays().get(Phase.PLAATSING_BAAN));
    }

    @Test
    void theMedianOfOddEvenAndNone() {
        assertEquals(OptionalDouble.of(3.0), PipelineFigures.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(OptionalDouble.of(2.5), PipelineFigures.median(List.of(4.0, 1.0, 2.0, 3.0)));
        assertTrue(PipelineFigures.median(List.of()).isEmpty());
        PipelineFigures empty = PipelineFigures.of(List.of(), RULE, T0);
        assertEquals(0, empty.total());
        assertEquals(0L, empty.perPhase().get(Phase.NAZORG));
    }
}
