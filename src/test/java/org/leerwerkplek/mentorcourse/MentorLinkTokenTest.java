package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.security.SecretToken;

/** The course run's derived links: what they name, the key they are checked against, how long they work. */
class MentorLinkTokenTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    @Test
    void aLinkNamesItsMentorAndDayAndIsSignedWithTheMentorsKeyOnly() {
        String key = MentorLinkToken.newKey();
        String token = MentorLinkToken.issue(key, 4711, DAY);

        MentorLinkToken.Claim claim = MentorLinkToken.read(token).orElseThrow();

        assertEquals(4711, claim.mentorId());
        assertEquals(DAY, claim.issuedOn());
        assertTrue(claim.isSignedWith(key));
        assertFalse(claim.isSignedWith(MentorLinkToken.newKey()), "another mentor's key");
        assertFalse(claim.isSignedWith(null), "a mentor without a key (erased)");
        assertEquals(token, MentorLinkToken.issue(key, 4711, DAY), "the same mentor and day give the same link");
        assertNotEquals(token, MentorLinkToken.issue(key, 4711, DAY.plusDays(1)), "every day's mail a fresh one");
    }

    @Test
    void anotherMentorOrDayUnderTheSameSignatureIsRefused() {
        String key = MentorLinkToken.newKey();
        String mac = MentorLinkToken.issue(key, 12, DAY).split("\\.")[2];

        assertFalse(MentorLinkToken.read("13." + DAY.toEpochDay() + "." + mac).orElseThrow().isSignedWith(key));
        assertFalse(MentorLinkToken.read("12." + (DAY.toEpochDay() + 300) + "." + mac).orElseThrow().isSignedWith(key),
                "a later day does not make an old link last longer");
    }

    @Test
    void aLinkWorksForItsValidityFromItsDay() {
        MentorLinkToken.Claim claim = MentorLinkToken.read(MentorLinkToken.issue(MentorLinkToken.newKey(), 1, DAY))
                .orElseThrow();

        assertTrue(claim.isValidOn(DAY));
        assertTrue(claim.isValidOn(DAY.plusDays(MentorLink.VALID.toDays() - 1)));
        assertFalse(claim.isValidOn(DAY.plusDays(MentorLink.VALID.toDays())));
    }

    @Test
    void otherShapesAreNotReadSoStoredLinksKeepTheirOwnWay() {
        String mac = "A".repeat(43);
        assertEquals(Optional.empty(), MentorLinkToken.read(SecretToken.generate()), "a stored link's token");
        assertEquals(Optional.empty(), MentorLinkToken.read(null));
        assertEquals(Optional.empty(), MentorLinkToken.read("0.1." + mac), "no mentor 0");
        assertEquals(Optional.empty(), MentorLinkToken.read("1.1." + mac + "A"));
        assertEquals(Optional.empty(), MentorLinkToken.read("1.x." + mac));
        assertEquals(Optional.empty(), MentorLinkToken.read("99999999999999999999.1." + mac), "an id beyond a long");
        assertEquals(Optional.empty(), MentorLinkToken.read("1.1." + mac + "&m=x"));
        assertFalse(SecretToken.isWellFormed(MentorLinkToken.issue(MentorLinkToken.newKey(), 1, DAY)),
                "a derived link is never taken for a stored one");
    }
}
