package org.leerwerkplek.surveys.csv;

/**
 * How a CSV file is written: the field separator and whether it starts with a UTF-8 byte order
 * mark. Records always end with CRLF and fields are quoted as RFC 4180 says. Reading needs no
 * dialect: the separator is detected from the header line and a byte order mark is skipped.
 *
 * @param separator {@code ,} or {@code ;}
 * @param byteOrderMark whether to write U+FEFF first, so that Excel recognises UTF-8
 */
public record CsvDialect(char separator, boolean byteOrderMark) {

    /** Comma-separated without byte order mark: for R, Python, SPSS and re-import. */
    public static final CsvDialect STANDARD = new CsvDialect(',', false);

    /** Semicolon-separated with byte order mark: what Excel with Belgian (nl-BE, fr-BE) settings opens directly. */
    public static final CsvDialect EXCEL_SEMICOLON = new CsvDialect(';', true);

    /** The separators a file may use. */
    static final String SEPARATORS = ",;";

    public CsvDialect {
        if (SEPARATORS.indexOf(separator) < 0) {
            throw new IllegalArgumentException("separator must be , or ; but is " + separator);
        }
    }
}
