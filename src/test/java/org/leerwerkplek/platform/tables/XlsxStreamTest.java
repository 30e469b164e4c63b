package org.leerwerkplek.platform.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** {@link XlsxStream} writes the cells {@link XlsxWorkbook} (POI's SXSSF) writes, read back by POI. */
class XlsxStreamTest {

    private static final List<String> TEXTS = List.of("plain", " leading space", "trailing\t", "a<b>&\"c\"'",
            "line\r\nbreak", "no-break\u00a0space", "control\u0001\u001f chars", "not xml \ufffe\uffff", "=1+1", "+32 2",
            "-minus", "@sum", "'=already", "\tTab first", "émile Ørsted 東京", "emoji \ud83d\ude00", "_x0041_ escaped",
            "x".repeat(40_000), "");
    private static final List<String> NUMBERS = List.of("0", "1", "12", "007", "-3", "-0", "12.50", "0.1", "1E+3",
            "123456789012345678901234567890", "3.14159265358979323846", "");

    @Test
    void theCellsAreThoseOfPoisStreamingWorkbook() throws IOException {
        for (boolean raw : new boolean[] {false, true}) {
            ByteArrayOutputStream poi = new ByteArrayOutputStream();
            try (XlsxWorkbook workbook = new XlsxWorkbook(raw)) {
                fill(workbook.sheet("responses"));
                fill(workbook.sheet("a sheet name longer than thirty-one characters"));
                workbook.write(poi);
            }
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            XlsxStream workbook = new XlsxStream(stream, raw);
            fill(workbook.sheet("responses"));
            fill(workbook.sheet("a sheet name longer than thirty-one characters"));
            workbook.finish();
            assertEquals(cells(poi.toByteArray()), cells(stream.toByteArray()));
        }
    }

    @Test
    void noSheetAfterTheWorkbookIsFinished() throws IOException {
        XlsxStream workbook = new XlsxStream(new ByteArrayOutputStream(), false);
        workbook.sheet("one");
        workbook.finish();
        assertThrows(IllegalStateException.class, () -> workbook.sheet("two"));
    }

    private static void fill(RecordSink sheet) throws IOException {
        sheet.field("text").field("=header").number("42").field("").field("last");
        sheet.endRecord();
        for (String text : TEXTS) {
            sheet.field(text).number(Integer.toString(text.length()));
            sheet.endRecord();
        }
        sheet.endRecord();
        for (String number : NUMBERS) {
            sheet.field("").number(number).field(number);
            sheet.endRecord();
        }
    }

    /** Every cell of every sheet: address, type, quote prefix, bold, value. */
    private static String cells(byte[] file) throws IOException {
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook) {
                cells.append("sheet ").append(sheet.getSheetName()).append(' ')
                        .append(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane())
                        .append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell.getAddress()).append('\t').append(cell.getCellType()).append('\t')
                                .append(cell.getCellStyle().getQuotePrefixed()).append('\t')
                                .append(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).append('\t')
                                .append(switch (cell.getCellType()) {
                                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                                    case STRING -> cell.getStringCellValue();
                                    default -> cell.toString();
                                }).append('\n');
                    }
                }
            }
        }
        return cells.toString();
    }
}
