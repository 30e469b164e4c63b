package org.leerwerkplek.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.config.SettingsReader;

class SurveysSettingsTest {

    private static SurveysSettings read(Map<String, String> values) {
        return SurveysSettings.from(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void defaultsAndOverrides() {
        assertEquals(new SurveysSettings(Path.of("surveys").toAbsolutePath(), 20), read(Map.of()));
        assertEquals(new SurveysSettings(Path.of("/srv/surveys"), 5),
                read(Map.of("lwp.surveys.dir", "/srv/surveys", "lwp.surveys.public-starts-per-hour", "5")));
        assertThrows(InvalidSettingException.class, () -> read(Map.of(SurveysSettings.PUBLIC_STARTS_PER_HOUR, "0")));
    }
}
