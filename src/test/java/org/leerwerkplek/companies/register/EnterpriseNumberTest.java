package org.leerwerkplek.companies.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leerwerkplek.platform.DomainException;

/** Check digits computed independently: {@code python3 -c "print(97 - 4031707 % 97)"} gives 1. */
class EnterpriseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0403170701", "0403.170.701", "BE 0403.170.701", "be0403170701", " BE-0403-170-701 ",
            "403170701", "0403 170 701"})
    void everyUsualWritingIsReadAndNormalised(String written) {
        EnterpriseNumber number = EnterpriseNumber.parse(written);

        assertEquals("0403170701", number.digits());
        assertEquals("0403.170.701", number.formatted());
    }

    @Test
    void numbersStartingWithOneAreValidToo() {
        // 12345678 mod 97 = 3, so the check is 94
        assertEquals("1234.567.894", EnterpriseNumber.parse("1234567894").formatted());
    }

    @Test
    void aCheckOf97IsValidWhenTheFirstEightDigitsAreAMultipleOf97() {
        // 00000097 mod 97 = 0, so the check is 97
        assertEquals("0000009797", EnterpriseNumber.parse("0000.009.797").digits());
    }

    @Test
    void aWrongCheckDigitIsNamed() {
        assertEquals(Optional.of(EnterpriseNumber.Problem.CHECK_DIGITS), EnterpriseNumber.problem("0403.170.702"));
        DomainException refused = assertThrows(DomainException.class, () -> EnterpriseNumber.parse("BE 0403.170.702"));
        assertEquals("company.number.check", refused.messageKey());
        assertEquals("BE 0403.170.702", refused.arguments()[0]);
    }

    @Test
    void theFirstDigitMustBeZeroOrOne() {
        // 24031707 mod 97 = 33, check 64: a correct check but a wrong first digit
        assertEquals(Optional.of(EnterpriseNumber.Problem.FIRST_DIGIT), EnterpriseNumber.problem("2403170764"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04031707", "04031707011", "04031707AB", "BE", "0403.170.70x", "NL0403170701"})
    void anythingButTenDigitsIsRefused(String written) {
        assertEquals(Optional.of(EnterpriseNumber.Problem.NOT_TEN_DIGITS), EnterpriseNumber.problem(written));
    }

    @Test
    void anEmptyNumberIsNamedAsSuch() {
        assertEquals(Optional.of(EnterpriseNumber.Problem.EMPTY), EnterpriseNumber.problem("  "));
        assertEquals(Optional.of(EnterpriseNumber.Problem.EMPTY), EnterpriseNumber.problem(null));
    }

    @Test
    void theValueItselfRefusesUnnormalisedDigits() {
        assertThrows(IllegalArgumentException.class, () -> new EnterpriseNumber("0403.170.701"));
    }
}
