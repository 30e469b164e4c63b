package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.register.Contact;

class PseudonymTest {

    @Test
    void aPseudonymIsStableAndLooksLikeContactAndFourHexDigits() {
        assertEquals(Pseudonym.ofContact(42, 0), Pseudonym.ofContact(42, 0));
        assertEquals(Pseudonym.ofInterviewee(7), Pseudonym.ofInterviewee(7));
        assertTrue(Pseudonym.ofContact(42, 0).matches("Contact [0-9a-f]{4}"), Pseudonym.ofContact(42, 0));
        assertTrue(Pseudonym.ofInterviewee(7).matches("Contact [0-9a-f]{4}"), Pseudonym.ofInterviewee(7));
    }

    @Test
    void differentPlacesGiveDifferentPseudonyms() {
        Set<String> seen = new HashSet<>();
        for (long company = 1; company <= 20; company++) {
            for (int position = 0; position < 3; position++) {
                seen.add(Pseudonym.ofContact(company, position));
            }
        }
        assertTrue(seen.size() >= 58, "at most a rare collision among 60: " + seen.size());
        assertNotEquals(Pseudonym.ofContact(5, 0), Pseudonym.ofInterviewee(5), "a visit id is not a company id");
    }

    @Test
    void contactsLoseNameAddressAndPhoneButKeepRoleLanguageAndWhatIsMissing() {
        List<Contact> contacts = List.of(new Contact("An Peeters", "zaakvoerder", "an@peeters.be", "+32 3 123 45 67", "nl"),
                new Contact("Luc Maes", "ploegleider", "", "", "fr"));

        List<Contact> shown = Pseudonym.contacts(42, contacts);

        String first = Pseudonym.ofContact(42, 0);
        assertEquals(new Contact(first, "zaakvoerder", first, first, "nl"), shown.get(0));
        assertEquals(new Contact(Pseudonym.ofContact(42, 1), "ploegleider", "", "", "fr"), shown.get(1));
        assertFalse(shown.toString().contains("Peeters") || shown.toString().contains("Maes")
                || shown.toString().contains("@") || shown.toString().contains("123"), shown.toString());
        assertEquals(shown, Pseudonym.contacts(42, contacts), "the same on every call");
    }
}
