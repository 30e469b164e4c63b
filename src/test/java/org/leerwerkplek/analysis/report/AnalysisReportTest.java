package org.leerwerkplek.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.analysis.Dashboard;
import org.leerwerkplek.analysis.StudyFixture;
import org.leerwerkplek.analysis.stats.GoodnessOfFit;
import org.leerwerkplek.surveys.definition.model.Language;

class AnalysisReportTest {

    @Test
    void theReportHoldsEverySectionOfTheDashboardAndReportsItsProgress() throws Exception {
        Dashboard dashboard = StudyFixture.dashboard(Language.NL);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();
        new AnalysisReport(Language.NL).write("Werkgeversbevraging", dashboard,
                "De tabellen tellen alle 305 ingediende antwoorden, waarvan 305 fictieve demo-antwoorden.",
                List.of("Golf: Voorjaar 2026"), LocalDate.of(2026, 11, 23), pdf, progress::add);

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
        assertTrue(all.contains("alle 305 ingediende antwoorden, waarvan 305 fictieve demo-antwoorden"),
                "respondents, demo data marked");
        assertTrue(all.contains("Golf: Voorjaar 2026"), "which respondents it counts");
        assertTrue(all.contains("Profiel van de respondenten"), "profile");
        assertTrue(all.contains("Verschillen tussen subgroepen"), "breakdowns");
        assertTrue(all.contains("Representativiteit"), "representativeness");
        assertTrue(all.contains(dashboard.breakdowns().get(0).title().substring(0, 20)), "a breakdown's option");
        reader.close();
    }

    @Test
    void aReportOfNobodySaysSoInsteadOfEmptySections() throws Exception {
        Dashboard nobody = new Dashboard(0, false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();
        new AnalysisReport(Language.NL).write("Werkgeversbevraging", nobody,
                "De tabellen tellen 0 van de 305 ingediende antwoorden.", List.of(), LocalDate.of(2026, 11, 23), pdf,
                progress::add);

        PdfReader reader = new PdfReader(pdf.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertEquals(100, progress.get(progress.size() - 1));
        assertTrue(text.contains("Geen enkel ingediend antwoord past bij deze keuze."), text);
        assertFalse(text.contains("Profiel van de respondenten"), text);
    }

    @Test
    void statisticsReadInTheReadersLocaleRoundedAndWithoutNegativeZero() throws Exception {
        Dashboard study = StudyFixture.dashboard(Language.FR);
        Dashboard.Fit fit = study.representativeness().get(0);
        GoodnessOfFit t = fit.test();
        List<GoodnessOfFit.Entry> entries = new ArrayList<>();
        for (GoodnessOfFit.Entry e : t.categories()) {
            entries.add(new GoodnessOfFit.Entry(e.code(), e.label(), e.count(), e.percent(), e.referencePercent(),
                    e.expected(), entries.isEmpty() ? -0.0018 : e.residual()));
        }
        GoodnessOfFit nearlyEven = new GoodnessOfFit(t.weighted(), t.total(), t.effectiveTotal(), 2.0000000000000004,
                2, 0.3678794411714422, t.minExpected(), t.shareExpectedBelow5(), true, t.reason(), entries);
        Dashboard dashboard = new Dashboard(study.respondents(), false, List.of(), List.of(), List.of(), List.of(),
                List.of(new Dashboard.Fit(fit.code(), fit.title(), fit.source(), nearlyEven, fit.verdict(), fit.chart(), fit.verdictHtml())),
                List.of());

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new AnalysisReport(Language.FR).write("Enquête", dashboard, "Les tableaux comptent 1\u202f234 réponses.",
                List.of(), LocalDate.of(2026, 11, 23), pdf, percent -> { });

        PdfReader reader = new PdfReader(pdf.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(Pattern.compile("Chi² = 2,00[\\s\u00a0]*\u00a0[\\s\u00a0]*; df = 2[\\s\u00a0]*\u00a0[\\s\u00a0]*; p = 0,368")
                .matcher(text).find(), "French: a no-break space before each semicolon: " + text);
        assertTrue(Pattern.compile("%\\s*0,00\\s*$", Pattern.MULTILINE).matcher(text).find(),
                "the residual -0.0018 reads 0,00: " + text);
        assertFalse(Pattern.compile("(^|\\s)-0(,0+)?(\\s|$)", Pattern.MULTILINE).matcher(text).find(), text);
        assertFalse(Pattern.compile("\\d\\.\\d").matcher(text).find(), "no decimal point in French: " + text);
        assertTrue(Pattern.compile("1[\\s\u00a0]+234 réponses").matcher(text).find(),
                "the French grouping space survives the PDF's fonts: " + text);
    }
}
