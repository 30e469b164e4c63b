package org.leerwerkplek.analysis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.leerwerkplek.surveys.csv.BenchmarkData;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leerwerkplek.platform.it.Browser;
import org.leerwerkplek.platform.it.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analysis API and dashboard over the demo data (the study's 305 synthetic employers), with
 * figures checked against SciPy 1.17.1. The reference values come from:
 * <pre>
 * python3 -c "from scipy.stats import chi2_contingency, chisquare, norm; import numpy as np
 * print(chi2_contingency(np.array([[54,38],[51,22],[51,7],[33,13]]), correction=False))
 * print(chisquare([203,61,41], np.array([.30,.32,.38])*305))
 * n=305;k=207;z=norm.ppf(0.975);p=k/n;c=(p+z*z/(2*n))/(1+z*z/n);h=z*np.sqrt(p*(1-p)/n+z*z/(4*n*n))/(1+z*z/n)
 * print(100*(c-h), 100*(c+h))"
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
class AnalysisIT {

    private static final String ADMIN = System.getProperty("lwp.it.adminUser", "it-admin");
    private static final String ADMIN_PASSWORD = System.getProperty("lwp.it.adminPassword");
    private static final String PASSWORD = "Analist-Brugge-2026";
    private static final String API = "/api/v1/analysis/werkgeversbevraging";
    /** Only the demo responses: other tests may have submitted real ones to the same database (PostgreSQL pass). */
    private static final String DEMO = "data=demo&";

    @ArquillianResource
    URL base;

    private WebClient client;
    private String analyst;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lwp.war")));
    }

    @BeforeEach
    void demoDataAndAnAnalyst() throws Exception {
        client = new WebClient(base);
        HttpResponse<String> demo = client.api("GET", "/api/v1/analysis/demo", ADMIN, ADMIN_PASSWORD, null);
        if (WebClient.json(demo).asJsonObject().getInt("responses") == 0) {
            HttpResponse<String> loaded = client.api("POST", "/api/v1/analysis/demo", ADMIN, ADMIN_PASSWORD, "{}");
            assertEquals(200, loaded.statusCode(), loaded.body());
        }
        analyst = user("ANALYST");
    }

    private JsonObject get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.api("GET", API + path, analyst, PASSWORD, null);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return WebClient.json(response).asJsonObject();
    }

    private static void close(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= Math.max(1e-12, 1e-9 * Math.abs(expected)),
                what + ": expected " + expected + " but was " + actual);
    }

    /**
     * An import in bulk (1,200 responses) is counted by the next tables as a read of every response
     * counts it: the tables of every version (whose columns the import handed over) move on exactly as
     * those of the imported version alone (read again in full: an import follows only the former).
     */
    @Test
    void anImportInBulkIsCountedAsAReadOfEveryResponseCountsIt() throws Exception {
        String version = "&version=" + BenchmarkData.version();
        String table = "/crosstab?row=Q02_GROOTTE&col=Q20_ONDERSTEUNING.PROEF_KANDIDAAT";
        String frequencies = "/frequencies?question=Q05_REGIO";
        JsonObject everyBefore = get(table);
        JsonObject versionBefore = get(table + version);
        JsonObject regionsBefore = get(frequencies);
        JsonObject regionsOfVersionBefore = get(frequencies + version);

        HttpResponse<String> imported = client.csv("/api/v1/surveys/werkgeversbevraging/import", ADMIN, ADMIN_PASSWORD,
                BenchmarkData.csv(1200));
        assertEquals(200, imported.statusCode(), imported.body());

        JsonObject every = get(table);
        JsonObject ofVersion = get(table + version);
        double added = every.getJsonNumber("total").doubleValue() - everyBefore.getJsonNumber("total").doubleValue();
        assertTrue(added > 600, "the imported responses are in the table: " + added);
        assertEquals(ofVersion.getJsonNumber("total").doubleValue() - versionBefore.getJsonNumber("total").doubleValue(),
                added);
        for (int r = 0; r < every.getJsonArray("rows").size(); r++) {
            JsonObject row = every.getJsonArray("rows").getJsonObject(r);
            JsonObject rowOfVersion = rowOf(ofVersion, row.getString("code"));
            for (int c = 0; c < row.getJsonArray("cells").size(); c++) {
                assertEquals(count(rowOfVersion, c) - count(rowOf(versionBefore, row.getString("code")), c),
                        count(row, c) - count(rowOf(everyBefore, row.getString("code")), c),
                        row.getString("code") + " x " + c);
            }
        }
        JsonObject regions = get(frequencies);
        JsonObject regionsOfVersion = get(frequencies + version);
        assertTrue(regions.getInt("base") > regionsBefore.getInt("base"));
        assertEquals(regionsOfVersion.getInt("base") - regionsOfVersionBefore.getInt("base"),
                regions.getInt("base") - regionsBefore.getInt("base"));
        for (int i = 0; i < regions.getJsonArray("categories").size(); i++) {
            assertEquals(category(regionsOfVersion, i) - category(regionsOfVersionBefore, i),
                    category(regions, i) - category(regionsBefore, i), "region " + i);
        }
    }

    private static JsonObject rowOf(JsonObject crossTab, String code) {
        return crossTab.getJsonArray("rows").stream().map(v -> v.asJsonObject())
                .filter(row -> row.getString("code").equals(code)).findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder().add("code", code).add("cells",
                        jakarta.json.Json.createArrayBuilder()).build());
    }

    private static double count(JsonObject row, int cell) {
        return cell < row.getJsonArray("cells").size()
                ? row.getJsonArray("cells").getJsonObject(cell).getJsonNumber("count").doubleValue() : 0;
    }

    private static long category(JsonObject frequencies, int index) {
        return frequencies.getJsonArray("categories").getJsonObject(index).getJsonNumber("count").longValue();
    }

    @Test
    void frequenciesCarryTheBaseAndWilsonIntervalsAsSciPyComputesThem() throws Exception {
        JsonObject intake = get("/frequencies?" + DEMO + "question=Q13_MOTIEVEN.INSTROOM");
        assertEquals(305, intake.getJsonNumber("base").intValue());
        JsonObject chosen = intake.getJsonArray("categories").getJsonObject(1);
        assertEquals("1", chosen.getString("code"));
        assertEquals(207, chosen.getJsonNumber("count").intValue(), "68% name the need for intake");
        close(62.433762003216046, chosen.getJsonNumber("ciLow").doubleValue(), "ciLow");
        close(72.85942707062614, chosen.getJsonNumber("ciHigh").doubleValue(), "ciHigh");
    }

    @Test
    void aCrossTabAgreesWithSciPyAndReadsInPlainLanguage() throws Exception {
        JsonObject table = get("/crosstab?" + DEMO + "row=Q02_GROOTTE&col=Q20_ONDERSTEUNING.PROEF_WERKGEVER&language=fr");
        close(14.609591278235639, table.getJsonNumber("chi2").doubleValue(), "chi2");
        close(0.002182583433462973, table.getJsonNumber("p").doubleValue(), "p");
        assertEquals(3, table.getInt("df"));
        assertTrue(table.getBoolean("reportable"));
        assertFalse(table.getJsonArray("dropped").isEmpty(), "subgroups under the minimum are left out and said so");
        assertTrue(table.getString("readingText").contains("p = 0,002") || table.getString("readingText").contains("p = 0.002"),
                table.getString("readingText"));
        assertFalse(table.containsKey("fisherP"), "no Fisher test for a 4x2 table");
    }

    @Test
    void theSampleIsComparedWithTheRegister() throws Exception {
        JsonObject fit = get("/goodness-of-fit?" + DEMO + "question=Q06_EVOLUTIE");
        close(198.0004673569169, fit.getJsonNumber("chi2").doubleValue(), "chi2");
        close(1.0109852195379497e-43, fit.getJsonNumber("p").doubleValue(), "a tiny p survives (survival function)");
        assertEquals(2, fit.getInt("df"));
    }

    @Test
    void weightedTablesSayTheyAreWeighted() throws Exception {
        JsonObject weighted = get("/frequencies?" + DEMO + "question=Q06_EVOLUTIE&weighted=true");
        assertTrue(weighted.getBoolean("weighted"));
        close(30.0, weighted.getJsonArray("categories").getJsonObject(0).getJsonNumber("percent").doubleValue(),
                "weighted to the register's 30% growth");
        assertFalse(get("/frequencies?" + DEMO + "question=Q06_EVOLUTIE").getBoolean("weighted"));
    }

    /**
     * The dashboard's respondents for SPSS and R (PSPP and R themselves run the files in SpssAndRExportTest):
     * a ZIP of the CSV with a weight column, the syntax and the script, labels in French; analysts and admins
     * only, a bad format a 400, and an EXPORT row in the audit trail.
     */
    @Test
    void theStatisticsExportHoldsTheDashboardsRespondentsWithTheirWeights() throws Exception {
        HttpResponse<byte[]> zip = client.downloadBytes(API + "/export?" + DEMO + "weighted=true&language=fr", analyst,
                PASSWORD);
        assertEquals(200, zip.statusCode(), new String(zip.body(), StandardCharsets.UTF_8));
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(Set.of("werkgeversbevraging-v1-fr.csv", "werkgeversbevraging-v1-fr.sps", "werkgeversbevraging-v1-fr.R"),
                files.keySet());
        List<String> lines = files.get("werkgeversbevraging-v1-fr.csv").lines().toList();
        assertEquals(306, lines.size(), "a header and the 305 demo employers");
        assertTrue(lines.get(0).endsWith(",weight"), lines.get(0));
        double weights = lines.subList(1, lines.size()).stream()
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1))).sum();
        close(305.0, weights, "post-stratification weights add up to the respondents");
        String syntax = files.get("werkgeversbevraging-v1-fr.sps");
        assertTrue(syntax.contains("WEIGHT BY weight.") && syntax.contains("'Augmenté'") && syntax.contains("MRSETS"),
                syntax);
        assertTrue(files.get("werkgeversbevraging-v1-fr.R").contains("as.numeric(d[[\"weight\"]])"));

        HttpResponse<String> script = client.download(API + "/export?" + DEMO + "format=r", analyst, PASSWORD);
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("factor(") && !script.body().contains("weight"), "unweighted: no weight");
        assertEquals(400, client.download(API + "/export?format=pdf", analyst, PASSWORD).statusCode());
        assertEquals(403, client.download(API + "/export", user("ADVISOR"), PASSWORD).statusCode());
        HttpResponse<String> audit = client.api("GET", "/api/v1/admin/audit?who=" + analyst + "&objectKind=survey-data",
                ADMIN, ADMIN_PASSWORD, null);
        assertTrue(audit.body().contains("werkgeversbevraging:v1:stats-zip-fr-weighted:305")
                && audit.body().contains("werkgeversbevraging:v1:stats-r-nl:0"), audit.body());
    }

    @Test
    void everyTableAndTheOverviewCanBeRestrictedToOneSubgroupAndSayWhatTheyCount() throws Exception {
        JsonObject small = get("/frequencies?" + DEMO + "subgroup=Q02_GROOTTE=W1_4&question=Q20_ONDERSTEUNING.PROEF_WERKGEVER");
        assertEquals(92, small.getJsonNumber("base").intValue(), "the 92 employers with 1 to 4 staff");
        JsonObject overview = get("?" + DEMO + "subgroup=Q02_GROOTTE=W1_4");
        assertEquals(92, overview.getInt("respondents"));
        assertTrue(overview.getJsonArray("versionsRead").size() >= 1, overview.toString());
        assertTrue(overview.getJsonArray("versionsLeftOut").isEmpty(), overview.toString());
        String scope = overview.getJsonArray("scope").toString();
        assertTrue(scope.contains("gelezen met versie") && scope.contains("Alleen demogegevens")
                && scope.contains("1 tot 4"), scope);
        HttpResponse<String> unknownWave = client.api("GET", API + "/frequencies?wave=987654&question=Q02_GROOTTE",
                analyst, PASSWORD, null);
        assertEquals(404, unknownWave.statusCode(), unknownWave.body());
        assertTrue(unknownWave.body().contains("987654"), unknownWave.body());
    }

    @Test
    void badRequestsAreFourHundredsWithTheReason() throws Exception {
        for (String path : new String[] {"/frequencies?question=Q99_NIETS", "/frequencies?question=Q31_OPMERKINGEN",
                "/frequencies", "/crosstab?row=Q02_GROOTTE&col=Q33_EMAIL", "/goodness-of-fit?question=Q02_GROOTTE",
                "/frequencies?question=Q02_GROOTTE&subgroup=Q02_GROOTTE", "/frequencies?question=Q02_GROOTTE&subgroup=Q02_GROOTTE=W9_9"}) {
            HttpResponse<String> response = client.api("GET", API + path, analyst, PASSWORD, null);
            assertEquals(400, response.statusCode(), path + ": " + response.body());
            assertFalse(response.body().contains("NaN"), response.body());
            assertTrue(WebClient.json(response).asJsonObject().containsKey("message"), response.body());
        }
        HttpResponse<String> again = client.api("POST", "/api/v1/analysis/demo", ADMIN, ADMIN_PASSWORD, "{}");
        assertEquals(409, again.statusCode(), "demo data are loaded once");
        String advisor = user("ADVISOR");
        assertEquals(403, client.api("GET", API + "/frequencies?question=Q02_GROOTTE", advisor, PASSWORD, null)
                .statusCode());
        assertEquals(403, client.api("POST", "/api/v1/analysis/demo", analyst, PASSWORD, "{}").statusCode());
    }

    @Test
    void theDashboardShowsTheStudyWithItsBreakdownsAndReasons() throws Exception {
        client.signIn(analyst, PASSWORD);
        HttpResponse<String> page = client.get("/analysis/index.xhtml");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("De tabellen tellen alle "), "the respondents the tables count");
        assertTrue(html.contains("waarvan 305 fictieve demo-antwoorden"), "demo data are marked");
        assertFalse(html.contains("Waarvan 305"), "one line, not a second count that contradicts it");
        assertTrue(html.contains("Tabel tonen"), "the profile charts have their tables");
        assertTrue(Pattern.compile("χ² = [0-9.]+,\\d\\d; df = \\d+; p &lt; 0,001").matcher(html).find()
                || Pattern.compile("χ² = [0-9.]+,\\d\\d; df = \\d+; p < 0,001").matcher(html).find(),
                "the test in Dutch notation, p below one thousandth as such");
        assertFalse(html.contains("p = &lt;") || html.contains("p = <"), "never 'p = < 0.001'");
        assertTrue(html.contains("id=\"profile-Q02_GROOTTE\""), "the profile");
        assertTrue(html.contains("id=\"likert-Q15_KNELPUNTEN\""), "the knelpunten ranking");
        assertTrue(html.contains("id=\"breakdowns\"") && html.contains("aria-expanded=\"false\""),
                "the reportable breakdowns, each behind its heading");
        assertFalse(html.contains("class=\"lwp-breakdown\""), "a breakdown is made when it is opened, not with the page");
        assertTrue(html.contains("data-chart=\"{"), "the charts' configurations, drawn when they come into view");
        assertFalse(html.contains("PrimeFaces.cw(\"Chart\""), "no chart drawn at load");
        assertTrue(html.contains("id=\"fit-Q06_EVOLUTIE\""), "representativeness");
        assertTrue(html.contains("id=\"cochoice-Q20_ONDERSTEUNING\""), "co-choice");
    }

    /**
     * Weighted and without the demo data, while the demo data may be all there is: the page shows
     * its empty state or its tables (it once failed on the empty base of the weighting question),
     * and the line over the tables says the 305 demo responses are left out; the API names the
     * question asked, not the weighting question.
     */
    @Test
    void weightedWithoutDemoDataGivesAPageWhateverTheDataHold() throws Exception {
        client.signIn(analyst, PASSWORD);
        HttpResponse<String> page = client.get("/analysis/index.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> filtered = client.post("/analysis/index.xhtml", "filters",
                Map.of("instrument_input", "werkgeversbevraging", "version_input", "", "source_input", "REAL",
                        "filter_input", "", "weighted_input", "on"), "apply", WebClient.viewState(page.body()));
        assertEquals(200, filtered.statusCode(), filtered.body());
        String html = filtered.body();
        assertTrue(html.contains("id=\"respondents\""), html);
        assertTrue(html.contains("Niet meegeteld: 305 fictieve demo-antwoorden."), "what the filter left out");
        assertTrue(html.contains("id=\"empty\"") || html.contains("id=\"profile-Q02_GROOTTE\""),
                "the empty state, or the tables of the real responses");

        HttpResponse<String> api = client.api("GET", API + "/frequencies?data=real&weighted=true&question=Q02_GROOTTE",
                analyst, PASSWORD, null);
        assertTrue(api.statusCode() == 200 || api.statusCode() == 400 && api.body().contains("Q02_GROOTTE")
                && !api.body().contains("Q06_EVOLUTIE"), api.statusCode() + ": " + api.body());
    }

    /**
     * In a browser, on a French phone: a breakdown opens from the keyboard, says it is open, and
     * brings its reading, its chart (axis numbers in French) and its table, with the subgroups left
     * out and why; charts below the window are drawn only when scrolled to; nothing runs wider than
     * the screen.
     */
    @Test
    void aBreakdownOpensOnDemandWithItsChartAndTable() throws Exception {
        WebDriver browser = Browser.start(390, 800);
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser;
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(base + "login.xhtml");
            browser.findElement(By.cssSelector("a[data-lang='fr']")).click();
            wait.until(d -> "fr".equals(js.executeScript("return document.readyState === 'complete' ? document.documentElement.lang : null;")));
            browser.findElement(By.id("loginForm:username")).sendKeys(analyst);
            browser.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
            browser.findElement(By.id("loginForm:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountForm")));
            browser.get(base + "analysis/index.xhtml");
            wait.until(d -> js.executeScript("return document.readyState === 'complete' && window.Chart"
                    + " && Object.keys(Chart.instances).length > 0;"));
            long canvases = (Long) js.executeScript("return document.querySelectorAll('canvas[data-chart]').length;");
            long drawn = (Long) js.executeScript("return Object.keys(Chart.instances).length;");
            assertTrue(drawn > 0 && drawn < canvases, drawn + " of " + canvases + " charts drawn before scrolling");

            WebElement header = browser.findElement(By.cssSelector("#breakdowns .ui-accordion-header"));
            assertEquals("false", header.getAttribute("aria-expanded"));
            js.executeScript("arguments[0].scrollIntoView(); arguments[0].focus();", header);
            header.sendKeys(Keys.ENTER);
            Browser.awaitAjax(browser);
            wait.until(d -> "true".equals(header.getAttribute("aria-expanded")));
            WebElement section = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#breakdowns .lwp-breakdown")));
            assertFalse(section.findElement(By.cssSelector(".lwp-reading")).getText().isBlank(), "the reading");
            assertTrue(section.findElements(By.cssSelector("table.lwp-table tbody tr")).size() >= 2, "the table");
            assertTrue(section.getText().contains("moins de 30") || section.getText().contains("30"),
                    "the subgroups left out, and why: " + section.getText());
            WebElement canvas = section.findElement(By.cssSelector("canvas[data-chart]"));
            wait.until(d -> js.executeScript("return Chart.getChart(arguments[0]) !== undefined;", canvas));
            assertEquals("fr", js.executeScript("return Chart.getChart(arguments[0]).options.locale;", canvas),
                    "the axis' numbers in the page's language, not the browser's");
            assertEquals(Boolean.TRUE, js.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"), "no sideways scrolling at 390 px");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theReportIsMadeInTheBackgroundAndDownloadsAsPdf() throws Exception {
        HttpResponse<String> started = client.api("POST", API + "/reports?language=fr&" + DEMO + "subgroup=Q02_GROOTTE=W1_4",
                analyst, PASSWORD, "{}");
        assertEquals(202, started.statusCode(), started.body());
        String id = WebClient.json(started).asJsonObject().getString("id");
        String state = "RUNNING";
        for (int i = 0; i < 120 && "RUNNING".equals(state); i++) {
            Thread.sleep(500);
            state = get("/reports/" + id).getString("state");
        }
        assertEquals("READY", state);
        HttpResponse<byte[]> pdf = client.downloadBytes(API + "/reports/" + id + "/pdf", analyst, PASSWORD);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(pdf.body().length > 10_000, "a report of several pages: " + pdf.body().length + " bytes");
        assertEquals(400, client.api("POST", API + "/reports?subgroup=Q02_GROOTTE=W9_9", analyst, PASSWORD, "{}")
                .statusCode(), "a selection that cannot be counted starts no report");
        String other = user("ANALYST");
        assertEquals(404, client.api("GET", API + "/reports/" + id, other, PASSWORD, null).statusCode(),
                "only who asked for a report can follow it");
    }

    private static int count(JsonObject table, String what) {
        return table.getInt(what);
    }

    private static double entryCount(JsonObject table, int category) {
        return table.getJsonArray("categories").getJsonObject(category).getJsonNumber("count").doubleValue();
    }

    /**
     * A respondent who answered the first page and stopped: with {@code partials=true} it counts in the
     * tables of the questions it answered (frequencies, cross-tab, weighted) and their bases say so, it
     * is missing (never a "not chosen") in a question it did not reach, the export holds it, and
     * without the choice nothing changes. Figures before and after, so responses of earlier runs on
     * the same database do not matter.
     */
    @Test
    void partialResponsesCountWhenAskedForInTheTablesOfTheQuestionsTheyAnswered() throws Exception {
        JsonObject sizeBefore = get("/frequencies?question=Q02_GROOTTE&partials=true");
        JsonObject motivesBefore = get("/frequencies?question=Q13_MOTIEVEN.INSTROOM&partials=true");
        JsonObject crossBefore = get("/crosstab?row=Q02_GROOTTE&col=Q06_EVOLUTIE&partials=true");
        JsonObject weightedBefore = get("/frequencies?question=Q06_EVOLUTIE&weighted=true&partials=true");

        HttpResponse<String> started = client.api("POST", "/api/v1/surveys/werkgeversbevraging/responses", analyst,
                PASSWORD, "{\"language\":\"nl\",\"channel\":\"LINK\"}");
        assertEquals(201, started.statusCode(), started.body());
        WebDriver browser = Browser.start();
        try {
            browser.get(base + "respond.xhtml?t=" + WebClient.json(started).asJsonObject().getString("token"));
            String first = browser.findElement(By.id("sectionTitle")).getText();
            for (int pass = 0; pass < 3; pass++) {  // an answer may show a question or the options of the next one
                List<String> codes = browser.findElements(By.cssSelector("fieldset[data-code]")).stream()
                        .map(f -> f.getAttribute("data-code")).toList();
                for (String code : codes) {
                    List<WebElement> shown = browser.findElements(By.cssSelector("fieldset[data-code='" + code + "']"));
                    if (shown.isEmpty()) {
                        continue;
                    }
                    List<WebElement> choices = shown.get(0).findElements(
                            By.cssSelector("input[type=radio], input[type=checkbox]"));
                    if (!choices.isEmpty()) {
                        if (choices.stream().noneMatch(WebElement::isSelected)) {
                            ((JavascriptExecutor) browser).executeScript("arguments[0].click();", choices.get(0));
                        }
                    } else {
                        for (WebElement input : shown.get(0).findElements(By.cssSelector("input[type=text], input:not([type])"))) {
                            if (input.getAttribute("value").isEmpty()) {
                                input.sendKeys("1");
                                browser.findElement(By.id("sectionTitle")).click();
                            }
                        }
                    }
                    Browser.awaitAjax(browser);
                }
            }
            browser.findElement(By.id("respondForm:next")).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElement(By.id("sectionTitle")).getText()
                        .equals(first));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("the first page was not taken: " + browser.findElements(By.cssSelector(".lwp-error"))
                        .stream().map(WebElement::getText).toList(), e);
            }
        } finally {
            browser.quit();
        }

        JsonObject size = get("/frequencies?question=Q02_GROOTTE&partials=true");
        assertTrue(size.getBoolean("partials"));
        assertEquals(count(sizeBefore, "n") + 1, count(size, "n"), "the partial respondent answered the size");
        assertEquals(count(sizeBefore, "partial") + 1, count(size, "partial"));
        assertEquals(sizeBefore.getJsonNumber("base").doubleValue() + 1, size.getJsonNumber("base").doubleValue(), 0.0);
        assertTrue(size.getString("baseText").matches("n = [0-9.]+, waarvan [0-9.]+ gedeeltelijk ingevuld"),
                size.getString("baseText"));
        JsonObject submittedOnly = get("/frequencies?question=Q02_GROOTTE");
        assertFalse(submittedOnly.getBoolean("partials"));
        assertEquals(0, count(submittedOnly, "partial"));
        assertEquals(count(size, "n") - count(size, "partial"), count(submittedOnly, "n"), "the default counts submitted only");
        assertTrue(get("/frequencies?question=Q02_GROOTTE&partials=true&language=fr").getString("baseText")
                .contains(", dont "));

        JsonObject motives = get("/frequencies?question=Q13_MOTIEVEN.INSTROOM&partials=true");
        assertEquals(count(motivesBefore, "n"), count(motives, "n"), "a question not reached is in no base");
        assertEquals(count(motivesBefore, "partial"), count(motives, "partial"));
        assertEquals(entryCount(motivesBefore, 0), entryCount(motives, 0), 0.0, "never counted as 'not chosen'");

        JsonObject cross = get("/crosstab?row=Q02_GROOTTE&col=Q06_EVOLUTIE&partials=true");
        assertEquals(count(crossBefore, "partial") + 1, count(cross, "partial"), "answered both, first size group kept");
        assertEquals(cross.getJsonNumber("total").doubleValue(), count(cross, "n"), 0.0);
        JsonObject weighted = get("/frequencies?question=Q06_EVOLUTIE&weighted=true&partials=true");
        assertTrue(weighted.getBoolean("weighted"));
        assertEquals(count(weightedBefore, "partial") + 1, count(weighted, "partial"));

        JsonObject overview = get("?partials=true");
        int partial = overview.getInt("partialRespondents");
        assertTrue(partial >= count(size, "partial"), overview.toString());
        assertEquals(0, get("").getInt("partialRespondents"));
        long withPartials = client.download(API + "/export?format=csv&partials=true", analyst, PASSWORD).body().lines().count();
        long submitted = client.download(API + "/export?format=csv", analyst, PASSWORD).body().lines().count();
        assertEquals(partial, withPartials - submitted, "the export follows the choice");

        client.signIn(analyst, PASSWORD);
        HttpResponse<String> page = client.get("/analysis/index.xhtml");
        assertTrue(page.body().contains("class=\"lwp-base lwp-n\">n = "), "each table says its base");
        assertFalse(page.body().contains("gedeeltelijk ingevuld"), "off by default");
        HttpResponse<String> on = client.post("/analysis/index.xhtml", "filters",
                Map.of("instrument_input", "werkgeversbevraging", "version_input", "", "source_input", "ALL",
                        "filter_input", "", "partials_input", "on"), "apply", WebClient.viewState(page.body()));
        assertEquals(200, on.statusCode(), on.body());
        assertTrue(on.body().contains(" en " + partial + " gedeeltelijk ingevulde")
                && on.body().contains("waarvan " + count(size, "partial") + " gedeeltelijk ingevuld"), on.body());
    }

    private String user(String role) throws IOException, InterruptedException {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = client.api("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }
}
