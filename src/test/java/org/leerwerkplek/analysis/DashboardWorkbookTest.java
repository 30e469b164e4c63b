package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.Language;

class DashboardWorkbookTest {

    @Test
    void everySectionIsASheetWithItsFiguresAsNumbers() throws Exception {
        Dashboard dashboard = StudyFixture.dashboard(Language.NL);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DashboardWorkbook(Language.NL).write(dashboard, "De tabellen tellen alle 305 ingediende antwoorden.",
                List.of("Golf: Voorjaar 2026"), bytes);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet profile = workbook.getSheet("Profiel van de respondenten");
            assertEquals("Golf: Voorjaar 2026", profile.getRow(1).getCell(0).getStringCellValue(),
                    "which respondents the tables count, under their number");
            assertNotNull(workbook.getSheet("Verschillen tussen subgroepen"));
            assertNotNull(workbook.getSheet("Representativiteit"));
            assertEquals("De tabellen tellen alle 305 ingediende antwoorden.",
                    profile.getRow(0).getCell(0).getStringCellValue());
            Sheet motives = workbook.getSheet("Motieven voor werkplekleren");
            double intake = -1;
            for (Row row : motives) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("Nood aan instroom")) {
                    intake = row.getCell(1).getNumericCellValue();
                }
            }
            assertEquals(207, intake, 0.0, "68% name the need for intake, as a number cell");
            Sheet ranking = null;
            for (Sheet sheet : workbook) {
                ranking = sheet.getSheetName().startsWith("Rangorde – ") ? sheet : ranking;
            }
            assertTrue(ranking.getLastRowNum() >= 12, "every knelpunt ranked");
        }
    }

    @Test
    void sheetsAndHeadersAreNamedInTheReadersLanguageAsExcelAllows() throws Exception {
        Dashboard dashboard = StudyFixture.dashboard(Language.FR);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DashboardWorkbook(Language.FR).write(dashboard, "Les tableaux comptent 305 réponses.", List.of(), bytes);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Set<String> names = new HashSet<>();
            for (Sheet sheet : workbook) {
                String name = sheet.getSheetName();
                assertFalse(name.matches(".*Q\\d\\d_[A-Z_]+.*"), "a title, not a question code: " + name);
                assertTrue(name.length() <= 31, name);
                WorkbookUtil.validateSheetName(name);
                assertTrue(names.add(name.toLowerCase(Locale.ROOT)), "unique: " + name);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            assertFalse(text.equals("ciLow") || text.equals("ciHigh") || text.equals("cramersV"),
                                    name + ": " + text);
                        }
                    }
                }
            }
            assertNotNull(workbook.getSheet("Motifs pour l'apprentissage…"), names.toString());
            Row header = workbook.getSheet("Profil des répondants").getRow(3);
            assertEquals("Réponse", header.getCell(0).getStringCellValue());
            assertEquals("Borne inférieure IC\u00a095\u00a0%", header.getCell(3).getStringCellValue());
        }
    }
}
