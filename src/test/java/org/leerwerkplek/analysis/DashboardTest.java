package org.leerwerkplek.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.surveys.definition.model.Language;

class DashboardTest {

    private static Dashboard dashboard;

    @BeforeAll
    static void buildFromTheStudy() {
        dashboard = StudyFixture.dashboard(Language.FR);
    }

    @Test
    void theProfileHasAChartPerSubgroupVariable() {
        assertEquals(List.of("Q02_GROOTTE", "Q04_HOOFDACTIVITEIT", "Q05_REGIO", "Q30_AMBITIE"),
                dashboard.profile().stream().map(Dashboard.Frequencies::code).toList());
        JsonObject chart = Json.createReader(new StringReader(dashboard.profile().get(0).chart())).readObject();
        assertEquals("bar", chart.getString("type"));
        assertEquals(dashboard.profile().get(0).table().categories().size(),
                chart.getJsonObject("data").getJsonArray("labels").size());
        assertEquals("1 à 4", chart.getJsonObject("data").getJsonArray("labels").getString(0), "labels in French");
        assertEquals("fr", chart.getJsonObject("options").getString("locale"), "the axis' numbers in French too");
    }

    @Test
    void subgroupBreakdownsCoverTheFourMostChosenSupportFormsAndSayWhyWhenNotReportable() {
        assertEquals(4 * 4, dashboard.breakdowns().size(), "4 support forms × 4 subgroup variables");
        assertFalse(dashboard.reportableBreakdowns().isEmpty());
        dashboard.reportableBreakdowns().forEach(b -> assertFalse(b.reading().isBlank()));
        dashboard.unreportableBreakdowns().forEach(b -> assertFalse(b.reason().isBlank(), b.variable()));
        assertTrue(dashboard.breakdowns().stream().anyMatch(b -> !b.leftOut().isEmpty()),
                "small subgroups (e.g. 100 or more staff) are left out with why");
        dashboard.breakdowns().stream().flatMap(b -> b.leftOut().stream())
                .forEach(why -> assertTrue(why.contains("30"), why));
    }

    @Test
    void representativenessComparesTheSampleWithTheReferences() {
        Dashboard.Fit change = dashboard.representativeness().stream()
                .filter(f -> f.code().equals("Q06_EVOLUTIE")).findFirst().orElseThrow();
        assertTrue(change.test().p() < 1e-10);
        assertTrue(change.source().contains("Constructiv"));
    }

    @Test
    void theKnelpuntenMatrixIsRankedAndCoChoiceIsThereForTheSupportForms() {
        assertEquals(List.of("Q15_KNELPUNTEN"), dashboard.likerts().stream().map(Dashboard.Likert::code).toList());
        assertEquals(List.of("Q20_ONDERSTEUNING"), dashboard.coChoices().stream().map(Dashboard.Pairs::code).toList());
        assertTrue(dashboard.sets().size() >= 5, "every multiple-response set with a multiple question");
    }

    @Test
    void onAnEnglishPageTheReadingsMarkTheSurveysDutchLabelsAndAreEscaped() {
        Dashboard english = StudyFixture.dashboard(Language.EN);
        Dashboard.Breakdown compared = english.breakdowns().stream()
                .filter(b -> b.reading().contains(" differ") || b.reading().contains(" than ")).findFirst().orElseThrow();
        assertTrue(compared.readingHtml().contains("<span lang=\"nl\">"), compared.readingHtml());
        assertEquals(compared.reading(), compared.readingHtml().replaceAll("<[^>]+>", "").replace("&#39;", "'")
                .replace("&amp;", "&").replace("&quot;", "\""));

        Dashboard.Breakdown french = dashboard.breakdowns().get(0);
        assertFalse(french.readingHtml().contains("<span"), french.readingHtml());

        assertEquals("a &lt;b&gt; <span lang=\"nl\">&amp; c</span>", Dashboard.markup("a <b> \u0001& c\u0002", "nl"));
        assertEquals("a &amp; c", Dashboard.markup("a \u0001&\u0002 c", null));
    }
}
