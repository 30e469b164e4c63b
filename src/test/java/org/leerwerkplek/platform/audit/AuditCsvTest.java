package org.leerwerkplek.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void aCellASpreadsheetWouldRunIsNeutralisedAsInEveryExport() {
        assertEquals("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Klik\"\")\"",
                AuditCsv.cell("=HYPERLINK(\"https://evil.example\",\"Klik\")"));
        assertEquals("''-1", AuditCsv.cell("'-1"), "looks past an apostrophe already there, as Formulas does");
        assertEquals("company", AuditCsv.cell("company"));
        assertEquals("", AuditCsv.cell(null));
    }
}
