package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Which fiche texts name a person, and how contacts are known in the trail. */
class CompanyPrivacyTest {

    @Test
    void aTextNamesThePersonWhenItHoldsTheAddressOrANameInAnyCase() {
        Predicate<String> naming = CompanyPrivacy.naming("Jan@Bouw.be", Set.of("Jan Peeters", "Jo"));

        assertTrue(naming.test("Gesprek met JAN PEETERS, zaakvoerder"));
        assertTrue(naming.test("mail naar jan@bouw.be"));
        assertFalse(naming.test("Jo is de ploegleider"), "names shorter than three letters would match everywhere");
        assertFalse(naming.test("Els Maes"));
        assertFalse(naming.test(null));
    }

    @Test
    void severalPeopleAtOnceAndBlankAddressesMatchNothing() {
        Predicate<String> naming = CompanyPrivacy.naming(List.of("", "els@bouw.be"), List.of("Koen Stevens"));

        assertTrue(naming.test("koen stevens belt terug"));
        assertTrue(naming.test("ELS@BOUW.BE"));
        assertFalse(naming.test("een tekst zonder namen"), "a blank address is not in every text");
    }

    @Test
    void aContactIsKnownByItsCompanyAndItsPositionFromOne() {
        assertEquals("42:1", CompanyPrivacy.contactId(42, 0));
    }
}
