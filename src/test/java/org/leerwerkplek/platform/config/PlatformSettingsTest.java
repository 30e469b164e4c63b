package org.leerwerkplek.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.SystemClock;

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
        assertTrue(settings.smtp().host().isEmpty(), "no SMTP host: mail goes to the outbox");
        assertEquals(25, settings.smtp().port());
        assertEquals(3, settings.loginThrottling().freeAttempts());
        assertEquals(10, settings.loginThrottling().lockAfter());
        assertEquals(Duration.ofMinutes(15), settings.loginThrottling().lockDuration());
        assertFalse(settings.secureCookies());
        assertTrue(settings.adminUser().isEmpty());
        assertTrue(settings.publicUrl().isEmpty(), "no public address: PublicUrl takes the server's own port");
    }

    @Test
    void thePublicAddressLosesItsTrailingSlashAndMustBeHttp() {
        assertEquals(Optional.of("https://lwp.example.org/app"),
                read(Map.of(PlatformSettings.PUBLIC_URL, "https://lwp.example.org/app/")).publicUrl());
        assertThrows(InvalidSettingException.class, () -> read(Map.of(PlatformSettings.PUBLIC_URL, "lwp.example.org")));
    }

    @Test
    void todayIsTheFundsDayNotTheServersUtcDay() {
        PlatformSettings settings = read(Map.of());
        assertEquals(ZoneId.of("Europe/Brussels"), settings.zone(), "the default zone is the fund's");

        // 23:30 UTC on 5 December is already 6 December in Brussels: a visit dated the 6th is today, not the future.
        Clock clock = new SystemClock(settings).clock();
        Instant lateEvening = Instant.parse("2026-12-05T23:30:00Z");
        assertEquals(LocalDate.of(2026, 12, 6), LocalDate.ofInstant(lateEvening, clock.getZone()));
        assertEquals(LocalDate.now(ZoneId.of("Europe/Brussels")), LocalDate.now(clock));

        assertEquals(ZoneId.of("Europe/Paris"), read(Map.of(PlatformSettings.ZONE, " Europe/Paris ")).zone());
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> read(Map.of(PlatformSettings.ZONE, "Belgium")));
        assertTrue(e.getMessage().contains("LWP_ZONE"), e.getMessage());
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
    void aPartsSettingsAreReadTheSameWay() {
        SettingsReader reader = new SettingsReader(key -> Optional.ofNullable(Map.of("lwp.x.dir", " /srv/x ", "lwp.x.n", "5",
                "lwp.x.flag", "maybe").get(key)));

        assertEquals(Path.of("/srv/x"), reader.path("lwp.x.dir", "x"));
        assertEquals(Path.of("y").toAbsolutePath(), reader.path("lwp.x.other", "y"));
        assertEquals(5, reader.integer("lwp.x.n", 1, 1, 10));
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> reader.integer("lwp.x.n", 1, 6, 10));
        assertTrue(e.getMessage().contains("LWP_X_N"), e.getMessage());
        assertThrows(InvalidSettingException.class, () -> reader.bool("lwp.x.flag", false));
    }

    @Test
    void environmentNamesFollowMicroProfileConfigMapping() {
        assertEquals("LWP_MAIL_SEND_INTERVAL_SECONDS", InvalidSettingException.environmentName(PlatformSettings.MAIL_SEND_INTERVAL));
        assertEquals("LWP_DB_URL", InvalidSettingException.environmentName(PlatformSettings.DB_URL));
    }
}
