package org.leerwerkplek.surveys.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.leerwerkplek.platform.tables.Formulas;
import org.leerwerkplek.platform.tables.RecordSink;

/**
 * Writes CSV records as RFC 4180 says: fields separated by the dialect's separator, records
 * ended by CRLF, and a field quoted when it holds the separator, a double quote, CR or LF (a
 * double quote inside is doubled). Each record is built in memory and written in one call.
 * Unless raw, a text field that a spreadsheet would run as a formula gets an apostrophe in front
 * ({@link Formulas}); numbers are written as they are.
 */
final class CsvRecordWriter implements RecordSink {

    static final String RECORD_END = "\r\n";
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;
    private final CsvDialect dialect;
    private final boolean raw;
    private final StringBuilder record = new StringBuilder(1024);
    private boolean firstField = true;

    /** A writer that neutralises texts that look like formulas. */
    CsvRecordWriter(Writer out, CsvDialect dialect) {
        this(out, dialect, false);
    }

    /** @param raw true to write every text as it is, formulas included */
    CsvRecordWriter(Writer out, CsvDialect dialect, boolean raw) {
        this.out = Objects.requireNonNull(out, "out");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.raw = raw;
    }

    /** Writes the byte order mark when the dialect asks for one; call before the first record. */
    void start() throws IOException {
        if (dialect.byteOrderMark()) {
            out.write(BYTE_ORDER_MARK);
        }
    }

    /** Adds a field to the current record. */
    @Override
    public CsvRecordWriter field(String value) {
        return cell(raw ? value : Formulas.neutralise(value));
    }

    /** Adds a number, as it is: {@code -3} is a number, not a formula. */
    @Override
    public CsvRecordWriter number(String text) {
        return cell(text);
    }

    private CsvRecordWriter cell(String value) {
        if (!firstField) {
            record.append(dialect.separator());
        }
        firstField = false;
        append(record, value, dialect.separator());
        return this;
    }

    /** Writes the current record with its CRLF. */
    @Override
    public void endRecord() throws IOException {
        record.append(RECORD_END);
        out.append(record);
        record.setLength(0);
        firstField = true;
    }

    void flush() throws IOException {
        out.flush();
    }

    /** Appends {@code value} to {@code target}, quoted when it must be. */
    static void append(StringBuilder target, String value, char separator) {
        if (!needsQuotes(value, separator)) {
            target.append(value);
            return;
        }
        target.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                target.append('"');
            }
            target.append(c);
        }
        target.append('"');
    }

    private static boolean needsQuotes(String value, char separator) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == separator || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
