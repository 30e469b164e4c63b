package org.leerwerkplek.surveys.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportResultJsonTest {

    @Test
    void errorsWithLinesColumnsAndAccentsComeBackAsTheyWere() {
        ImportResult refused = new ImportResult(120, 0, List.of(
                new ImportError(7, 12, "Q02_GROOTTE", "unknown option \"9\" (allowed: 1–5)"),
                new ImportError(1, 0, "", "missing column Q01_SECTOR; « é » kept")), 3);

        ImportResult back = ImportResultJson.read(ImportResultJson.write(refused));

        assertEquals(refused, back);
        assertEquals(List.of("line 7, column 12 (Q02_GROOTTE): unknown option \"9\" (allowed: 1–5)",
                "line 1: missing column Q01_SECTOR; « é » kept", "… and 3 more errors"), back.report());
    }

    @Test
    void aStoredImportKeepsItsCounts() {
        ImportResult stored = new ImportResult(100_000, 100_000, List.of(), 0);

        assertEquals(stored, ImportResultJson.read(ImportResultJson.write(stored)));
    }
}
