package org.leerwerkplek.platform.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulasTest {

    @Test
    void everyFormulaStartGetsAnApostrophe() {
        for (String dangerous : List.of("=1", "+1", "-1", "@A1", "\tx", "\rx", "=HYPERLINK(\"https://evil.example\",\"Klik\")")) {
            assertTrue(Formulas.mayRunAsFormula(dangerous), dangerous);
            assertEquals("'" + dangerous, Formulas.neutralise(dangerous));
        }
    }

    @Test
    void harmlessTextsStayAsTheyAre() {
        for (String harmless : List.of("", "1", "a=b", " =1", "'", "''x", "Ελληνικά", "O'Neil")) {
            assertFalse(Formulas.mayRunAsFormula(harmless), harmless);
            assertEquals(harmless, Formulas.neutralise(harmless));
        }
    }

    @Test
    void aTextAlreadyStartingWithApostrophesBeforeAFormulaGetsOneMore() {
        assertEquals("''=1", Formulas.neutralise("'=1"), "so that restoring gives back '=1 exactly");
    }

    @Test
    void restoreUndoesNeutraliseForEveryText() {
        for (String text : List.of("", "x", "=1", "'=1", "''=1", "-5 graden", "'", "'x", "@", "''", "+")) {
            assertEquals(text, Formulas.restore(Formulas.neutralise(text)), text);
        }
    }
}
