package org.leerwerkplek.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

    private static PlatformSettings read(Map<String, String> values) {
        return PlatformSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsServeOneLaptopWithEmbeddedDerby() {
        PlatformSettings settings = read(Map.of());

        assertEquals(Path.of("data").toAbsolutePath(), settings.dataDir());
        assertEquals(Path.of("data", "derby").toAbsolutePath(), settings.derbyDirectory());
        assertTrue(settings.databaseUrl().isEmpty());
        assertEquals(Path.of("surveys").toAbsolutePath(), settings.surveysDir());
        assertEquals(Path.of("mentor-course").toAbsolutePath(), settings.mentorCourseDir());
        assertTrue(settings.smtp().host().isEmpty(), "no SMTP host: mail goes to the outbox");
        assertEquals(25, settings.smtp().port());
        assertEquals(3, settings.loginThrottling().freeAttempts());
        assertEquals(10, settings.loginThrottling().lockAfter());
        assertEquals(Duration.ofMinutes(15), settings.loginThrottling().lockDuration());
        assertFalse(settings.secureCookies());
        assertEquals(20, settings.publicStartsPerHour());
        assertTrue(settings.adminUser().isEmpty());
        assertTrue(settings.publicUrl().isEmpty(), "no public address: PublicUrl takes the server's own port");
        assertEquals(7, settings.courseDelivery().reminderDays());
        assertEquals(Duration.ofMinutes(60), settings.courseDelivery().runInterval());
    }

    @Test
    void thePublicAddressLosesItsTrailingSlashAndMustBeHttp() {
        assertEquals(Optional.of("https://lwp.example.org/app"),
                read(Map.of(PlatformSettings.PUBLIC_URL, "https://lwp.example.org/app/")).publicUrl());
        assertThrows(InvalidSettingException.class, () -> read(Map.of(PlatformSettings.PUBLIC_URL, "lwp.example.org")));
        assertThrows(InvalidSettingException.class, () -> read(Map.of(PlatformSettings.COURSE_REMINDER_DAYS, "0")));
    }

    @Test
    void valuesOverrideDefaultsAndBlankMeansUnset() {
        PlatformSettings settings = read(Map.of(
                PlatformSettings.DATA_DIR, "/srv/lwp",
                PlatformSettings.DB_URL, "jdbc:postgresql://db:5432/lwp",
                PlatformSettings.DB_USER, "  ",
                PlatformSettings.SMTP_PORT, "587",
                PlatformSettings.SMTP_STARTTLS, "yes",
                PlatformSettings.LOGIN_LOCK_MINUTES, "5",
                PlatformSettings.SECURE_COOKIES, "true"));

        assertEquals(Path.of("/srv/lwp"), settings.dataDir());
        assertEquals(Optional.of("jdbc:postgresql://db:5432/lwp"), settings.databaseUrl());
        assertTrue(settings.databaseUser().isEmpty());
        assertEquals(587, settings.smtp().port());
        assertTrue(settings.smtp().startTls());
        assertEquals(Duration.ofMinutes(5), settings.loginThrottling().lockDuration());
        assertTrue(settings.secureCookies());
    }

    @Test
    void anUnreadableValueNamesTheSettingAndItsVariable() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> read(Map.of(PlatformSettings.SMTP_PORT, "twenty-five")));
        assertTrue(e.getMessage().contains("lwp.mail.smtp.port"), e.getMessage());
        assertTrue(e.getMessage().contains("LWP_MAIL_SMTP_PORT"), e.getMessage());

        assertThrows(InvalidSettingException.class, () -> read(Map.of(PlatformSettings.SMTP_PORT, "70000")));
        assertThrows(InvalidSettingException.class, () -> read(Map.of(PlatformSettings.SECURE_COOKIES, "maybe")));
    }

    @Test
    void environmentNamesFollowMicroProfileConfigMapping() {
        assertEquals("LWP_MENTOR_COURSE_DIR", InvalidSettingException.environmentName(PlatformSettings.MENTOR_COURSE_DIR));
        assertEquals("LWP_DB_URL", InvalidSettingException.environmentName(PlatformSettings.DB_URL));
    }
}
