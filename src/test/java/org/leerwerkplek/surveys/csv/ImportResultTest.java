package org.leerwerkplek.surveys.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportResultTest {

    @Test
    void aResultWithoutErrorsIsValid() {
        ImportResult result = new ImportResult(3, 3, List.of(), 0);
        assertTrue(result.isValid());
        assertEquals(List.of(), result.report());
    }

    @Test
    void reportsEachErrorWithLineColumnAndName() {
        ImportResult result = new ImportResult(2, 1, List.of(
                new ImportError(1, 0, "version", "the column version is missing"),
                new ImportError(1, 0, "", "the file is empty"),
                new ImportError(7, 12, "Q02_GROOTTE", "unknown option W3"),
                new ImportError(9, 136, "", "the row has 136 fields but the header has 135")), 0);
        assertFalse(result.isValid());
        assertEquals(List.of(
                "line 1 (version): the column version is missing",
                "line 1: the file is empty",
                "line 7, column 12 (Q02_GROOTTE): unknown option W3",
                "line 9, column 136: the row has 136 fields but the header has 135"), result.report());
    }

    @Test
    void endsWithHowManyMoreErrorsWereFound() {
        ImportError error = new ImportError(2, 2, "version", "version 2 does not match");
        assertEquals("… and 1 more error", new ImportResult(2, 0, List.of(error), 1).report().get(1));
        assertEquals("… and 999 more errors", new ImportResult(2, 0, List.of(error), 999).report().get(1));
    }

    @Test
    void moreErrorsNeedErrors() {
        assertThrows(IllegalArgumentException.class, () -> new ImportResult(1, 0, List.of(), 4));
    }
}
