package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void titlesBecomeNamesExcelTakes() {
        SheetNames names = new SheetNames();
        assertEquals("Profiel van de respondenten", names.next("Profiel van de respondenten"));
        String motives = names.next("Motieven om op te leiden: waarom leidt uw bedrijf leerlingen op?");
        assertTrue(motives.length() <= 31, motives);
        assertEquals("Motieven om op te leiden…", motives, "cut at a word");
        assertEquals("Vorm A of B", names.next("Vorm [A] / of *B?"));
        assertEquals("Aandeel", names.next("'Aandeel'"));
        assertEquals("-", names.next("  "));
        assertEquals("History -", names.next("History"));
        for (String name : new String[] {motives, "Vorm A of B", "Aandeel"}) {
            WorkbookUtil.validateSheetName(name);
        }
    }

    @Test
    void repeatedTitlesGetANumberAndStayWithinTheLimit() {
        SheetNames names = new SheetNames();
        String title = "Samen gekozen: welke ondersteuning wenst uw bedrijf?";
        String first = names.next(title);
        String second = names.next(title);
        assertFalse(first.equalsIgnoreCase(second));
        assertTrue(second.endsWith(" (2)") && second.length() <= 31, second);
        SheetNames other = new SheetNames();
        other.next("RANGORDE");
        assertEquals("Rangorde (2)", other.next("Rangorde"), "unique without regard to case");
    }
}
