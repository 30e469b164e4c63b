package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.analysis.demo.DemoResponse;
import org.leerwerkplek.analysis.demo.DemoResponses;
import org.leerwerkplek.analysis.stats.CrossTabOptions;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.Instrument;
import org.leerwerkplek.surveys.definition.Language;

class DashboardWorkbookTest {

    @Test
    void everySectionIsASheetWithItsFiguresAsNumbers() throws Exception {
        Instrument instrument = DefinitionParser.parse(Path.of("surveys/werkgeversbevraging.yaml")).orThrow();
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant(),
                ZoneId.of("Europe/Brussels"));
        ResponseTable table = ResponseTable.of(instrument, 16);
        new DemoResponses(clock).study(instrument).map(DemoResponse::values).forEach(a -> table.add(instrument, a));
        Dashboard dashboard = Dashboard.of(Tables.unweighted(table.finish(), Language.NL), CrossTabOptions.DEFAULTS,
                Language.NL);

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
