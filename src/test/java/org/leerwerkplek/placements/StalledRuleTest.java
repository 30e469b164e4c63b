package org.leerwerkplek.placements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.config.SettingsReader;

class StalledRuleTest {

    private static final Instant SINCE = Instant.parse("2026-01-10T08:00:00Z");

    @Test
    void aPhaseHeldLongerThanItsLimitIsStalled() {
        StalledRule rule = new StalledRule(PlacementSettings.everyPhase(30));
        Clock day30 = Clock.fixed(SINCE.plus(Duration.ofDays(30)), ZoneOffset.UTC);
        Clock day31 = Clock.offset(day30, Duration.ofDays(1));
        assertFalse(rule.stalled(Phase.BEMIDDELING, SINCE, day30.instant()), "exactly the limit is not stalled yet");
        assertTrue(rule.stalled(Phase.BEMIDDELING, SINCE, day31.instant()));
        assertFalse(rule.stalled(Phase.NAZORG, SINCE, day31.instant()), "aftercare is the end: it never stalls");
        assertEquals(31, StalledRule.daysIn(SINCE, day31.instant()));
    }

    @Test
    void eachPhaseCanHaveItsOwnLimit() {
        Map<String, String> config = Map.of(PlacementSettings.STALLED_DAYS, "20",
                "lwp.placements.stalled-days.bemiddeling", "5");
        PlacementSettings settings = PlacementSettings.from(new SettingsReader(key -> Optional.ofNullable(config.get(key))));
        assertEquals(5, settings.days(Phase.BEMIDDELING));
        assertEquals(20, settings.days(Phase.WERVING_KANDIDATEN));
        assertEquals(365, settings.days(Phase.PRAKTIJKLEREN), "learning in practice lasts months by design");
        StalledRule rule = new StalledRule(settings);
        Instant day6 = SINCE.plus(Duration.ofDays(6));
        assertTrue(rule.stalled(Phase.BEMIDDELING, SINCE, day6));
        assertFalse(rule.stalled(Phase.WERVING_KANDIDATEN, SINCE, day6));
    }

    @Test
    void theDefaultsAndAWrongValue() {
        PlacementSettings defaults = PlacementSettings.from(new SettingsReader(key -> Optional.empty()));
        assertEquals(60, defaults.days(Phase.WERVING_WERKGEVER));
        assertEquals("lwp.placements.stalled-days.plaatsing-en-inschrijving", PlacementSettings.key(Phase.PLAATSING_EN_INSCHRIJVING));
        assertThrows(RuntimeException.class, () -> PlacementSettings.from(
                new SettingsReader(key -> key.equals(PlacementSettings.STALLED_DAYS) ? Optional.of("0") : Optional.empty())));
    }
}
