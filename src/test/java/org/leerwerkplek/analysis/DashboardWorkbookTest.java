package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.Language;

class DashboardWorkbookTest {

    @Test
    void everySectionIsASheetWithItsFiguresAsNumbers() throws Exception {
        Dashboard dashboard = StudyFixture.dashboard(Language.NL);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DashboardWorkbook(Language.NL).write(dashboard, List.of("Golf: Voorjaar 2026"), bytes);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet profile = workbook.getSheet("Profiel van de respondenten");
            assertEquals("Golf: Voorjaar 2026", profile.getRow(1).getCell(0).getStringCellValue(),
                    "which respondents the tables count, under their number");
            assertNotNull(workbook.getSheet("Verschillen tussen subgroepen"));
            assertNotNull(workbook.getSheet("Representativiteit"));
            Sheet motives = workbook.getSheet("Q13_MOTIEVEN");
            double intake = -1;
            for (Row row : motives) {
                if (row.getCell(0) != null && row.getCell(0).getStringCellValue().startsWith("Nood aan instroom")) {
                    intake = row.getCell(1).getNumericCellValue();
                }
            }
            assertEquals(207, intake, 0.0, "68% name the need for intake, as a number cell");
            assertTrue(workbook.getSheet("Q15_KNELPUNTEN").getLastRowNum() >= 12, "every knelpunt ranked");
        }
    }
}
