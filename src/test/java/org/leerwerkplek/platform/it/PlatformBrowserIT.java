package org.leerwerkplek.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.net.http.HttpResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The foundation in a real browser: sign in, French, admin creates an advisor, the advisor's menu,
 * sign out; the header on a phone and on a desktop.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformBrowserIT {

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private WebDriverWait wait;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lwp.war")));
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void adminSwitchesToFrenchCreatesAnAdvisorWhoSeesOnlyItsMenu() {
        browser.get(base + "login.xhtml");
        assertEquals("Aanmelden", heading());

        browser.findElement(By.cssSelector("a[data-lang='fr']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Connexion"));

        signIn(PlatformIT.ADMIN, PlatformIT.ADMIN_PASSWORD);
        assertEquals(List.of("Entreprises", "Placements", "Enquêtes", "Travail de terrain", "Analyse", "Suivi des tuteurs",
                "Administration"), menu());

        browser.findElement(By.cssSelector("a[data-part='ADMIN']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Utilisateurs"));
        String advisor = "conseiller-" + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("createForm:username")).sendKeys(advisor);
        browser.findElement(By.id("createForm:password")).sendKeys(PlatformIT.PASSWORD);
        browser.findElement(By.xpath("//form[@id='createForm']//label[text()='Conseiller']")).click();
        browser.findElement(By.id("createForm:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Le compte " + advisor + " a été créé."));
        assertTrue(browser.findElement(By.id("usersForm:accounts")).getText().contains(advisor));

        signOut();
        assertTrue(browser.findElement(By.id("signedOut")).getText().contains("Vous êtes déconnecté"),
                "the French choice is remembered after signing out");

        signIn(advisor, PlatformIT.PASSWORD);
        assertEquals(List.of("Entreprises", "Placements", "Enquêtes", "Suivi des tuteurs"), menu());
        assertTrue(browser.findElement(By.id("accountForm")).getText().contains("Connecté en tant que " + advisor));
        signOut();
        assertEquals("Connexion", heading());
    }

    @Test
    void onAPhoneTheMenuIsBehindAButtonAndNoPageScrollsSideways() throws Exception {
        String advisor = createAdvisor("Anna Adviseur-Vandenbroucke");
        browser.manage().window().setSize(new Dimension(390, 844));

        browser.get(base + "login.xhtml");
        assertNoSidewaysScroll("login.xhtml");
        signIn(advisor, PlatformIT.PASSWORD);
        assertNoSidewaysScroll("index.xhtml");
        assertTrue(browser.findElement(By.id("welcome")).getText().startsWith("Welkom, Anna Adviseur-Vandenbroucke."),
                "the display name, not the user name");

        WebElement button = browser.findElement(By.id("menuButton"));
        WebElement companies = browser.findElement(By.cssSelector("#menu a[data-part='COMPANIES']"));
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(companies.isDisplayed(), "the menu is closed");
        assertTrue(browser.findElement(By.id("header")).getSize().getHeight() < 100, "a compact header");

        button.click();
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(companies.isDisplayed());
        assertTrue(browser.findElement(By.id("accountForm:signOut")).isDisplayed());
        assertNoSidewaysScroll("index.xhtml with the menu open");
        button.sendKeys(Keys.ESCAPE);
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(companies.isDisplayed());

        button.sendKeys(Keys.ENTER);
        companies.click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Bedrijven"));
        assertNoSidewaysScroll("companies/index.xhtml");
    }

    @Test
    void onADesktopTheFrenchAdminMenuFitsOneLineAndApostrophesShowOnce() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(base + "login.xhtml");
        browser.findElement(By.cssSelector("a[data-lang='fr']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Connexion"));
        assertTrue(browser.findElement(By.cssSelector("label[for='loginForm:username']")).getText()
                .startsWith("Nom d'utilisateur"), "one apostrophe");

        signIn(PlatformIT.ADMIN, PlatformIT.ADMIN_PASSWORD);
        browser.get(base + "admin/users.xhtml");
        List<Integer> tops = browser.findElements(By.cssSelector("#menu a")).stream()
                .map(a -> a.getLocation().getY()).distinct().toList();
        assertEquals(1, tops.size(), "all menu items on one line: " + tops);
        assertFalse(browser.findElement(By.tagName("body")).getText().contains("''"), "no doubled apostrophe");
        assertFalse(browser.findElement(By.id("menuButton")).isDisplayed(), "no menu button on a desktop");
        String hint = browser.findElement(By.cssSelector("#createForm .lwp-hint")).getDomProperty("textContent");
        assertTrue(hint.contains("caractères\u00A0;"), "a non-breaking space before the semicolon: " + hint);
    }

    /**
     * Every page a user reaches runs under the Content-Security-Policy that PrimeFaces sends with a
     * nonce: no script, style or frame is refused on the way (a listener installed before any page
     * script collects {@code securitypolicyviolation} events), PrimeFaces runs, charts draw, AJAX
     * updates, the language links (whose inline handlers PrimeFaces moves into nonce'd scripts) still
     * switch, and the questionnaire moves on.
     */
    @Test
    void everyPageRunsUnderItsContentSecurityPolicyWithoutAViolation() throws Exception {
        WebClient api = new WebClient(base);
        String admin = PlatformIT.ADMIN;
        String password = PlatformIT.ADMIN_PASSWORD;
        HttpResponse<String> company = api.api("POST", "/api/v1/companies", admin, password, "{\"enterpriseNumber\":\""
                + PlatformIT.enterpriseNumber() + "\",\"name\":\"CSP Bouw\",\"province\":\"LUIK\",\"employees\":4}");
        assertEquals(201, company.statusCode(), company.body());
        long companyId = WebClient.json(company).asJsonObject().getJsonNumber("id").longValue();
        HttpResponse<String> visit = api.api("POST", "/api/v1/companies/" + companyId + "/visits", admin, password,
                "{\"date\":\"" + FundDay.today() + "\"}");
        assertEquals(201, visit.statusCode(), visit.body());
        String today = FundDay.today().toString();
        HttpResponse<String> wave = api.api("POST", "/api/v1/fieldwork", admin, password, "{\"name\":\"CSP\","
                + "\"instrumentId\":\"werkgeversbevraging\",\"invitationDate\":\"" + today + "\",\"reminderLastDate\":\""
                + today + "\",\"closingDate\":\"" + today + "\"}");
        assertEquals(201, wave.statusCode(), wave.body());
        HttpResponse<String> started = api.api("POST", "/api/v1/surveys/werkgeversbevraging/responses", admin, password,
                "{\"language\":\"nl\",\"channel\":\"LINK\"}");
        assertEquals(201, started.statusCode(), started.body());
        HttpResponse<String> demo = new Http11Api(base).send("POST", "/api/v1/analysis/demo", admin, password,
                "application/json", "{}");
        assertEquals(200, demo.statusCode(), demo.body());
        String policy = api.get("/login.xhtml").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self' 'nonce-") && policy.contains("object-src 'none'"), policy);

        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", "window.__csp = [];"
                        + "document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber);"
                        + "});"));
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(base + "login.xhtml");
        assertNoViolation("login.xhtml");
        signIn(admin, password);

        List<String> pages = List.of("index.xhtml", "companies/index.xhtml", "companies/company.xhtml?id=" + companyId,
                "companies/edit.xhtml?id=" + companyId,
                "companies/fiche.xhtml?visit=" + WebClient.json(visit).asJsonObject().getJsonNumber("id"),
                "surveys/index.xhtml", "surveys/data.xhtml?instrument=werkgeversbevraging", "analysis/index.xhtml",
                "fieldwork/index.xhtml", "fieldwork/wave.xhtml?id=" + WebClient.json(wave).asJsonObject().getJsonNumber("id"),
                "mentorcourse/index.xhtml", "mentorcourse/figures.xhtml", "mentorcourse/company.xhtml?company=" + companyId,
                "admin/users.xhtml", "admin/mail.xhtml", "admin/surveys.xhtml", "admin/course.xhtml");
        for (String page : pages) {
            browser.get(base + page);
            Browser.awaitAjax(browser);
            assertNoViolation(page);
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return !!window.PrimeFaces;"),
                    page + ": PrimeFaces runs");
        }
        browser.get(base + "analysis/index.xhtml");
        Browser.awaitAjax(browser);
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('canvas').length;")).intValue() > 0);
        assertNoViolation("analysis/index.xhtml with its charts");

        browser.get(base + "companies/index.xhtml");
        browser.findElement(By.id("filterForm:filter")).click();
        Browser.awaitAjax(browser);
        assertTrue(browser.findElement(By.id("listForm")).getText().contains("CSP Bouw"), "the AJAX filter updated the list");
        assertNoViolation("companies/index.xhtml after filtering");

        browser.findElement(By.cssSelector("a[data-lang='fr']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Entreprises"));
        assertNoViolation("the language switch");
        signOut();

        browser.get(WebClient.json(started).asJsonObject().getString("link"));
        Browser.awaitAjax(browser);
        assertNoViolation("respond.xhtml");
        String firstSection = heading();
        browser.findElement(By.cssSelector("[id$=':next']")).click();
        Browser.awaitAjax(browser);
        assertNoViolation("respond.xhtml, next page");
        browser.get(base + "course/register.xhtml");
        assertNoViolation("course/register.xhtml");
        assertTrue(!firstSection.isEmpty(), "the questionnaire showed its first section");
    }

    private void assertNoViolation(String page) {
        Object violations = ((JavascriptExecutor) browser).executeScript("return window.__csp || ['no listener'];");
        assertEquals(List.of(), violations, page + ": Content-Security-Policy violations");
    }

    private String createAdvisor(String displayName) throws Exception {
        String username = "adv-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = new WebClient(base).api("POST", "/api/v1/admin/users", PlatformIT.ADMIN,
                PlatformIT.ADMIN_PASSWORD, "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName
                        + "\",\"password\":\"" + PlatformIT.PASSWORD + "\",\"roles\":[\"ADVISOR\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    private void assertNoSidewaysScroll(String page) {
        Number scrollWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth;");
        Number windowWidth = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertTrue(scrollWidth.intValue() <= windowWidth.intValue(),
                page + ": the page is " + scrollWidth + " px wide in a window of " + windowWidth + " px");
    }

    private void signIn(String user, String password) {
        browser.findElement(By.id("loginForm:username")).sendKeys(user);
        browser.findElement(By.id("loginForm:password")).sendKeys(password);
        browser.findElement(By.id("loginForm:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountForm")));
    }

    private void signOut() {
        browser.findElement(By.id("accountForm:signOut")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm")));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private List<String> menu() {
        return browser.findElements(By.cssSelector("#menu a.lwp-menu-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }
}
