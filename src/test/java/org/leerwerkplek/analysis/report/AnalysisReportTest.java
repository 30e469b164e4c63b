package org.leerwerkplek.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.analysis.Dashboard;
import org.leerwerkplek.analysis.StudyFixture;
import org.leerwerkplek.surveys.definition.Language;

class AnalysisReportTest {

    @Test
    void theReportHoldsEverySectionOfTheDashboardAndReportsItsProgress() throws Exception {
        Dashboard dashboard = StudyFixture.dashboard(Language.NL);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();
        new AnalysisReport(Language.NL).write("Werkgeversbevraging", dashboard,
                List.of("Golf: Voorjaar 2026"), 305, LocalDate.of(2026, 11, 23), pdf, progress::add);

        assertEquals(100, progress.get(progress.size() - 1));
        assertTrue(progress.stream().sorted().toList().equals(progress), "progress only moves forward: " + progress);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        assertTrue(reader.getNumberOfPages() > 3, "pages: " + reader.getNumberOfPages());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        assertTrue(all.contains("Analyse van de bevraging"), "title");
        assertTrue(all.contains("305 ingediende antwoorden"), "respondents");
        assertTrue(all.contains("Waarvan 305 fictieve demo-antwoorden"), "demo data marked");
        assertTrue(all.contains("Golf: Voorjaar 2026"), "which respondents it counts");
        assertTrue(all.contains("Profiel van de respondenten"), "profile");
        assertTrue(all.contains("Verschillen tussen subgroepen"), "breakdowns");
        assertTrue(all.contains("Representativiteit"), "representativeness");
        assertTrue(all.contains(dashboard.breakdowns().get(0).title().substring(0, 20)), "a breakdown's option");
        reader.close();
    }
}
