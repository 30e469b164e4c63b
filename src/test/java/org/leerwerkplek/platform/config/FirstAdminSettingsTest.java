package org.leerwerkplek.platform.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The first admin's settings are checked when the settings are read, before anything starts. */
class FirstAdminSettingsTest {

    private static String refusal(Map<String, String> values) {
        return assertThrows(InvalidSettingException.class,
                () -> PlatformSettings.from(key -> Optional.ofNullable(values.get(key)))).getMessage();
    }

    @Test
    void aPasswordWithTheUserNameStopsTheStartNamingTheRuleButNotThePassword() {
        String message = refusal(Map.of(PlatformSettings.ADMIN_PASSWORD, "Admin-Secret-pw"));

        assertTrue(message.startsWith("Setting lwp.admin.password (environment variable LWP_ADMIN_PASSWORD) must be"
                + " free of the admin's user name 'admin'"), message);
        assertTrue(message.contains("12 to 128 characters, not containing the user name, at least 4 different characters"),
                message);
        assertFalse(message.contains("Secret"), "the password is never repeated: " + message);
    }

    @Test
    void theOtherPasswordRulesAndTheUserNameAreCheckedToo() {
        assertTrue(refusal(Map.of(PlatformSettings.ADMIN_PASSWORD, "kort-1")).contains("at least 12 characters long"));
        assertTrue(refusal(Map.of(PlatformSettings.ADMIN_PASSWORD, "abababababababab")).contains("at least 4 different"));
        assertTrue(refusal(Map.of(PlatformSettings.ADMIN_USER, "Beheer",
                PlatformSettings.ADMIN_PASSWORD, "mijn-BEHEER-wachtwoord")).contains("'beheer'"), "in any case");
        String user = refusal(Map.of(PlatformSettings.ADMIN_USER, "a b"));
        assertEquals("Setting lwp.admin.user (environment variable LWP_ADMIN_USER) is 'a b' but must be 3 to 64"
                + " characters: lower-case letters, digits and . _ @ -, starting with a letter or digit.", user);
    }

    @Test
    void acceptableOrAbsentSettingsPass() {
        assertDoesNotThrow(() -> PlatformSettings.from(key -> Optional.empty()));
        assertDoesNotThrow(() -> FirstAdminSettings.check(Optional.of("beheer"), Optional.of("Adm1n-Secret-pw")));
        assertDoesNotThrow(() -> FirstAdminSettings.check(Optional.empty(), Optional.of("Werfleider-Gent-2026")));
    }
}
