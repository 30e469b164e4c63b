package org.leerwerkplek.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.leerwerkplek.platform.config.SettingsProducer;
import org.leerwerkplek.platform.config.SettingsReader;

/**
 * The settings of the analysis part, read through MicroProfile Config (README, "Configuration").
 *
 * @param demoDataAtStart whether the synthetic demo responses are loaded at start when none are
 *                        there yet ({@code lwp.analysis.demo-data}, default false)
 * @param minSubgroupSize the smallest subgroup a cross-tab compares ({@code lwp.analysis.min-subgroup}, default 30)
 */
public record AnalysisSettings(boolean demoDataAtStart, int minSubgroupSize) {

    public static final String DEMO_DATA = "lwp.analysis.demo-data";
    public static final String MIN_SUBGROUP = "lwp.analysis.min-subgroup";

    public static AnalysisSettings from(SettingsReader r) {
        return new AnalysisSettings(r.bool(DEMO_DATA, false), r.integer(MIN_SUBGROUP, 30, 2, 100_000));
    }

    /** Makes the settings injectable, read once per application start. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Singleton
        AnalysisSettings settings() {
            return SettingsProducer.read(AnalysisSettings::from);
        }
    }
}
