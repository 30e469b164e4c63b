package org.leerwerkplek.platform.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** {@link XlsxReader} reads what POI writes as POI's DataFormatter shows it, and refuses what is not safe. */
class XlsxReaderTest {

    @Test
    void readsPoisWorkbooksAsPoiShowsThem() throws Exception {
        for (Workbook book : List.of(new XSSFWorkbook(), new SXSSFWorkbook())) { // shared strings, inline strings
            try (book) {
                Sheet survey = book.createSheet("Survey");
                Row header = survey.createRow(2); // rows before the header missing
                header.createCell(0).setCellValue("type");
                header.createCell(3).setCellValue("label::Nederlands (nl)"); // a gap of two cells
                Row one = survey.createRow(3);
                one.createCell(0).setCellValue("select_one ja_nee");
                one.createCell(1).setCellValue(1.0);
                one.createCell(2).setCellValue(18.31);
                one.createCell(3).setCellValue(true);
                one.createCell(4).setCellValue(false);
                one.createCell(5).setCellValue(0.1 + 0.2);
                one.createCell(6).setCellValue(-42);
                one.createCell(7).setCellValue(12345678901.0);
                one.createCell(8).setCellValue("émile <&> \"東京\" \ud83d\ude00 _x0041_ line\nbreak ");
                one.createCell(9).setCellValue(" ");
                one.createCell(10).setCellValue(1e-3);
                Row far = survey.createRow(9);
                far.createCell(25).setCellValue("Z");
                far.createCell(26).setCellValue("AA");
                if (book instanceof XSSFWorkbook) {
                    XSSFRichTextString rich = new XSSFRichTextString("vet en gewoon");
                    rich.applyFont(0, 3, ((XSSFWorkbook) book).createFont());
                    far.createCell(27).setCellValue(rich);
                }
                Sheet choices = book.createSheet("choices");
                choices.createRow(0).createCell(0).setCellValue("list_name");
                book.createSheet("empty");
                byte[] bytes = write(book);

                try (XlsxReader reader = new XlsxReader(bytes)) {
                    assertEquals(List.of("Survey", "choices", "empty"), reader.sheetNames());
                    assertEquals(poi(bytes), ours(reader, Set.copyOf(reader.sheetNames())));
                }
            }
        }
    }

    @Test
    void readsBackWhatXlsxStreamWrites() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxStream stream = new XlsxStream(out, false);
        RecordSink first = stream.sheet("één");
        first.field("a").field("").number("12.50").field("=1+1").endRecord();
        first.endRecord();
        first.number("3").endRecord();
        stream.sheet("twee").field("x<y").endRecord();
        stream.finish();

