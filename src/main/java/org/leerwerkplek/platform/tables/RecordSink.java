package org.leerwerkplek.platform.tables;

import java.io.IOException;

/**
 * Where the response and codebook writers put their records: a CSV text or a sheet of an XLSX
 * workbook. The first record is the header. Unless made "raw", a sink neutralises text cells that a
 * spreadsheet would run as a formula ({@link Formulas}); numbers are written as they are.
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
}
