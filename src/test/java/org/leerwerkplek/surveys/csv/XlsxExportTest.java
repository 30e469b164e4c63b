package org.leerwerkplek.surveys.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.tables.XlsxWorkbook;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxExportTest {

    private final Instrument werkgevers = Instruments.werkgeversbevraging();

    private Workbook export(ResponseCsvWriter writer) throws IOException {
        return export(writer, false);
    }

    private Workbook export(ResponseCsvWriter writer, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWorkbook workbook = new XlsxWorkbook(raw)) {
            writer.write(List.of(SampleResponse.exported(werkgevers, 7, SampleResponse.werkgevers())).iterator(),
                    workbook.sheet("responses"));
            new CodebookWriter(werkgevers).write(workbook.sheet("codebook"));
            workbook.write(bytes);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static Map<String, Cell> byHeader(Sheet sheet, int rowIndex) {
        Row header = sheet.getRow(0);
        Row row = sheet.getRow(rowIndex);
        Map<String, Cell> cells = new HashMap<>();
        for (Cell name : header) {
            cells.put(name.getStringCellValue(), row.getCell(name.getColumnIndex()));
        }
        return cells;
    }

    @Test
    void numbersAreNumberCellsAndCodesAreText() throws IOException {
        try (Workbook workbook = export(ResponseCsvWriter.codes(werkgevers, CsvDialect.STANDARD))) {
            Map<String, Cell> cells = byHeader(workbook.getSheet("responses"), 1);
            assertEquals(CellType.NUMERIC, cells.get("response_id").getCellType());
            assertEquals(7.0, cells.get("response_id").getNumericCellValue());
            assertEquals(1.5, cells.get("Q07_RENDABEL").getNumericCellValue(), 0.0);
            assertEquals(1.0, cells.get("Q13_MOTIEVEN.INSTROOM").getNumericCellValue(), 0.0);
            assertEquals(0.0, cells.get("Q13_MOTIEVEN.VAKLUI").getNumericCellValue(), 0.0);
            assertEquals(CellType.STRING, cells.get("Q02_GROOTTE").getCellType());
            assertEquals("W10_19", cells.get("Q02_GROOTTE").getStringCellValue());
            assertEquals(null, cells.get("Q10_STELSELS.DBSO"), "an unanswered multiple is an empty cell");
        }
    }

    @Test
    void labelsAreTypedTextWithoutTheApostropheThatGuardsACsv() throws IOException {
        try (Workbook workbook = export(ResponseCsvWriter.labels(werkgevers, CsvDialect.STANDARD, Language.FR))) {
            Map<String, Cell> cells = byHeader(workbook.getSheet("responses"), 1);
            assertEquals("=HYPERLINK(\"http://x\")\nen meer; of niet", cells.get("Q31_OPMERKINGEN").getStringCellValue());
            assertEquals(CellType.STRING, cells.get("Q31_OPMERKINGEN").getCellType(), "never a formula");
            assertTrue(workbook.getSheet("responses").getRow(0).getCell(0).getCellStyle().getFontIndex() > 0,
                    "the header has its own (bold) font");
        }
    }

    @Test
    void aFormulaLikeTextIsMarkedAsTextUnlessRaw() throws IOException {
        try (Workbook workbook = export(ResponseCsvWriter.codes(werkgevers, CsvDialect.STANDARD))) {
            Map<String, Cell> cells = byHeader(workbook.getSheet("responses"), 1);
            assertTrue(cells.get("Q31_OPMERKINGEN").getCellStyle().getQuotePrefixed(),
                    "stays text when someone edits the cell, as Excel marks '=... typed by hand");
            assertEquals(false, cells.get("Q02_GROOTTE").getCellStyle().getQuotePrefixed(), "a code is left alone");
        }
        try (Workbook workbook = export(ResponseCsvWriter.codes(werkgevers, CsvDialect.STANDARD), true)) {
            Map<String, Cell> cells = byHeader(workbook.getSheet("responses"), 1);
            assertEquals(false, cells.get("Q31_OPMERKINGEN").getCellStyle().getQuotePrefixed());
            assertEquals(CellType.STRING, cells.get("Q31_OPMERKINGEN").getCellType(), "still typed text, not a formula");
        }
    }

    @Test
    void theCodebookIsASecondSheet() throws IOException {
        try (Workbook workbook = export(ResponseCsvWriter.codes(werkgevers, CsvDialect.STANDARD))) {
            Sheet codebook = workbook.getSheet("codebook");
            assertEquals("column", codebook.getRow(0).getCell(0).getStringCellValue());
            boolean grootte = false;
            for (Row row : codebook) {
                grootte |= "Q02_GROOTTE".equals(row.getCell(0).getStringCellValue());
            }
            assertTrue(grootte, "the codebook describes Q02_GROOTTE");
        }
    }
}
