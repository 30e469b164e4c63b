package org.leerwerkplek.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialTest {

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPasswordWhichMayContainColons() {
        var credential = LeerwerkplekAuthenticationMechanism.basicCredential(basic("ann:pa:ss wörd")).orElseThrow();
        assertEquals("ann", credential.getCaller());
        assertEquals("pa:ss wörd", credential.getPasswordAsString());
    }

    @Test
    void malformedHeadersGiveNoCredential() {
        assertTrue(LeerwerkplekAuthenticationMechanism.basicCredential("Bearer abc").isEmpty());
        assertTrue(LeerwerkplekAuthenticationMechanism.basicCredential("Basic %%%").isEmpty());
        assertTrue(LeerwerkplekAuthenticationMechanism.basicCredential(basic("no-colon")).isEmpty());
        assertTrue(LeerwerkplekAuthenticationMechanism.basicCredential(basic(":password")).isEmpty());
    }
}
