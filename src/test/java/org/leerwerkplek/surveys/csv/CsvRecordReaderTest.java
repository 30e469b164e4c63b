package org.leerwerkplek.surveys.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<CsvRecord> readAll(String text) throws IOException {
        return readAll(new StringReader(text));
    }

    private static List<CsvRecord> readAll(Reader in) throws IOException {
        CsvRecordReader reader = CsvRecordReader.detecting(in);
        List<CsvRecord> records = new ArrayList<>();
        for (Optional<CsvRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            records.add(next.get());
        }
        return records;
    }

    @Test
    void readsPlainRecordsWithLf() throws IOException {
        List<CsvRecord> records = readAll("a,b,c\n1,2,3\n");
        assertEquals(2, records.size());
        assertEquals(List.of("a", "b", "c"), records.get(0).fields());
        assertEquals(List.of("1", "2", "3"), records.get(1).fields());
        assertEquals(1, records.get(0).line());
        assertEquals(2, records.get(1).line());
    }

    @Test
    void readsCrlfLoneCrAndNoLineEndAtTheEnd() throws IOException {
        List<CsvRecord> records = readAll("a,b\r\n1,2\r3,4");
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2"), List.of("3", "4")),
                records.stream().map(CsvRecord::fields).toList());
        assertEquals(List.of(1, 2, 3), records.stream().map(CsvRecord::line).toList());
    }

    @Test
    void keepsEmptyFieldsAndSpaces() throws IOException {
        List<CsvRecord> records = readAll("a,,c, d \n,,\n");
        assertEquals(List.of("a", "", "c", " d "), records.get(0).fields());
        assertEquals(List.of("", "", ""), records.get(1).fields());
        assertTrue(records.get(1).isBlank());
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineEnds() throws IOException {
        List<CsvRecord> records = readAll("h1,h2\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"line 1\r\nline 2\nline 3\",x\r\nlast,\"\"\r\n");
        assertEquals(List.of("a,b", "say \"hi\""), records.get(1).fields());
        assertEquals(List.of("line 1\r\nline 2\nline 3", "x"), records.get(2).fields());
        assertEquals(List.of("last", ""), records.get(3).fields());
        assertEquals(List.of(1, 2, 3, 6), records.stream().map(CsvRecord::line).toList(),
                "the record after a field spanning lines 3-5 starts on line 6");
        assertTrue(records.stream().allMatch(r -> r.problems().isEmpty()));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsLiteral() throws IOException {
        assertEquals(List.of("5\" nail", "x"), readAll("5\" nail,x\n").get(0).fields());
    }

    @Test
    void skipsTheByteOrderMark() throws IOException {
        List<CsvRecord> records = readAll("\uFEFFversion,Q01\n1,2\n");
        assertEquals(List.of("version", "Q01"), records.get(0).fields());
    }

    @Test
    void detectsTheSemicolonFromTheHeaderLine() throws IOException {
        CsvRecordReader reader = CsvRecordReader.detecting(new StringReader("\uFEFFa;b;\"c,d\"\r\n1,5;2;3\r\n"));
        assertEquals(List.of("a", "b", "c,d"), reader.next().orElseThrow().fields());
        assertEquals(';', reader.separator());
        assertEquals(List.of("1,5", "2", "3"), reader.next().orElseThrow().fields());
    }

    @Test
    void separatorsInsideQuotesDoNotCountForDetection() throws IOException {
        CsvRecordReader reader = CsvRecordReader.detecting(new StringReader("\"a;b;c\",d\n"));
        assertEquals(List.of("a;b;c", "d"), reader.next().orElseThrow().fields());
        assertEquals(',', reader.separator());
    }

    @Test
    void aHeaderWithoutSeparatorIsReadWithCommas() throws IOException {
        CsvRecordReader reader = CsvRecordReader.detecting(new StringReader("version\n1\n"));
        assertEquals(List.of("version"), reader.next().orElseThrow().fields());
        assertEquals(',', reader.separator());
    }

    @Test
    void emptyInputHasNoRecords() throws IOException {
        assertTrue(readAll("").isEmpty());
        assertTrue(readAll("\uFEFF").isEmpty());
    }

    @Test
    void aBlankLineIsARecordWithOneEmptyField() throws IOException {
        List<CsvRecord> records = readAll("a\n\nb\n");
        assertEquals(3, records.size());
        assertTrue(records.get(1).isBlank());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void reportsAQuoteThatIsNeverClosed() throws IOException {
        List<CsvRecord> records = readAll("a,b\n1,\"open\n2,3\n");
        CsvRecord broken = records.get(1);
        assertEquals(2, broken.line());
        assertEquals(List.of(new CsvRecord.Problem(2, "the quote opened on line 2 is never closed")), broken.problems());
        assertEquals(2, records.size());
    }

    @Test
    void reportsTextAfterAClosingQuoteAndReadsOn() throws IOException {
        List<CsvRecord> records = readAll("a,b,c\n\"x\"y,2,3\n4,5,6\n");
        CsvRecord broken = records.get(1);
        assertEquals(1, broken.problems().size());
        assertEquals(1, broken.problems().get(0).field());
        assertEquals(List.of("xy", "2", "3"), broken.fields());
        assertEquals(List.of("4", "5", "6"), records.get(2).fields());
    }

    @Test
    void readsFieldsAndHeadersLongerThanItsBuffer() throws IOException {
        String longText = "x".repeat(200_000);
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            header.append(i == 0 ? "" : ";").append("COL").append(i);
        }
        List<CsvRecord> records = readAll(header + "\n\"" + longText + "\"\n");
        assertEquals(20_000, records.get(0).fields().size());
        assertEquals(longText, records.get(1).fields().get(0));
    }

    @Test
    void readsFromAReaderThatGivesOneCharacterAtATime() throws IOException {
        Reader slow = new StringReader("a;b\r\n\"1\r\n2\";3\r\n") {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(1, length));
            }
        };
        List<CsvRecord> records = readAll(slow);
        assertEquals(List.of("1\r\n2", "3"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
    }
}
