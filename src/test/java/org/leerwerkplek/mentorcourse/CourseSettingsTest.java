package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.config.SettingsReader;

class CourseSettingsTest {

    private static CourseSettings read(Map<String, String> values) {
        return CourseSettings.from(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void defaultsAndOverrides() {
        assertEquals(new CourseSettings(Path.of("mentor-course").toAbsolutePath(), 7, Duration.ofMinutes(60), false),
                read(Map.of()));
        CourseSettings set = read(Map.of("lwp.mentor-course.dir", "/srv/course", "lwp.course.reminder-days", "3",
                "lwp.course.run-interval-minutes", "5", "lwp.course.allow-run-as-of", "true"));
        assertEquals(new CourseSettings(Path.of("/srv/course"), 3, Duration.ofMinutes(5), true), set);
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> read(Map.of(CourseSettings.REMINDER_DAYS, "0")));
        assertTrue(e.getMessage().contains("LWP_COURSE_REMINDER_DAYS"), e.getMessage());
    }
}
