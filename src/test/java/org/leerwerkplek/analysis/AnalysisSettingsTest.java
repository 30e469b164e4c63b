package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.config.SettingsReader;

class AnalysisSettingsTest {

    private static AnalysisSettings read(Map<String, String> values) {
        return AnalysisSettings.from(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void defaultsAndOverrides() {
        assertEquals(new AnalysisSettings(false, 30), read(Map.of()));
        assertEquals(new AnalysisSettings(true, 10), read(Map.of("lwp.analysis.demo-data", "true", "lwp.analysis.min-subgroup", "10")));
        assertThrows(InvalidSettingException.class, () -> read(Map.of(AnalysisSettings.MIN_SUBGROUP, "1")));
    }
}
