package org.leerwerkplek.platform.tables;

import java.io.IOException;

/**
 * Where the response and codebook writers put their records: a CSV text or a sheet of an XLSX
 * workbook. The first record is the header.
 */
public interface RecordSink {

    /** Adds a text cell to the current record. */
    RecordSink field(String value);

    /** Adds a cell holding a number written as {@code text} (an empty text is an empty cell). */
    default RecordSink number(String text) {
        return field(text);
    }

    /** Ends the current record. */
    void endRecord() throws IOException;

    /**
     * Whether a spreadsheet opening this output could take a text cell for a formula (CSV), so
     * that texts written for people must be guarded; false where cells are typed (XLSX).
     */
    boolean textMayRunAsFormula();
}
