package org.leerwerkplek.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.config.PlatformSettings;

/** The mail settings of {@link PlatformSettings}: defaults, overrides, refusals. */
class MailDeliverySettingsTest {

    private static PlatformSettings read(Map<String, String> values) {
        return PlatformSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsSendEveryHalfMinuteAndRetryForAboutTwoHours() {
        PlatformSettings.MailDelivery delivery = read(Map.of()).mailDelivery();

        assertEquals(Duration.ofSeconds(30), delivery.sendInterval());
        assertEquals(8, delivery.maxAttempts());
        assertEquals(Duration.ofMinutes(1), delivery.firstRetry());
        assertEquals(Duration.ofHours(6), delivery.maxRetry());
        assertEquals(4, delivery.smtpConnections());
    }

    @Test
    void valuesOverrideTheDefaults() {
        PlatformSettings.MailDelivery delivery = read(Map.of(
                PlatformSettings.MAIL_SEND_INTERVAL, "5",
                PlatformSettings.MAIL_MAX_ATTEMPTS, "3",
                PlatformSettings.MAIL_RETRY_FIRST, "10",
                PlatformSettings.MAIL_RETRY_MAX, "10",
                PlatformSettings.MAIL_SMTP_CONNECTIONS, "1")).mailDelivery();

        assertEquals(Duration.ofSeconds(5), delivery.sendInterval());
        assertEquals(3, delivery.maxAttempts());
        assertEquals(Duration.ofSeconds(10), delivery.firstRetry());
        assertEquals(Duration.ofSeconds(10), delivery.maxRetry());
        assertEquals(1, delivery.smtpConnections());
    }

    @Test
    void unusableValuesNameTheSetting() {
        InvalidSettingException zero = assertThrows(InvalidSettingException.class,
                () -> read(Map.of(PlatformSettings.MAIL_SEND_INTERVAL, "0")));
        assertTrue(zero.getMessage().contains("LWP_MAIL_SEND_INTERVAL_SECONDS"), zero.getMessage());

        InvalidSettingException shorterCap = assertThrows(InvalidSettingException.class,
                () -> read(Map.of(PlatformSettings.MAIL_RETRY_FIRST, "600", PlatformSettings.MAIL_RETRY_MAX, "60")));
        assertTrue(shorterCap.getMessage().contains("lwp.mail.retry-max-seconds"), shorterCap.getMessage());

        InvalidSettingException noConnection = assertThrows(InvalidSettingException.class,
                () -> read(Map.of(PlatformSettings.MAIL_SMTP_CONNECTIONS, "0")));
        assertTrue(noConnection.getMessage().contains("LWP_MAIL_SMTP_CONNECTIONS"), noConnection.getMessage());
    }
}
