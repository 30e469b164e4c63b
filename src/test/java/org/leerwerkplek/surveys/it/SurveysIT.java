package org.leerwerkplek.surveys.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leerwerkplek.platform.it.Browser;
import org.leerwerkplek.platform.it.ItInstruments;
import org.leerwerkplek.platform.it.WebClient;
import org.leerwerkplek.surveys.xlsform.XlsFormConverterTest;
import org.leerwerkplek.surveys.xlsform.XlsFormReader;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The survey definitions on a running Payara Micro: the shipped instruments in service through
 * the API, a broken file reported with its line while the others keep working, and version
 * pinning of changed definitions. Each test that writes a file into the IT copy of the surveys
 * folder removes it again.
 */
@ExtendWith(ArquillianExtension.class)
class SurveysIT {

    private static final String ADMIN = System.getProperty("lwp.it.adminUser", "it-admin");
    private static final String ADMIN_PASSWORD = System.getProperty("lwp.it.adminPassword");

    @ArquillianResource
    URL base;

    private Path written;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lwp.war")));
    }

    @AfterEach
    void removeWrittenFile() throws Exception {
        if (written != null) {
            Files.deleteIfExists(written);
            reload(new WebClient(base));
        }
    }

    @Test
    void theShippedInstrumentsAreInService() throws Exception {
        WebClient client = new WebClient(base);

        HttpResponse<String> list = client.api("GET", "/api/v1/surveys", ADMIN, ADMIN_PASSWORD, null);
        HttpResponse<String> employer = client.api("GET", "/api/v1/surveys/werkgeversbevraging", ADMIN, ADMIN_PASSWORD, null);

        assertEquals(200, list.statusCode(), list.body());
        List<String> ids = WebClient.json(list).asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
        assertTrue(ids.containsAll(List.of("leerwerkplekfiche", "werkgeversbevraging")), ids.toString());
        JsonObject definition = WebClient.json(employer).asJsonObject();
        int questions = definition.getJsonArray("sections").stream()
                .mapToInt(s -> s.asJsonObject().getJsonArray("questions").size()).sum();
        assertEquals(33, questions);
        assertEquals("Werkgeversbevraging: uw bedrijf als leerwerkplek".substring(0, 10),
                definition.getJsonObject("title").getString("nl").substring(0, 10));
        assertTrue(definition.getJsonObject("title").containsKey("fr"));
    }

    @Test
    void onlyTheSurveyRolesReadDefinitionsAndOnlyAdminsReload() throws Exception {
        WebClient client = new WebClient(base);
        String mentor = createUser(client, "MENTOR");
        String analyst = createUser(client, "ANALYST");

        assertEquals(403, client.api("GET", "/api/v1/surveys", mentor, PASSWORD, null).statusCode());
        assertEquals(200, client.api("GET", "/api/v1/surveys", analyst, PASSWORD, null).statusCode());
        assertEquals(403, client.api("POST", "/api/v1/surveys/reload", analyst, PASSWORD, "{}").statusCode());
        assertEquals(404, client.api("GET", "/api/v1/surveys/no_such_thing", analyst, PASSWORD, null).statusCode());
    }

    @Test
    void aStateChangingCallWithoutJsonIsRefusedAsCrossSite() throws Exception {
        HttpResponse<String> forged = new WebClient(base).form("/api/v1/surveys/reload", ADMIN, ADMIN_PASSWORD);

        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("X-Requested-By"), forged.body());
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndTheOthersStayInService() throws Exception {
        written = ItInstruments.file("kapot");
        Files.writeString(written, """
                id: kapot
                version: 1
                languages: [nl]
                title: {nl: "Kapot"}
                sections:
                  - id: een
                    title: {nl: "Een"}
                    questions:
                      - code: Q1
                        type: singel
                        label: {nl: "Vraag"}
                """, StandardCharsets.UTF_8);
        WebClient client = new WebClient(base);

        JsonObject result = reload(client);

        JsonArray errors = result.getJsonArray("errors");
        assertEquals(1, errors.size(), errors.toString());
        JsonObject error = errors.getJsonObject(0);
        assertEquals("kapot.yaml", error.getString("file"));
        assertEquals(10, error.getInt("line"));
        assertTrue(error.getString("message").contains("singel"), error.getString("message"));
        List<String> inService = result.getJsonArray("instruments").stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
        assertTrue(inService.containsAll(List.of("leerwerkplekfiche", "werkgeversbevraging"))
                && !inService.contains("kapot"), "the shipped instruments still load, the broken one not: " + inService);

        client.signIn(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> page = client.get("/admin/surveys.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("kapot.yaml") && page.body().contains("singel"), "the admin sees the error");
    }

    @Test
    void aChangeThatDropsAnOptionNeedsANewVersionAndOldVersionsStayReadable() throws Exception {
        String id = ItInstruments.newId("it_");
        written = ItInstruments.file(id);
        WebClient client = new WebClient(base);
        Files.writeString(written, instrument(id, 1, "{code: A, nl: \"A\"}, {code: B, nl: \"B\"}"));
        assertEquals(0, reload(client).getJsonArray("errors").size());
        long first = definition(client, id).getJsonNumber("snapshotId").longValue();

        Files.writeString(written, instrument(id, 1, "{code: A, nl: \"A\"}"));
        JsonArray refused = reload(client).getJsonArray("errors");
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.getJsonObject(0).getString("message").contains("B"), refused.toString());
        assertEquals(first, definition(client, id).getJsonNumber("snapshotId").longValue(), "the old version stays in service");

        Files.writeString(written, instrument(id, 2, "{code: A, nl: \"A\"}"));
        assertEquals(0, reload(client).getJsonArray("errors").size());
        JsonObject second = definition(client, id);
        assertEquals(2, second.getInt("version"));

        HttpResponse<String> versions = client.api("GET", "/api/v1/surveys/" + id + "/versions", ADMIN, ADMIN_PASSWORD, null);
        assertEquals(2, WebClient.json(versions).asJsonArray().size(), versions.body());
        HttpResponse<String> old = client.api("GET", "/api/v1/surveys/" + id + "/versions/" + first, ADMIN, ADMIN_PASSWORD, null);
        assertEquals(200, old.statusCode(), old.body());
        assertEquals(2, WebClient.json(old).asJsonObject().getJsonArray("sections").getJsonObject(0)
                .getJsonArray("questions").getJsonObject(0).getJsonArray("options").size(), "version 1 still has A and B");
    }

    @Test
    void aRespondentAnswersThroughARelevanceBranchLeavesResumesAndSubmits() throws Exception {
        String id = writeInstrument("""
                id: %s
                version: 1
                languages: [nl, fr]
                title: {nl: "Testbevraging", fr: "Enquête test"}
                sections:
                  - id: profiel
                    title: {nl: "Profiel", fr: "Profil"}
                    questions:
                      - code: Q1_ERVARING
                        type: yesno
                        required: true
                        label: {nl: "Heeft uw bedrijf ervaring met werkplekleren?", fr: "Votre entreprise a-t-elle de l'expérience?"}
                      - code: Q2_STELSELS
                        type: multiple
                        required: true
                        relevant: "Q1_ERVARING == JA"
                        label: {nl: "In welke stelsels?", fr: "Dans quels systèmes?"}
                        options:
                          - {code: DUAAL, nl: "Duaal leren", fr: "Formation en alternance"}
                          - {code: LEERTIJD, nl: "Syntra leertijd", fr: "Apprentissage"}
                  - id: details
                    title: {nl: "Uw bedrijf", fr: "Votre entreprise"}
                    questions:
                      - code: Q3_WERKNEMERS
                        type: number
                        required: true
                        min: 0
                        max: 5000
                        label: {nl: "Hoeveel werknemers?", fr: "Combien de travailleurs?"}
                """);
        WebClient client = new WebClient(base);
        assertEquals(0, reload(client).getJsonArray("errors").size());
        HttpResponse<String> started = client.api("POST", "/api/v1/surveys/" + id + "/responses", ADMIN, ADMIN_PASSWORD,
                "{\"language\":\"nl\",\"channel\":\"LINK\"}");
        assertEquals(201, started.statusCode(), started.body());
        String link = base + "respond.xhtml?t=" + WebClient.json(started).asJsonObject().getString("token");

        WebDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(link);
            assertEquals("Profiel", browser.findElement(By.id("sectionTitle")).getText());
            assertTrue(browser.findElements(By.cssSelector("fieldset[data-code='Q2_STELSELS']")).isEmpty(),
                    "hidden until experience is yes");
            browser.findElement(By.xpath("//fieldset[@data-code='Q1_ERVARING']//label[normalize-space()='Ja']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset[data-code='Q2_STELSELS']")));
            Browser.awaitAjax(browser);

            browser.findElement(By.id("respondForm:next")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("fieldset[data-code='Q2_STELSELS'] .lwp-error"), "verplicht"));

            browser.findElement(By.xpath("//fieldset[@data-code='Q2_STELSELS']//label[normalize-space()='Duaal leren']")).click();
            Browser.awaitAjax(browser);
            browser.findElement(By.id("respondForm:next")).click();
            wait.until(ExpectedConditions.textToBe(By.id("sectionTitle"), "Uw bedrijf"));
        } finally {
            browser.quit();
        }

        WebDriver resumed = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(resumed, Duration.ofSeconds(30));
            resumed.get(link);
            assertEquals("Uw bedrijf", resumed.findElement(By.id("sectionTitle")).getText(), "resumes where it was left");
            resumed.findElement(By.cssSelector("fieldset[data-code='Q3_WERKNEMERS'] input")).sendKeys("12");
            resumed.findElement(By.id("sectionTitle")).click();
            Browser.awaitAjax(resumed);
            resumed.findElement(By.id("respondForm:back")).click();
            wait.until(ExpectedConditions.textToBe(By.id("sectionTitle"), "Profiel"));
            assertTrue(resumed.findElement(By.xpath("//fieldset[@data-code='Q2_STELSELS']//input[@value='DUAAL']"))
                    .isSelected(), "the saved answer is shown again");
            resumed.findElement(By.id("respondForm:next")).click();
            wait.until(ExpectedConditions.textToBe(By.id("sectionTitle"), "Uw bedrijf"));
            Browser.awaitAjax(resumed);
            assertEquals("12", resumed.findElement(By.cssSelector("fieldset[data-code='Q3_WERKNEMERS'] input"))
                    .getAttribute("value"), "the number typed before going back was saved");
            resumed.findElement(By.id("respondForm:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));

            resumed.get(link);
            assertTrue(resumed.findElements(By.id("respondForm")).isEmpty(), "a submitted response is locked");
            assertTrue(resumed.findElement(By.id("thanks")).isDisplayed());
        } finally {
            resumed.quit();
        }

        HttpResponse<String> unknown = client.get("/respond.xhtml?t=" + "A".repeat(43));
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("Deze link werkt niet"), "a friendly page for an unknown link");
    }

    /**
     * A ranking without a mouse: with one option chosen there is nothing to rank and the page moves
     * on; with three the options are put in order with Enter and Space, the limit holds, choosing a
     * ranked option again takes it out, and the order is stored and shown again. After each move
     * the focus is on the new page's heading.
     */
    @Test
    void aRankingIsPutInOrderWithTheKeyboardAndOneOptionLeavesNothingToRank() throws Exception {
        String id = writeInstrument("""
                id: %s
                version: 1
                languages: [nl, fr]
                title: {nl: "Rangschikken", fr: "Classer"}
                sections:
                  - id: steun
                    title: {nl: "Steun", fr: "Soutien"}
                    questions:
                      - code: Q1_STEUN
                        type: multiple
                        required: true
                        label: {nl: "Welke steun?", fr: "Quel soutien ?"}
                        options:
                          - {code: GELD, nl: "Geld", fr: "Argent"}
                          - {code: TAAL, nl: "Taal", fr: "Langue"}
                          - {code: COACH, nl: "Coach", fr: "Coach"}
                      - code: Q2_VOLGORDE
                        type: ranking
                        required: true
                        relevant: "answered(Q1_STEUN)"
                        filterOptionsBy: Q1_STEUN
                        rankCount: 2
                        label: {nl: "Welke eerst?", fr: "Lequel d'abord ?"}
                        options:
                          - {code: GELD, nl: "Geld", fr: "Argent"}
                          - {code: TAAL, nl: "Taal", fr: "Langue"}
                          - {code: COACH, nl: "Coach", fr: "Coach"}
                  - id: slot
                    title: {nl: "Slot", fr: "Fin"}
                    questions:
                      - code: Q3_OPMERKING
                        type: text
                        label: {nl: "Opmerking", fr: "Remarque"}
                """);
        WebClient client = new WebClient(base);
        assertEquals(0, reload(client).getJsonArray("errors").size());
        HttpResponse<String> started = client.api("POST", "/api/v1/surveys/" + id + "/responses", ADMIN, ADMIN_PASSWORD,
                "{\"language\":\"nl\",\"channel\":\"LINK\"}");
        assertEquals(201, started.statusCode(), started.body());
        String link = base + "respond.xhtml?t=" + WebClient.json(started).asJsonObject().getString("token");

        WebDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(link);
            String ranking = "fieldset[data-code='Q2_VOLGORDE']";
            browser.findElement(By.xpath("//fieldset[@data-code='Q1_STEUN']//label[normalize-space()='Taal']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(ranking + " .lwp-rank-nothing")));
            assertTrue(browser.findElements(By.cssSelector(ranking + " .lwp-rank-option")).isEmpty(), "nothing to choose");
            assertTrue(!browser.findElement(By.cssSelector(ranking + " legend")).getText().contains("*"), "not required");
            browser.findElement(By.id("respondForm:next")).click();
            wait.until(ExpectedConditions.textToBe(By.id("sectionTitle"), "Slot"));
            Browser.awaitAjax(browser);
            assertEquals("sectionTitle", focused(browser), "the focus is on the new page's heading");

            browser.findElement(By.id("respondForm:back")).click();
            wait.until(ExpectedConditions.textToBe(By.id("sectionTitle"), "Steun"));
            Browser.awaitAjax(browser);
            assertEquals("sectionTitle", focused(browser));
            browser.findElement(By.xpath("//fieldset[@data-code='Q1_STEUN']//label[normalize-space()='Geld']")).click();
            Browser.awaitAjax(browser);
            browser.findElement(By.xpath("//fieldset[@data-code='Q1_STEUN']//label[normalize-space()='Coach']")).click();
            Browser.awaitAjax(browser);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(ranking + " .lwp-rank-option"), 3));
            assertTrue(browser.findElement(By.cssSelector(ranking + " legend")).getText().contains("*"), "now required");

            rankKey(browser, "COACH", Keys.ENTER);
            rankKey(browser, "GELD", Keys.SPACE);
            rankKey(browser, "TAAL", Keys.ENTER);
            assertEquals(List.of("2", "", "1"), badges(browser), "GELD, TAAL, COACH: two ranked, the limit held");
            assertEquals("false", rankButton(browser, "TAAL").getAttribute("aria-pressed"));
            rankKey(browser, "COACH", Keys.ENTER);
            assertEquals(List.of("1", "", ""), badges(browser), "COACH taken out, GELD moved up");
            rankKey(browser, "COACH", Keys.SPACE);
            assertEquals(List.of("1", "", "2"), badges(browser));
            assertTrue(browser.findElement(By.cssSelector(ranking + " .lwp-rank-option[data-code='COACH']")).getText()
                    .contains("Coach"));

            browser.findElement(By.id("respondForm:next")).click();
            wait.until(ExpectedConditions.textToBe(By.id("sectionTitle"), "Slot"));
            browser.findElement(By.id("respondForm:back")).click();
            wait.until(ExpectedConditions.textToBe(By.id("sectionTitle"), "Steun"));
            Browser.awaitAjax(browser);
            assertEquals(List.of("1", "", "2"), badges(browser), "the stored order is shown again");
            browser.findElement(By.id("respondForm:next")).click();
            wait.until(ExpectedConditions.textToBe(By.id("sectionTitle"), "Slot"));
            browser.findElement(By.id("respondForm:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thanks")));
        } finally {
            browser.quit();
        }
        HttpResponse<String> export = client.download("/api/v1/surveys/" + id + "/export", ADMIN, ADMIN_PASSWORD);
        List<String> lines = export.body().lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        List<String> row = List.of(lines.get(1).split(",", -1));
        assertEquals("1", row.get(header.indexOf("Q2_VOLGORDE.GELD")), export.body());
        assertEquals("2", row.get(header.indexOf("Q2_VOLGORDE.COACH")), export.body());
        assertEquals("", row.get(header.indexOf("Q2_VOLGORDE.TAAL")), export.body());
    }

    @Test
    void theOptOutPageWritesFrenchApostrophesOnce() throws Exception {
        WebDriver browser = Browser.start();
        try {
            String page = base + "optout.xhtml?t=" + "A".repeat(43);
            browser.get(page);
            browser.manage().addCookie(new Cookie("lwp-lang", "fr"));
            browser.manage().deleteCookieNamed("LWPSESSION");
            browser.get(page);
            String text = browser.findElement(By.id("unknownLink")).getText();
            assertTrue(text.contains("Ce lien n\u2019est pas (ou plus) valable. Rien n\u2019a été modifié."), text);
            assertFalse(text.contains("''"), text);
        } finally {
            browser.quit();
        }
    }

    private static WebElement rankButton(WebDriver browser, String code) {
        return browser.findElement(By.cssSelector("fieldset[data-code='Q2_VOLGORDE'] .lwp-rank-option[data-code='" + code + "']"));
    }

    /** Chooses a ranking's option from the keyboard: focus on it, then Enter or Space. */
    private static void rankKey(WebDriver browser, String code, Keys key) {
        rankButton(browser, code).sendKeys(key);
    }

    /** The rank badges of the options GELD, TAAL and COACH. */
    private static List<String> badges(WebDriver browser) {
        return List.of("GELD", "TAAL", "COACH").stream()
                .map(code -> rankButton(browser, code).findElement(By.cssSelector(".lwp-rank-badge")).getText()).toList();
    }

    private static Object focused(WebDriver browser) {
        return ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
    }

    @Test
    void advisorsEnterPaperQuestionnairesAndAnalystsListResponses() throws Exception {
        WebClient client = new WebClient(base);
        String advisor = createUser(client, "ADVISOR");
        String analyst = createUser(client, "ANALYST");
        String path = "/api/v1/surveys/werkgeversbevraging/responses";

        HttpResponse<String> paper = client.api("POST", path, advisor, PASSWORD, "{\"channel\":\"PAPER\",\"language\":\"fr\"}");
        HttpResponse<String> linkByAdvisor = client.api("POST", path, advisor, PASSWORD, "{\"channel\":\"LINK\"}");
        HttpResponse<String> paperByAnalyst = client.api("POST", path, analyst, PASSWORD, "{\"channel\":\"PAPER\"}");

        assertEquals(201, paper.statusCode(), paper.body());
        assertEquals(400, linkByAdvisor.statusCode(), linkByAdvisor.body());
        assertEquals(400, paperByAnalyst.statusCode(), paperByAnalyst.body());
        long id = WebClient.json(paper).asJsonObject().getJsonNumber("id").longValue();

        HttpResponse<String> list = client.api("GET", path + "?size=1000", analyst, PASSWORD, null);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject page = WebClient.json(list).asJsonObject();
        JsonObject entered = page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("PAPER", entered.getString("channel"));
        assertEquals(advisor, entered.getString("enteredBy"), "marked with who entered it");
        assertEquals("fr", entered.getString("language"));
        assertEquals("PARTIAL", entered.getString("status"));
        assertTrue(page.getInt("total") >= 1);
        assertEquals(403, client.api("GET", path, advisor, PASSWORD, null).statusCode());
        assertEquals(400, client.api("GET", path + "?size=0", analyst, PASSWORD, null).statusCode());
    }

    @Test
    void aPublicLinkOpensOnlyWhenAnAdminAllowsItAndLimitsStartsPerAddress() throws Exception {
        WebClient client = new WebClient(base);
        String path = "/api/v1/surveys/leerwerkplekfiche/public-link";
        assertEquals(200, client.api("PUT", path, ADMIN, ADMIN_PASSWORD, "{\"open\":false}").statusCode());

        HttpResponse<String> closed = client.get("/start.xhtml?s=leerwerkplekfiche");
        assertEquals(200, closed.statusCode());
        assertTrue(closed.body().contains("niet (meer) open"), "closed until an admin opens it");

        assertEquals(200, client.api("PUT", path, ADMIN, ADMIN_PASSWORD, "{\"open\":true}").statusCode());
        try {
            // The IT configuration allows 3 starts per hour per address (see the pom).
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> started = client.get("/start.xhtml?s=leerwerkplekfiche");
                assertEquals(302, started.statusCode(), started.body());
                assertEquals("/respond.xhtml", client.location(started));
                assertTrue(started.headers().firstValue("Location").orElse("").contains("?t="), "with a new token");
            }
            HttpResponse<String> limited = client.get("/start.xhtml?s=leerwerkplekfiche");
            assertEquals(200, limited.statusCode());
            assertTrue(limited.body().contains("te veel vragenlijsten"), "the fourth start within the hour is refused");
        } finally {
            client.api("PUT", path, ADMIN, ADMIN_PASSWORD, "{\"open\":false}");
        }
    }

    /**
     * The employer questionnaire on a 390 px phone in French (as employers answer it) and the fiche
     * on a desktop in Dutch, each answered to the end by the robot: no page is wider than the
     * window, on the phone every choice is a line of its own at least 44 px high (the likert
     * matrix of the knelpunten page a card per statement), the focus goes to the new page's
     * heading after "Next", and the support ranking, left with one option, asks for nothing.
     */
    @Test
    void theEmployerQuestionnaireCanBeAnsweredToTheEndInFrenchOnAPhoneAndTheFicheInDutch() throws Exception {
        WebClient client = new WebClient(base);
        for (String[] run : new String[][] {{"werkgeversbevraging", "fr", "votre entreprise", "390"},
                {"leerwerkplekfiche", "nl", "Interviewinfo", "1280"}}) {
            HttpResponse<String> started = client.api("POST", "/api/v1/surveys/" + run[0] + "/responses", ADMIN,
                    ADMIN_PASSWORD, "{\"language\":\"" + run[1] + "\",\"channel\":\"LINK\"}");
            assertEquals(201, started.statusCode(), started.body());
            String token = WebClient.json(started).asJsonObject().getString("token");
            WebDriver browser = Browser.start();
            try {
                browser.manage().window().setSize(new Dimension(Integer.parseInt(run[3]), 844));
                browser.get(base + "respond.xhtml?t=" + token);
                List<QuestionnaireRobot.Page> pages = new QuestionnaireRobot(browser).answerEverything();
                String first = pages.get(0).title();
                assertTrue(first.startsWith(run[2]) || first.contains(run[2]), run[0] + " in " + run[1] + ": " + pages);
                assertTrue(pages.size() >= 4, pages.toString());
                assertEquals(List.of(), pages.stream().filter(QuestionnaireRobot.Page::widerThanWindow).toList(),
                        "pages wider than the window at " + run[3] + " px");
                if (run[0].equals("werkgeversbevraging")) {
                    QuestionnaireRobot.Page knelpunten = pages.stream().filter(p -> p.section().equals("knelpunten"))
                            .findFirst().orElseThrow(() -> new AssertionError(pages.toString()));
                    assertTrue(knelpunten.choiceLines() >= 12 * 5, "each statement a card, each point a line: " + knelpunten);
                    assertEquals(List.of(), pages.stream().flatMap(p -> p.cramped().stream()).toList(),
                            "choices lower than 44 px or with their button outside their line");
                }
            } finally {
                browser.quit();
            }
            HttpResponse<String> list = client.api("GET", "/api/v1/surveys/" + run[0] + "/responses?size=1000", ADMIN,
                    ADMIN_PASSWORD, null);
            assertTrue(WebClient.json(list).asJsonObject().getJsonArray("items").stream()
                    .anyMatch(r -> r.asJsonObject().getString("status").equals("SUBMITTED")
                            && r.asJsonObject().getString("language").equals(run[1])), list.body());
        }
        HttpResponse<String> dutch = client.api("POST", "/api/v1/surveys/werkgeversbevraging/responses", ADMIN,
                ADMIN_PASSWORD, "{\"language\":\"nl\",\"channel\":\"LINK\"}");
        WebDriver phone = Browser.start();
        try {
            phone.manage().window().setSize(new Dimension(390, 844));
            phone.get(base + "respond.xhtml?t=" + WebClient.json(dutch).asJsonObject().getString("token"));
            assertEquals(Boolean.FALSE, ((JavascriptExecutor) phone).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth;"),
                    "the Dutch title, one long word on a phone, wraps");
        } finally {
            phone.quit();
        }
    }

    @Test
    void anImportIsAllOrNothingAndRoundTripsThroughTheExport() throws Exception {
        String id = writeInstrument("""
                id: %s
                version: 1
                languages: [nl, fr]
                title: {nl: "Import", fr: "Import"}
                sections:
                  - id: een
                    title: {nl: "Een", fr: "Un"}
                    questions:
                      - code: Q1_GROOTTE
                        type: single
                        required: true
                        label: {nl: "Grootte", fr: "Taille"}
                        options:
                          - {code: KLEIN, nl: "Klein", fr: "Petite"}
                          - {code: GROOT, nl: "Groot", fr: "Grande"}
                      - code: Q2_STEUN
                        type: multiple
                        label: {nl: "Steun", fr: "Soutien"}
                        options:
                          - {code: PROEF, nl: "Proefperiode", fr: "Période d'essai"}
                          - {code: TAAL, nl: "Taalondersteuning", fr: "Soutien linguistique"}
                      - code: Q3_AANTAL
                        type: number
                        min: 0
                        max: 500
                        label: {nl: "Aantal", fr: "Nombre"}
                """);
        WebClient client = new WebClient(base);
        assertEquals(0, reload(client).getJsonArray("errors").size());
        String analyst = createUser(client, "ANALYST");

        String bad = "version,Q1_GROOTTE,Q2_STEUN.PROEF,Q2_STEUN.TAAL,Q3_AANTAL\n"
                + "1,KLEIN,1,0,12\n"
                + "1,MIDDEL,0,1,7\n"
                + "1,GROOT,0,2,12\n"
                + "1,GROOT,0,1,9000\n";
        HttpResponse<String> refused = client.csv("/api/v1/surveys/" + id + "/import", ADMIN, ADMIN_PASSWORD, bad);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonArray errors = WebClient.json(refused).asJsonObject().getJsonArray("errors");
        assertEquals(3, errors.size(), errors.toString());
        assertEquals(5, errors.getJsonObject(2).getInt("line"), "the number out of range on line 5");
        JsonObject first = errors.getJsonObject(0);
        assertEquals(3, first.getInt("line"), errors.toString());
        assertEquals(2, first.getInt("column"), errors.toString());
        assertEquals(0, responseCount(client, id), "nothing stored from a file with errors");

        String good = "version,Q1_GROOTTE,Q2_STEUN.PROEF,Q2_STEUN.TAAL,Q3_AANTAL\n"
                + "1,KLEIN,1,0,12\n"
                + "1,GROOT,0,1,\n";
        HttpResponse<String> imported = client.csv("/api/v1/surveys/" + id + "/import", ADMIN, ADMIN_PASSWORD, good);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(2, WebClient.json(imported).asJsonObject().getInt("imported"));
        assertEquals(2, responseCount(client, id));
        assertEquals(403, client.csv("/api/v1/surveys/" + id + "/import", analyst, PASSWORD, good).statusCode());

        HttpResponse<String> export = client.download("/api/v1/surveys/" + id + "/export", analyst, PASSWORD);
        assertEquals(200, export.statusCode(), export.body());
        List<String> lines = export.body().lines().toList();
        assertEquals(3, lines.size(), export.body());
        List<String> header = List.of(lines.get(0).split(","));
        assertTrue(header.containsAll(List.of("version", "Q1_GROOTTE", "Q2_STEUN.PROEF", "Q2_STEUN.TAAL", "Q3_AANTAL")),
                header.toString());
        List<String> row = List.of(lines.get(1).split(",", -1));
        assertEquals("KLEIN", row.get(header.indexOf("Q1_GROOTTE")));
        assertEquals("1", row.get(header.indexOf("Q2_STEUN.PROEF")));
        assertEquals("12", row.get(header.indexOf("Q3_AANTAL")));
        assertEquals("1", row.get(header.indexOf("version")));

        HttpResponse<String> labels = client.download("/api/v1/surveys/" + id + "/export?values=labels&language=fr",
                analyst, PASSWORD);
        assertTrue(labels.body().contains("Petite"), labels.body());
        HttpResponse<String> codebook = client.download("/api/v1/surveys/" + id + "/codebook", analyst, PASSWORD);
        assertEquals(200, codebook.statusCode());
        assertTrue(codebook.body().contains("Q2_STEUN.TAAL") && codebook.body().contains("Taalondersteuning"), codebook.body());

        HttpResponse<byte[]> xlsx = client.downloadBytes("/api/v1/surveys/" + id + "/export?format=xlsx&values=labels"
                + "&language=fr", analyst, PASSWORD);
        assertEquals(200, xlsx.statusCode());
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("responses");
            assertEquals(2, sheet.getLastRowNum(), "a header and two responses");
            int grootte = columnOf(sheet, "Q1_GROOTTE");
            int aantal = columnOf(sheet, "Q3_AANTAL");
            assertEquals("Petite", sheet.getRow(1).getCell(grootte).getStringCellValue());
            assertEquals(12.0, sheet.getRow(1).getCell(aantal).getNumericCellValue(), 0.0, "a number cell");
            assertTrue(workbook.getSheet("codebook").getLastRowNum() > 3, "the codebook is the second sheet");
        }
        assertEquals(400, client.download("/api/v1/surveys/" + id + "/export?format=pdf", analyst, PASSWORD).statusCode());

        HttpResponse<byte[]> statistics = client.downloadBytes("/api/v1/surveys/" + id + "/export?format=zip&language=fr",
                analyst, PASSWORD);
        assertEquals(200, statistics.statusCode());
        java.util.Map<String, String> files = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new ByteArrayInputStream(statistics.body()), java.nio.charset.StandardCharsets.UTF_8)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        String name = id + "-v1-fr";
        assertEquals(java.util.Set.of(name + ".csv", name + ".sps", name + ".R"), files.keySet(), "CSV, SPSS and R");
        assertEquals(3, files.get(name + ".csv").lines().count(), "a header and the two submitted responses");
        assertTrue(files.get(name + ".sps").contains("'Petite'") && files.get(name + ".sps").contains("MRSETS"),
                files.get(name + ".sps"));
        HttpResponse<String> syntax = client.download("/api/v1/surveys/" + id + "/export?format=sps", analyst, PASSWORD);
        assertEquals(200, syntax.statusCode());
        assertTrue(syntax.body().startsWith("\uFEFF"), "UTF-8 with a byte order mark, as SPSS and PSPP want it");

        HttpResponse<String> reimported = client.csv("/api/v1/surveys/" + id + "/import", ADMIN, ADMIN_PASSWORD, export.body());
        assertEquals(200, reimported.statusCode(), "an export in codes imports again: " + reimported.body());
        assertEquals(4, responseCount(client, id));

        importOnTheDataPage(id, bad, good);
        assertEquals(6, responseCount(client, id), "the page imported the two good rows, nothing of the bad file");
    }

    @Test
    void anAdminImportsAnXlsFormSeesWhatDidNotConvertAndSavesItIntoService() throws Exception {
        String id = ItInstruments.newId("it_xls_");
        written = ItInstruments.file(id);
        Path bad = Files.writeString(Files.createTempFile("lwp-xlsform-bad-", ".csv"), "hallo,wereld\n");
        // not a workbook inside; the good form as a workbook made by POI, read by the server's own reader
        Path badXlsx = Files.write(Files.createTempFile("lwp-xlsform-bad-", ".xlsx"),
                "PK\u0003\u0004 niet echt".getBytes(StandardCharsets.ISO_8859_1));
        Path good = Files.createTempFile("lwp-xlsform-", ".xlsx");
        try (var in = SurveysIT.class.getResourceAsStream("/org/leerwerkplek/surveys/xlsform/alles-wat-niet-kan.csv")) {
            Files.write(good, XlsFormConverterTest.workbook(XlsFormReader.read(in.readAllBytes())));
        }
        WebClient client = new WebClient(base);
        String analyst = createUser(client, "ANALYST");
        WebClient analystClient = new WebClient(base);
        analystClient.signIn(analyst, PASSWORD);
        assertEquals(403, analystClient.get("/admin/xlsform.xhtml").statusCode(), "admins only");
        WebDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("loginForm:username")).sendKeys(ADMIN);
            browser.findElement(By.id("loginForm:password")).sendKeys(ADMIN_PASSWORD);
            browser.findElement(By.id("loginForm:submit")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            browser.get(base + "admin/xlsform.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='file']")));

            browser.findElement(By.cssSelector("input[type='file']")).sendKeys(bad.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "geen blad survey"));
            assertTrue(browser.findElements(By.id("yaml")).isEmpty(), "a bad file gives no YAML");
            browser.findElement(By.cssSelector("input[type='file']")).sendKeys(badXlsx.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "geen leesbaar .xlsx-bestand"));
            assertTrue(browser.findElements(By.id("yaml")).isEmpty(), "a broken workbook gives no YAML");

            browser.findElement(By.cssSelector("input[type='file']")).sendKeys(good.toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("yaml")));
            assertEquals(24, browser.findElements(By.cssSelector("[id$='findings_data'] tr")).size(),
                    "every row the engine cannot represent is listed");
            assertTrue(browser.findElement(By.cssSelector("[id$='findings_data']")).getText()
                    .contains("Herhaalde groepen (repeat) kent de vragenlijstmotor niet"));
            assertFalse(Files.exists(written), "nothing is written before Save");

            browser.findElement(By.id("resultForm:chosenId")).sendKeys(id);
            browser.findElement(By.id("resultForm:convert")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("yaml"), "id: " + id));
            browser.findElement(By.id("resultForm:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Bewaard als " + id + ".yaml"));
        } finally {
            browser.quit();
            Files.deleteIfExists(bad);
            Files.deleteIfExists(badXlsx);
            Files.deleteIfExists(good);
        }
        assertTrue(Files.exists(written));
        JsonObject definition = definition(client, id);
        int questions = definition.getJsonArray("sections").stream()
                .mapToInt(s -> s.asJsonObject().getJsonArray("questions").size()).sum();
        assertEquals(8, questions, "the converted questionnaire is in service");
    }

    /** An admin uploads a bad file (errors listed, nothing stored), then a good one (progress to stored). */
    private void importOnTheDataPage(String id, String bad, String good) throws IOException {
        Path badFile = Files.writeString(Files.createTempFile("lwp-bad-", ".csv"), bad);
        Path goodFile = Files.writeString(Files.createTempFile("lwp-good-", ".csv"), good);
        WebDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("loginForm:username")).sendKeys(ADMIN);
            browser.findElement(By.id("loginForm:password")).sendKeys(ADMIN_PASSWORD);
            browser.findElement(By.id("loginForm:submit")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            browser.get(base + "surveys/data.xhtml?instrument=" + id);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='file']")));

            browser.findElement(By.cssSelector("input[type='file']")).sendKeys(badFile.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("importState"), "Niets geïmporteerd"));
            assertEquals(3, browser.findElements(By.cssSelector("[id$='errors_data'] tr")).size(),
                    "every error of the file is listed");

            browser.findElement(By.cssSelector("input[type='file']")).sendKeys(goodFile.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("importState"), "2 antwoorden"));
            // the bar's widget may still be moving to its new value when the text is there: wait for it, as a reader would
            // and the poll may re-render the bar between finding it and reading it (PostgreSQL run: stale element)
            wait.ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.cssSelector("[id$='bar']"), "aria-valuenow", "100"));
        } finally {
            browser.quit();
            Files.deleteIfExists(badFile);
            Files.deleteIfExists(goodFile);
        }
    }

    private static int columnOf(Sheet sheet, String name) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private int responseCount(WebClient client, String id) throws IOException, InterruptedException {
        HttpResponse<String> list = client.api("GET", "/api/v1/surveys/" + id + "/responses", ADMIN, ADMIN_PASSWORD, null);
        return WebClient.json(list).asJsonObject().getInt("total");
    }

    private static final String PASSWORD = "Werfleider-Gent-2026";

    private static String createUser(WebClient client, String role) throws IOException, InterruptedException {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = client.api("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    /** Writes a test instrument ({@code %s} stands for its new, unique id) into the IT surveys folder. */
    private String writeInstrument(String yaml) throws IOException {
        ItInstruments.Written instrument = ItInstruments.write("it_", yaml);
        written = instrument.file();
        return instrument.id();
    }

    private static String instrument(String id, int version, String options) {
        return """
                id: %s
                version: %d
                languages: [nl]
                title: {nl: "Test"}
                sections:
                  - id: een
                    title: {nl: "Een"}
                    questions:
                      - code: Q1
                        type: single
                        label: {nl: "Vraag"}
                        options: [%s]
                """.formatted(id, version, options);
    }

    private JsonObject reload(WebClient client) throws IOException, InterruptedException {
        HttpResponse<String> response = client.api("POST", "/api/v1/surveys/reload", ADMIN, ADMIN_PASSWORD, "{}");
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonObject();
    }

    private JsonObject definition(WebClient client, String id) throws IOException, InterruptedException {
        HttpResponse<String> response = client.api("GET", "/api/v1/surveys/" + id, ADMIN, ADMIN_PASSWORD, null);
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonObject();
    }
}
