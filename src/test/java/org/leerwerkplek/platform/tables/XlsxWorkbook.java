package org.leerwerkplek.platform.tables;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Test only: the reference {@link XlsxStream} is checked against, written by a different
 * implementation. An XLSX workbook written as it goes (Apache POI's streaming SXSSF): only a window of rows per
 * sheet is in memory, the rest is spooled to a temporary file, so an export of 100,000
 * responses keeps memory flat. Each sheet is a {@link RecordSink} whose first record is a bold,
 * frozen header; text cells are typed as text, so nothing in them runs as a formula, and unless the
 * workbook is raw, a text that looks like a formula is also marked "quote prefixed" (as Excel marks
 * {@code '=...} typed by hand), so that it stays text when someone edits the cell.
 */
public final class XlsxWorkbook implements Closeable {

    private static final int ROWS_IN_MEMORY = 200;
    /** Excel's limit on the length of a cell's text. */
    private static final int MAX_CELL_TEXT = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final boolean raw;

    /** A workbook whose texts that look like formulas are marked as text. */
    public XlsxWorkbook() {
        this(false);
    }

    /** @param raw true to leave texts that look like formulas unmarked (they are typed text all the same) */
    public XlsxWorkbook(boolean raw) {
        this.raw = raw;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        textStyle = workbook.createCellStyle();
        textStyle.setQuotePrefixed(true);
    }

    /** A new sheet named {@code name} (at most 31 characters, as Excel allows). */
    public RecordSink sheet(String name) {
        return new Sheet(workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name));
    }

    /** Writes the whole workbook to {@code out} (not closed). */
    public void write(OutputStream out) throws IOException {
        workbook.write(out);
        out.flush();
    }

    /** Deletes the spooled temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private final class Sheet implements RecordSink {

        private final SXSSFSheet sheet;
        private Row row;
        private int rowIndex;
        private int column;

        Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        @Override
        public RecordSink field(String value) {
            if (!value.isEmpty()) {
                org.apache.poi.ss.usermodel.Cell cell = cell();
                cell.setCellValue(value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value);
                if (!raw && rowIndex > 0 && Formulas.mayRunAsFormula(value)) {
                    cell.setCellStyle(textStyle);
                }
            }
            column++;
            return this;
        }

        @Override
        public RecordSink number(String text) {
            if (!text.isEmpty()) {
                cell().setCellValue(new BigDecimal(text).doubleValue());
            }
            column++;
            return this;
        }

        @Override
        public void endRecord() {
            if (rowIndex == 0) {
                sheet.createFreezePane(0, 1);
            }
            row = null;
            rowIndex++;
            column = 0;
        }

        private org.apache.poi.ss.usermodel.Cell cell() {
            if (row == null) {
                row = sheet.createRow(rowIndex);
            }
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
            if (rowIndex == 0) {
                cell.setCellStyle(headerStyle);
            }
            return cell;
        }
    }
}
