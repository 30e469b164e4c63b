package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanyNamePartsTest {

    @Test
    void thePartsAreTheNextTwelveCharactersOfEveryPositionWithThreeLeft() {
        assertEquals(Set.of("dak peeters", "ak peeters", "k peeters", " peeters", "peeters", "eeters", "eters", "ters", "ers"),
                CompanyNameParts.of("dak peeters"));
        assertEquals(Set.of("schrijnwerk", "chrijnwerk b", "hrijnwerk bv", "rijnwerk bv", "ijnwerk bv", "jnwerk bv",
                "nwerk bv", "werk bv", "erk bv", "rk bv", "k bv", " bv"), CompanyNameParts.of("schrijnwerk bv"),
                "twelve at most, the blanks at the end cut");
        assertEquals(Set.of(), CompanyNameParts.of("ab"));
    }

    @Test
    void aSearchOfThreeOrMoreCharactersLooksUpItsFirstTwelveWithoutTheBlanksAtTheEnd() {
        assertEquals(Optional.empty(), CompanyNameParts.key("pe"));
        assertEquals(Optional.empty(), CompanyNameParts.key("pe "));
        assertEquals(Optional.of("pee"), CompanyNameParts.key("pee"));
        assertEquals(Optional.of("bouw peeters"), CompanyNameParts.key("bouw peeters 12345"));
        assertEquals(Optional.of("bouw"), CompanyNameParts.key("bouw        x"));
    }

    /** What makes the search exact: every piece of a name found by LIKE is also found through the parts. */
    @Test
    void everyPieceOfANameOfThreeOrMoreCharactersBeginsOneOfItsParts() {
        Random random = new Random(42);
        String letters = "ab d-é.";
        for (int n = 0; n < 300; n++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                name.append(letters.charAt(random.nextInt(letters.length())));
            }
            Set<String> parts = CompanyNameParts.of(name.toString());
            for (int from = 0; from < name.length(); from++) {
                for (int to = from + 1; to <= name.length(); to++) {
                    String piece = name.substring(from, to);
                    CompanyNameParts.key(piece).ifPresent(key -> assertTrue(parts.stream().anyMatch(p -> p.startsWith(key)),
                            "'" + piece + "' in '" + name + "': no part begins with '" + key + "' in " + parts));
                }
            }
        }
    }
}
