package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.config.SettingsReader;

class FieldworkSettingsTest {

    private static FieldworkSettings read(Map<String, String> values) {
        return FieldworkSettings.from(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void defaultsAndOverrides() {
        assertEquals(new FieldworkSettings(Duration.ofSeconds(300)), read(Map.of()));
        assertEquals(new FieldworkSettings(Duration.ofSeconds(60)), read(Map.of("lwp.fieldwork.run-interval-seconds", "60")));
        assertThrows(InvalidSettingException.class, () -> read(Map.of(FieldworkSettings.RUN_INTERVAL, "5")));
    }
}
