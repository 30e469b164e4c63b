package org.leerwerkplek.surveys.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads CSV records one at a time, as RFC 4180 describes them, with what spreadsheets add:
 * <ul>
 *   <li>records end with CRLF, LF or a lone CR; a line end after the last record is optional;</li>
 *   <li>a field in double quotes may hold the separator, line ends and doubled quotes ({@code ""});</li>
 *   <li>a UTF-8 byte order mark (U+FEFF) at the very start is skipped;</li>
 *   <li>the separator is {@code ,} or {@code ;}, whichever occurs more often (outside quotes) in
 *       the first line; a first line with neither is read with {@code ,}.</li>
 * </ul>
 * Fields are returned as written: nothing is trimmed. A double quote inside an unquoted field is
 * taken literally. Text after a closing quote and a quote left open at the end of the input are
 * reported as {@linkplain CsvRecord#problems() problems} of the record, never thrown, so that the
 * caller can report every problem of a file. Only the reader's own {@link IOException} is thrown.
 *
 * <p>Memory stays flat: the reader keeps one buffer and the record being read.
 */
public final class CsvRecordReader {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final int EOF = -1;

    private final Reader in;
    private char[] buffer = new char[BUFFER_SIZE];
    private int position;
    private int limit;
    private boolean endOfInput;
    private int line = 1;
    private char separator;
    private boolean started;
    private final StringBuilder field = new StringBuilder(256);
    private int expectedWidth = 16;

    private CsvRecordReader(Reader in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /** A reader that takes the separator from the first line. */
    public static CsvRecordReader detecting(Reader in) {
        return new CsvRecordReader(in);
    }

    /** The physical line (1-based) the reader has reached. */
    public int line() {
        return line;
    }

    /** The separator in use: detected from the first line once the first record has been asked for. */
    public char separator() {
        return separator;
    }

    /** The next record; empty at the end of the input. */
    public Optional<CsvRecord> next() throws IOException {
        if (!started) {
            start();
        }
        if (peek() == EOF) {
            return Optional.empty();
        }
        int startLine = line;
        List<String> fields = new ArrayList<>(expectedWidth);
        List<CsvRecord.Problem> problems = new ArrayList<>(0);
        while (true) {
            field.setLength(0);
            int end = peek() == '"' ? quotedField(startLine, fields.size() + 1, problems) : unquotedField();
            fields.add(field.isEmpty() ? "" : field.toString());
            if (end == separator) {
                read();
                continue;
            }
            if (end != EOF) {
                lineEnd();
            }
            break;
        }
        expectedWidth = Math.max(expectedWidth, fields.size());
        return Optional.of(new CsvRecord(startLine, fields, problems));
    }

    /** Reads an unquoted field up to (not including) the separator, a line end or the end of input. */
    private int unquotedField() throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                return EOF;
            }
            // the run of the field's characters in the buffer, appended at once (an import reads millions of fields)
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == separator || c == '\n' || c == '\r') {
                    field.append(buffer, start, position - start);
                    return c;
                }
                position++;
            }
            field.append(buffer, start, position - start);
        }
    }

    /** Reads a quoted field; returns what follows it: the separator, a line end or the end of input. */
    private int quotedField(int recordLine, int fieldNumber, List<CsvRecord.Problem> problems) throws IOException {
        int openedOn = line;
        read();
        while (true) {
            int c = read();
            if (c == EOF) {
                problems.add(new CsvRecord.Problem(fieldNumber, "the quote opened on line " + openedOn
                        + " is never closed"));
                return EOF;
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    field.append('"');
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            } else if (c == '\r') {
                line++;
                if (peek() == '\n') {
                    field.append('\r');
                    c = read();
                }
            }
            field.append((char) c);
        }
        int after = peek();
        if (after == separator || after == '\n' || after == '\r' || after == EOF) {
            return after;
        }
        problems.add(new CsvRecord.Problem(fieldNumber, "unexpected text after the closing quote; a field with a"
                + " quote must be quoted as a whole, with quotes inside doubled (\"\")"));
        return unquotedField();
    }

    /** Consumes CRLF, LF or CR. */
    private void lineEnd() throws IOException {
        int c = read();
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private void start() throws IOException {
        started = true;
        fill();
        if (limit > 0 && buffer[0] == CsvRecordWriter.BYTE_ORDER_MARK) {
            position = 1;
        }
        separator = detectSeparator();
    }

    /** Counts {@code ,} and {@code ;} outside quotes on the first line, reading ahead as far as needed. */
    private char detectSeparator() throws IOException {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        int i = position;
        while (true) {
            if (i == limit) {
                if (!fillKeeping()) {
                    break;
                }
                continue;
            }
            char c = buffer[i++];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    /** Refills the buffer once everything in it is consumed; false at the end of input. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            endOfInput = true;
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    /** Reads more input after what is buffered, growing the buffer; false at the end of input. */
    private boolean fillKeeping() throws IOException {
        if (endOfInput) {
            return false;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read;
        do {
            read = in.read(buffer, limit, buffer.length - limit);
        } while (read == 0);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }
}
