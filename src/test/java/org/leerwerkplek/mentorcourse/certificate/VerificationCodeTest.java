package org.leerwerkplek.mentorcourse.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void aCodeIsThreeGroupsOfFourWithoutLookAlikes() {
        String code = VerificationCode.generate();

        assertTrue(code.matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"), code);
        assertNotEquals(code, VerificationCode.generate());
    }

    @Test
    void aTypedCodeIsReadInAnyCaseWithOrWithoutHyphens() {
        assertEquals(Optional.of("K7QM-3RTA-WX9E"), VerificationCode.normalised(" k7qm 3rta-wx9e "));
        assertEquals(Optional.of("K7QM-3RTA-WX9E"), VerificationCode.normalised("K7QM3RTAWX9E"));
    }

    @Test
    void somethingElseIsNoCode() {
        assertEquals(Optional.empty(), VerificationCode.normalised(null));
        assertEquals(Optional.empty(), VerificationCode.normalised("K7QM-3RTA"));
        assertEquals(Optional.empty(), VerificationCode.normalised("K7QM-3RTA-WX9O"), "O is not in the alphabet");
        assertEquals(Optional.empty(), VerificationCode.normalised("' or 1=1 --"));
    }
}
