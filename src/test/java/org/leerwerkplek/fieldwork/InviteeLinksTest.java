package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
