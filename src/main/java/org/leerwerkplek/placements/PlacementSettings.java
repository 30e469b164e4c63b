package org.leerwerkplek.placements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.leerwerkplek.platform.config.SettingsProducer;
import org.leerwerkplek.platform.config.SettingsReader;

/**
 * The settings of the placements part, read through MicroProfile Config (README, "Configuration").
 *
 * @param stalledDays per phase, the days a placement may stay in it before it is flagged as stalled:
 *                    {@code lwp.placements.stalled-days} (default 60) for every phase, overridden per
 *                    phase by {@code lwp.placements.stalled-days.<phase>} (e.g. {@code .praktijkleren}, whose
 *                    default is 365, as learning in practice lasts months by design)
 */
public record PlacementSettings(Map<Phase, Integer> stalledDays) {

    public static final String STALLED_DAYS = "lwp.placements.stalled-days";
    static final int DEFAULT_DAYS = 60;
    static final int DEFAULT_PRAKTIJKLEREN_DAYS = 365;

    public PlacementSettings {
        EnumMap<Phase, Integer> all = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            Integer days = stalledDays.get(phase);
            if (days == null || days < 1) {
                throw new IllegalArgumentException("stalled days for " + phase);
            }
            all.put(phase, days);
        }
        stalledDays = Map.copyOf(all);
    }

    /** One limit for every phase. */
    public static PlacementSettings everyPhase(int days) {
        Map<Phase, Integer> days0 = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            days0.put(phase, days);
        }
        return new PlacementSettings(days0);
    }

    public static PlacementSettings from(SettingsReader r) {
        int common = r.integer(STALLED_DAYS, DEFAULT_DAYS, 1, 3650);
        Map<Phase, Integer> days = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            int fallback = phase == Phase.PRAKTIJKLEREN ? Math.max(common, DEFAULT_PRAKTIJKLEREN_DAYS) : common;
            days.put(phase, r.integer(key(phase), fallback, 1, 3650));
        }
        return new PlacementSettings(days);
    }

    /** The key of one phase's limit, e.g. {@code lwp.placements.stalled-days.bemiddeling}. */
    public static String key(Phase phase) {
        return STALLED_DAYS + "." + phase.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public int days(Phase phase) {
        return stalledDays.get(phase);
    }

    /** Makes the settings injectable, read once per application start. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        PlacementSettings settings() {
            return SettingsProducer.read(PlacementSettings::from);
        }
    }
}
