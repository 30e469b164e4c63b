package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.security.SecretToken;

/** Derived links: stable per invitee and purpose, different across invitees, purposes and waves. */
class InviteeLinksTest {

    private final InviteeLinks links = new InviteeLinks(InviteeLinks.newKey(), "https://lwp.example/app");

    @Test
    void aTokenIsStableAndHasTheShapeOfASecretToken() {
        String token = links.responseToken(42);

        assertEquals(token, links.responseToken(42), "a reminder carries the invitation's link");
        assertTrue(SecretToken.isWellFormed(token), token);
        assertEquals("https://lwp.example/app/respond.xhtml?t=" + token, links.responseLink(42));
    }

    @Test
    void tokensDifferPerInviteePurposeAndWave() {
        InviteeLinks otherWave = new InviteeLinks(InviteeLinks.newKey(), "https://lwp.example/");

        assertNotEquals(links.responseToken(1), links.responseToken(2));
        assertNotEquals(links.responseToken(1), links.optOutToken(1));
        assertNotEquals(links.responseToken(1), otherWave.responseToken(1));
        assertTrue(otherWave.optOutLink(7).startsWith("https://lwp.example/optout.xhtml?t="));
    }

    @Test
    void bothLinksOfAnInviteeAtOnceAreTheSameAsOneByOne() {
        InviteeLinks.Of of = links.of(9);

        assertEquals(links.responseToken(9), of.responseToken());
        assertEquals(links.optOutToken(9), of.optOutToken());
        assertEquals(links.responseLink(9), of.responseLink());
        assertEquals(links.optOutLink(9), of.optOutLink());
    }

    @Test
    void aTokenNamesItsInviteeAndOnlyItsOwnMacChecks() {
        String token = links.responseToken(123456789L);

        assertEquals(java.util.Optional.of(123456789L), InviteeLinks.inviteeOf(token));
        assertTrue(links.isResponseToken(123456789L, token));
        assertFalse(links.isResponseToken(123456788L, token), "another invitee");
        assertFalse(links.isOptOutToken(123456789L, token), "another purpose");
        assertFalse(new InviteeLinks(InviteeLinks.newKey(), "https://x/").isResponseToken(123456789L, token),
                "another wave's key");
        assertEquals(java.util.Optional.empty(), InviteeLinks.inviteeOf("not a token"));
        assertNotEquals(links.legacyOf(7).responseToken(), links.of(7).responseToken());
    }
}
