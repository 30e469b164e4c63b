package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.analysis.stats.CrossTab;
import org.leerwerkplek.analysis.stats.CrossTabOptions;
import org.leerwerkplek.analysis.stats.FrequencyTable;
import org.leerwerkplek.analysis.stats.MultipleResponseTable;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * Partial responses in the tables: the 305 study employers as submitted responses (ids 1–305) and
 * four partial ones (ids 10,001–10,004) that stopped after the first page (Q01–Q06): they count in
 * the tables of the questions they answered, are missing (never a zero) in the others, and every
 * table says its base and how many partial responses it counts.
 */
class PartialResponsesTest {

    private static final Set<String> FIRST_PAGE = Set.of("Q01_ARBEIDERS", "Q02_GROOTTE", "Q03_ACTIVITEITEN",
            "Q04_HOOFDACTIVITEIT", "Q05_REGIO", "Q06_EVOLUTIE");

    private static ResponseTable submitted;
    private static ResponseTable merged;

    @BeforeAll
    static void readTheStudyAndFourPartialResponses() {
        Instrument instrument = StudyFixture.questionnaire();
        List<Map<String, AnswerValue>> answers = StudyFixture.answers(instrument);
        submitted = ResponseTable.of(instrument, 16);
        for (int i = 0; i < answers.size(); i++) {
            submitted.add(submitted.prepare(i + 1, instrument, answers.get(i), false));
        }
        submitted.finish();
        List<ResponseTable.Prepared> partials = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, AnswerValue> firstPage = new LinkedHashMap<>(answers.get(i));
            firstPage.keySet().retainAll(FIRST_PAGE);
            partials.add(submitted.prepare(10_001 + i, instrument, firstPage, false));
        }
        partials.add(submitted.prepare(7, instrument, answers.get(6), false));  // submitted meanwhile: not twice
        merged = submitted.withPartials(partials);
    }

    private static Tables plain() {
        return Tables.unweighted(submitted, Language.NL);
    }

    private static Tables withPartials() {
        return Tables.unweighted(merged, Language.NL);
    }

    @Test
    void theSubmittedTableStaysAsItWasAndTheMergedOneMarksThePartialRows() {
        assertEquals(305, submitted.size());
        assertFalse(submitted.withPartials());
        assertEquals(0, plain().partialRespondents());
        assertEquals(309, merged.size(), "305 submitted and 4 partial; a partial id already submitted is not added");
        assertEquals(4, merged.partialCount());
        assertEquals(4, withPartials().partialRespondents());
        for (int row = 0; row < merged.size(); row++) {
            assertEquals(merged.responseId(row) > 10_000, merged.isPartial(row), "row " + row);
        }
    }

    @Test
    void aQuestionThePartialRespondentsAnsweredCountsThem() {
        FrequencyTable before = plain().frequencies("Q02_GROOTTE");
        FrequencyTable after = withPartials().frequencies("Q02_GROOTTE");
        assertEquals(before.base() + 4, after.base(), 0.0);
        assertEquals(new Tables.Base((int) before.base(), 0), plain().frequencyBase("Q02_GROOTTE"));
        assertEquals(new Tables.Base((int) after.base(), 4), withPartials().frequencyBase("Q02_GROOTTE"));
    }

    @Test
    void aQuestionTheyDidNotReachIsMissingNeverAZero() {
        FrequencyTable before = plain().frequencies("Q13_MOTIEVEN.INSTROOM");
        FrequencyTable after = withPartials().frequencies("Q13_MOTIEVEN.INSTROOM");
        assertEquals(before.base(), after.base(), 0.0, "not in the base");
        assertEquals(before.missing() + 4, after.missing(), 0.0, "missing");
        assertEquals(before.categories().get(0).count(), after.categories().get(0).count(), 0.0, "no extra 'not chosen'");
        assertEquals(new Tables.Base((int) before.base(), 0), withPartials().frequencyBase("Q13_MOTIEVEN.INSTROOM"));

        MultipleResponseTable set = withPartials().multipleResponse("Q20_ONDERSTEUNING");
        assertEquals(plain().multipleResponse("Q20_ONDERSTEUNING").casesBase(), set.casesBase(), 0.0);
        assertEquals(0, withPartials().multipleResponseBase("Q20_ONDERSTEUNING").partial());
        assertEquals(0, withPartials().coChoiceBase("Q20_ONDERSTEUNING").partial());
        assertEquals(plain().likertBase("Q15_KNELPUNTEN"), withPartials().likertBase("Q15_KNELPUNTEN"));
        assertEquals(plain().likert("Q15_KNELPUNTEN").items().get(0).base(),
                withPartials().likert("Q15_KNELPUNTEN").items().get(0).base(), 0.0);
    }

    @Test
    void aCrossTabCountsThePartialRespondentsWhoAnsweredBothAndOnlyInTheSubgroupsItKeeps() {
        Tables tables = withPartials();
        CrossTab both = tables.crossTab("Q02_GROOTTE", "Q06_EVOLUTIE", CrossTabOptions.DEFAULTS);
        Tables.Base base = tables.crossTabBase("Q02_GROOTTE", "Q06_EVOLUTIE", both);
        assertEquals(both.total(), base.n(), 0.0);
        assertEquals(4, base.partial());
        CrossTab unreached = tables.crossTab("Q02_GROOTTE", "Q13_MOTIEVEN.INSTROOM", CrossTabOptions.DEFAULTS);
        assertEquals(0, tables.crossTabBase("Q02_GROOTTE", "Q13_MOTIEVEN.INSTROOM", unreached).partial());

        CrossTabOptions strict = new CrossTabOptions(100, 0.05);
        CrossTab fewer = tables.crossTab("Q02_GROOTTE", "Q06_EVOLUTIE", strict);
        assertFalse(fewer.dropped().isEmpty(), "subgroups under 100 are dropped");
        Tables.Base kept = tables.crossTabBase("Q02_GROOTTE", "Q06_EVOLUTIE", fewer);
        assertEquals(fewer.total(), kept.n(), 0.0, "a dropped subgroup is in no base");
        assertTrue(kept.n() < base.n());
    }

    @Test
    void weightedTablesAndSubgroupsSayTheirPartialRespondentsToo() {
        Tables weighted = Tables.weighted(merged, Language.NL);
        assertTrue(weighted.isWeighted());
        assertEquals(4, weighted.frequencyBase("Q06_EVOLUTIE").partial());
        assertEquals(309, weighted.frequencyBase("Q06_EVOLUTIE").n());
        assertEquals(0, weighted.frequencyBase("Q13_MOTIEVEN.INSTROOM").partial());

        String size = merged.variable("Q02_GROOTTE").orElseThrow().levels().get(
                merged.variable("Q02_GROOTTE").orElseThrow().value(merged.size() - 1)).code();
        Selection selection = Selection.of("werkgeversbevraging", Language.NL).withSubgroup("Q02_GROOTTE=" + size)
                .withPartials(true);
        Tables group = Tables.of(merged, selection, Optional.empty());
        assertTrue(group.partialRespondents() >= 1 && group.partialRespondents() <= 4);
        assertEquals(group.partialRespondents(), group.frequencyBase("Q02_GROOTTE").partial());
    }

    @Test
    void theBaseLineIsInTheReadersLanguageAndNumbers() {
        Tables.Base base = new Tables.Base(1234, 56);
        assertEquals("n = 1.234, waarvan 56 gedeeltelijk ingevuld",
                Dashboard.baseText(base, true, Locale.forLanguageTag("nl")));
        assertEquals("n = 1,234, of which 56 partial", Dashboard.baseText(base, true, Locale.forLanguageTag("en")));
        assertEquals("n = 1 234, dont 56 partielles", Dashboard.baseText(base, true, Locale.forLanguageTag("fr"))
                .replace('\u202f', ' ').replace('\u00a0', ' '));
        assertEquals("n = 1.234", Dashboard.baseText(base, false, Locale.forLanguageTag("nl")));
    }

    @Test
    void theCountLineSaysHowManyPartialResponsesTheTablesCount() {
        Selection selection = Selection.of("werkgeversbevraging", Language.NL).withPartials(true);
        String line = new Scope(Locale.forLanguageTag("nl")).counted(selection, Tables.of(merged, selection, Optional.empty()));
        assertTrue(line.startsWith("De tabellen tellen 309 antwoorden: 305 ingediende en 4 gedeeltelijk ingevulde"), line);
        assertTrue(line.contains("geen nul") && !line.contains("(van "), line);
        Selection small = selection.withSubgroup("Q02_GROOTTE=W1_4");
        String smallLine = new Scope(Locale.forLanguageTag("nl")).counted(small, Tables.of(merged, small, Optional.empty()));
        assertTrue(smallLine.matches("De tabellen tellen \\d+ antwoorden: \\d+ ingediende en \\d gedeeltelijk ingevulde"
                + " \\(van 305 en 4\\).*"), smallLine);
        String plainLine = new Scope(Locale.forLanguageTag("nl")).counted(Selection.of("werkgeversbevraging", Language.NL),
                plain());
        assertFalse(plainLine.contains("gedeeltelijk"), plainLine);
    }

    @Test
    void theDashboardGivesEveryTableItsBase() {
        Dashboard dashboard = Dashboard.of(withPartials(), CrossTabOptions.DEFAULTS, Language.NL);
        assertTrue(dashboard.withPartials());
        assertEquals(4, dashboard.partialRespondents());
        Dashboard.Frequencies size = dashboard.profile().stream().filter(f -> f.code().equals("Q02_GROOTTE"))
                .findFirst().orElseThrow();
        assertEquals(4, size.base().partial());
        dashboard.sets().forEach(s -> assertEquals(FIRST_PAGE.contains(s.code()) ? 4 : 0, s.base().partial(), s.code()));
        dashboard.breakdowns().forEach(b -> assertEquals(b.table().total(), b.base().n(), 0.0, b.variable()));
        assertFalse(Dashboard.of(plain(), CrossTabOptions.DEFAULTS, Language.NL).withPartials());
    }

    @Test
    void theWorkbookCarriesTheBasesWithPartialResponsesOnly() throws Exception {
        assertTrue(workbookText(withPartials()).contains("n = 309, waarvan 4 gedeeltelijk ingevuld"));
        assertFalse(workbookText(plain()).contains("gedeeltelijk"));
    }

    @Test
    void theReportCarriesTheBasesWithPartialResponsesOnly() throws Exception {
        String report = reportText(withPartials());
        assertTrue(report.contains("n = 309, waarvan 4 gedeeltelijk ingevuld"), "the size's base");
        assertTrue(report.split("gedeeltelijk ingevuld", -1).length - 1 > 10, "a base under every table");
        assertFalse(reportText(plain()).contains("gedeeltelijk"));
    }

    private static String reportText(Tables tables) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new org.leerwerkplek.analysis.report.AnalysisReport(Language.NL).write("Werkgeversbevraging",
                Dashboard.of(tables, CrossTabOptions.DEFAULTS, Language.NL), "", List.of(),
                java.time.LocalDate.of(2026, 12, 6), out, done -> { });
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(out.toByteArray());
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    private static String workbookText(Tables tables) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new DashboardWorkbook(Language.NL).write(Dashboard.of(tables, CrossTabOptions.DEFAULTS, Language.NL), "", List.of(),
                out);
        StringBuilder text = new StringBuilder();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(out.toByteArray()))) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('\n'))));
        }
        return text.toString();
    }

    @Test
    void aTableWithPartialResponsesIsNeitherChangedNorStored() {
        assertThrows(IllegalStateException.class, () -> merged.with(List.of()));
        assertThrows(IllegalStateException.class, () -> ColumnSnapshots.pack(merged));
    }
}