        try (XlsxReader reader = new XlsxReader(out.toByteArray())) {
            assertEquals(List.of("één", "twee"), reader.sheetNames());
            assertEquals(poi(out.toByteArray()), ours(reader, Set.of("één", "twee")));
            assertEquals(List.of("1: [a, , 12.5, =1+1]", "3: [3]"), ours(reader, Set.of("één")).get("één"));
        }
    }

    @Test
    void onlyTheWantedSheetsAreRead() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("a").createRow(0).createCell(0).setCellValue("in a");
            book.createSheet("b").createRow(0).createCell(0).setCellValue("in b");
            try (XlsxReader reader = new XlsxReader(write(book))) {
                assertEquals(Map.of("b", List.of("1: [in b]")), ours(reader, Set.of("b")));
            }
        }
    }

    @Test
    void numbersAreShownAsExcelsGeneralFormat() throws Exception {
        assertEquals("1", XlsxReader.number("1.0"));
        assertEquals("0.3", XlsxReader.number("0.30000000000000004"));
        assertEquals("18.31", XlsxReader.number("18.31"));
        assertEquals("-42", XlsxReader.number("-42"));
        // POI's DataFormatter shows 1.23457E+11 (Excel's General in a standard-width column): a code or a phone
        // number in an XLSForm is read whole instead
        assertEquals("123456789012", XlsxReader.number("1.23456789012E11"));
        assertEquals("0.000123", XlsxReader.number("1.23E-4"));
        assertEquals("0", XlsxReader.number("-0.0"));
        assertEquals("1E+20", XlsxReader.number("1E20"));
        assertThrows(XlsxReader.XlsxException.class, () -> XlsxReader.number("twelve"));
    }

    @Test
    void cellReferencesAreCheckedAgainstTheirRow() throws Exception {
        assertEquals(0, XlsxReader.column("A1", 1));
        assertEquals(27, XlsxReader.column("AB7", 7));
        assertEquals(16_383, XlsxReader.column("XFD3", 3));
        for (String bad : List.of("XFE3", "A2", "3", "A", "A-1", "ÄA3", "AAAAA3", "A99999999")) {
            assertThrows(XlsxReader.XlsxException.class, () -> XlsxReader.column(bad, 3), bad);
        }
    }

    @Test
    void targetsStayInsideThePackage() throws Exception {
        assertEquals("xl/worksheets/sheet1.xml", XlsxReader.resolve("xl/", "worksheets/sheet1.xml"));
        assertEquals("xl/sharedstrings.xml", XlsxReader.resolve("xl/", "/xl/sharedStrings.xml"));
        assertEquals("docprops/app.xml", XlsxReader.resolve("xl/", "../docProps/app.xml"));
        assertThrows(XlsxReader.XlsxException.class, () -> XlsxReader.resolve("xl/", "../../etc/passwd"));
    }

    @Test
    void brokenOrHostileFilesAreUnreadableNotRuntimeErrors() throws Exception {
        byte[] good;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("survey").createRow(0).createCell(0).setCellValue("type");
            good = write(book);
        }
        String sheet = "xl/worksheets/sheet1.xml";
        List<byte[]> bad = new ArrayList<>();
        bad.add(new byte[0]);
        bad.add("PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1));
        bad.add(Zips.replaced(good, sheet, "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>"));
        bad.add(Zips.replaced(good, sheet, sheetXml("<row r=\"2\"/><row r=\"1\"/>")));
        bad.add(Zips.replaced(good, sheet, sheetXml("<row r=\"1\"><c r=\"B1\"/><c r=\"A1\"/></row>")));
        bad.add(Zips.replaced(good, sheet, sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row>")));
        bad.add(Zips.replaced(good, sheet, sheetXml("<row r=\"1\"><c r=\"A1\"><v>not a number</v></c></row>")));
        bad.add(Zips.replaced(good, sheet, sheetXml("<row r=\"1\"><c r=\"A1\" t=\"b\"><v>2</v></c></row>")));
        bad.add(Zips.replaced(good, sheet, sheetXml("<row r=\"1\"><c r=\"A1\" t=\"weird\"><v>2</v></c></row>")));
        bad.add(Zips.replaced(good, sheet, sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c>"))); // cut short
        // a ZIP bomb: a sheet that inflates beyond the limit, packed into a few hundred kilobytes
        bad.add(bomb(good, sheet));
        bad.add(duplicate(good, sheet));
        for (byte[] file : bad) {
            XlsxReader.XlsxException e = assertThrows(XlsxReader.XlsxException.class, () -> {
                try (XlsxReader reader = new XlsxReader(file)) {
                    ours(reader, Set.of("survey"));
                }
            });
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }

    private static String sheetXml(String rows) {
        return "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + rows + "</sheetData></worksheet>";
    }

    /** {@code zip} with the entry {@code name} a sheet whose one cell holds more spaces than the reader inflates. */
    private static byte[] bomb(byte[] zip, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            copy.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    String xml = sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>#</t></is></c></row>");
                    copy.write(xml.substring(0, xml.indexOf('#')).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (long written = 0; written <= XlsxReader.MAX_PART; written += spaces.length) {
                        copy.write(spaces);
                    }
                    copy.write(xml.substring(xml.indexOf('#') + 1).getBytes(StandardCharsets.UTF_8));
                } else {
                    copy.write(in.readAllBytes());
                }
                copy.closeEntry();
            }
        }
        assertTrue(out.size() < 2 * 1024 * 1024, "a bomb: " + out.size() + " bytes");
        return out.toByteArray();
    }

    /** {@code zip} with the entry {@code name} a second time, as another content (ZipOutputStream refuses to). */
    private static byte[] duplicate(byte[] zip, String name) throws IOException {
        byte[] renamed = Zips.replaced(zip, name, sheetXml(""));
        String twin = name.replace("sheet1", "sheet9");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(renamed));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
                if (entry.getName().equals(name)) {
                    copy.putNextEntry(new ZipEntry(twin));
                    copy.write(sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>evil</t></is></c></row>")
                            .getBytes(StandardCharsets.UTF_8));
                    copy.closeEntry();
                }
            }
        }
        byte[] bytes = out.toByteArray();
        // the twin's local header and central directory entry carry the same name as the first
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace(twin, name);
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] write(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    private static Map<String, List<String>> ours(XlsxReader reader, Set<String> sheets) throws Exception {
        Map<String, List<String>> read = new LinkedHashMap<>();
        reader.rows(sheets, (sheet, number, cells) -> read.computeIfAbsent(sheet, s -> new ArrayList<>())
                .add(number + ": " + cells));
        return read;
    }

    /** Each sheet's rows with their cells as POI's DataFormatter shows them (a sheet without rows left out). */
    private static Map<String, List<String>> poi(byte[] bytes) throws IOException {
        Map<String, List<String>> read = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        while (cells.size() < cell.getColumnIndex()) {
                            cells.add("");
                        }
                        cells.add(format.formatCellValue(cell));
                    }
                    read.computeIfAbsent(sheet.getSheetName(), s -> new ArrayList<>()).add(row.getRowNum() + 1 + ": " + cells);
                }
            }
        }
        return read;
    }
}
