package org.leerwerkplek.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertTrue(PasswordPolicy.check("jan", "de ploeg giet vandaag beton").isEmpty());
    }

    @Test
    void shortLongRepeatedAndUsernamePasswordsAreRefused() {
        assertEquals(List.of(PasswordPolicy.Problem.TOO_SHORT), PasswordPolicy.check("jan", "kort-1"));
        assertEquals(List.of(PasswordPolicy.Problem.TOO_LONG), PasswordPolicy.check("jan", "ab1-".repeat(40)));
        assertEquals(List.of(PasswordPolicy.Problem.CONTAINS_USERNAME),
                PasswordPolicy.check("tegelzetter", "ikbenTegelzetter99"));
        assertEquals(List.of(PasswordPolicy.Problem.TOO_SIMPLE), PasswordPolicy.check("jan", "aaaaaaaaaaaaaaaa"));
        assertTrue(PasswordPolicy.check("jan", null).contains(PasswordPolicy.Problem.TOO_SHORT));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertTrue(PasswordPolicy.check("jan", "çàéèêëïîôûüÿ").isEmpty());
    }
}
