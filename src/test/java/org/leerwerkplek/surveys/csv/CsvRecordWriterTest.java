package org.leerwerkplek.surveys.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvRecordWriterTest {

    private static String quoted(String value, char separator) {
        StringBuilder out = new StringBuilder();
        CsvRecordWriter.append(out, value, separator);
        return out.toString();
    }

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertEquals("abc", quoted("abc", ','));
        assertEquals("", quoted("", ','));
        assertEquals("  spaces  ", quoted("  spaces  ", ','));
        assertEquals("it's", quoted("it's", ','));
    }

    @Test
    void fieldsWithSeparatorQuoteOrLineEndAreQuoted() {
        assertEquals("\"a,b\"", quoted("a,b", ','));
        assertEquals("\"say \"\"hi\"\"\"", quoted("say \"hi\"", ','));
        assertEquals("\"line 1\nline 2\"", quoted("line 1\nline 2", ','));
        assertEquals("\"line 1\r\nline 2\"", quoted("line 1\r\nline 2", ','));
        assertEquals("\"cr\rhere\"", quoted("cr\rhere", ','));
    }

    @Test
    void onlyTheDialectsSeparatorNeedsQuotes() {
        assertEquals("a,b", quoted("a,b", ';'));
        assertEquals("\"a;b\"", quoted("a;b", ';'));
        assertEquals("a;b", quoted("a;b", ','));
    }

    @Test
    void recordsEndWithCrlf() throws IOException {
        StringWriter out = new StringWriter();
        CsvRecordWriter records = new CsvRecordWriter(out, CsvDialect.STANDARD);
        records.start();
        records.field("a").field("b,c").field("");
        records.endRecord();
        records.field("1").endRecord();
        assertEquals("a,\"b,c\",\r\n1\r\n", out.toString());
    }

    @Test
    void excelDialectStartsWithAByteOrderMarkAndUsesSemicolons() throws IOException {
        StringWriter out = new StringWriter();
        CsvRecordWriter records = new CsvRecordWriter(out, CsvDialect.EXCEL_SEMICOLON);
        records.start();
        records.field("a").field("1,5").endRecord();
        assertEquals("\uFEFFa;1,5\r\n", out.toString());
    }

    @Test
    void onlyCommaAndSemicolonAreSeparators() {
        assertThrows(IllegalArgumentException.class, () -> new CsvDialect('\t', false));
    }
}
