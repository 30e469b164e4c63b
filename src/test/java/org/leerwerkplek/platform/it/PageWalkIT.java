package org.leerwerkplek.platform.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leerwerkplek.platform.it.PageWalk.Expect;
import org.leerwerkplek.surveys.it.QuestionnaireRobot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The product as its users see it: with the demo data and a little of everything loaded
 * ({@link WalkScene}), signs in as each role and opens every page its menu reaches and the pages
 * those link to, and opens every public page (the questionnaire page by page, the opt-out page,
 * the mentor's pages, the error pages), in Dutch, French and English, at 1366 and 390 pixels
 * ({@link PageWalk} says what it checks). Writes a screenshot per page, language and width and
 * the load times to {@code target/page-walk/}, prints a summary, and fails once, at the end, with
 * every finding grouped by page.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "lwp.war", matches = ".+",
        disabledReason = "an integration test: failsafe runs it on the built WAR (mvn verify)")
class PageWalkIT {

    static final Path OUT = Path.of("target", "page-walk");
    private static final Expect PAGE = Expect.page();
    private static final Expect PUBLIC = Expect.page().withAxe();
    private static final Expect QUESTIONNAIRE = PUBLIC.withTouchTargets();

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lwp.war")));
    }

    @Test
    void everyRolesPagesAndEveryPublicPageInThreeLanguagesOnADesktopAndAPhone() throws Exception {
        List<PageWalk.Failure> failures = walk(base, SMTP);

        assertTrue(failures.isEmpty(), failures.size() + " findings of the page walk (also in "
                + OUT.resolve("findings.txt") + "):\n" + PageWalk.report(failures));
    }

    /** A page of the walk: its name in the screenshots and findings, its address and what it should be. */
    record Visit(String name, String path, Expect expect) {
    }

    /** Sets up, walks every page, writes the outputs and returns the findings. */
    static List<PageWalk.Failure> walk(URL base, GreenMailExtension smtp) throws Exception {
        long started = System.nanoTime();
        clean(OUT);
        List<String> openapi = openApiTimes(base);
        WalkScene scene = new WalkScene(base, smtp).build();
        long setUp = System.nanoTime();
        WebDriver driver = Browser.start(PageWalk.WIDE, PageWalk.WIDE_HEIGHT);
        PageWalk walk = new PageWalk(driver, base, OUT, BundleTexts.load(), Axe.load());
        try {
            publicPages(walk, driver, scene, base);
            rolePages(walk, driver, "advisor", scene.advisor, advisorPages(scene));
            rolePages(walk, driver, "analyst", scene.analyst, analystPages(scene));
            rolePages(walk, driver, "admin", WalkScene.ADMIN, adminPages(scene));
            rolePages(walk, driver, "mentor", scene.mentor, List.of(
                    new Visit("index", "index.xhtml", PAGE),
                    new Visit("mentorcourse", "mentorcourse/index.xhtml", PAGE),
                    new Visit("403", "admin/users.xhtml", PAGE.errorPage(403))));
        } finally {
            driver.quit();
        }
        List<PageWalk.Failure> failures = walk.failures();
        walk.writeTimings(OUT.resolve("load-times.csv"), openapi);
        Files.writeString(OUT.resolve("findings.txt"), PageWalk.report(failures));
        String summary = walk.summary() + "; /openapi first request " + openapi.get(0).split(",")[3] + " ms"
                + String.format(Locale.ROOT, "; set-up %.0f s, walk %.0f s", (setUp - started) / 1e9,
                (System.nanoTime() - setUp) / 1e9);
        Files.writeString(OUT.resolve("summary.txt"), summary + "\n");
        System.out.println(summary);
        return failures;
    }

    /**
     * The first request to the application's {@code /openapi} on the fresh server, and a second (after one
     * to an address outside the application, so that the client's start is not counted). Here the
     * application has a context path; started as the README says it is at the root, where its {@code /openapi}
     * is the server's.
     */
    private static List<String> openApiTimes(URL base) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI openapi = base.toURI().resolve("openapi");
        // this JVM's own first request (loading its HTTP client) is not the server's: one to nothing first
        http.send(HttpRequest.newBuilder(base.toURI().resolve("/lwp-nothing")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        long[] ms = new long[2];
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(openapi).timeout(Duration.ofSeconds(120))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() != 200) {
                throw new AssertionError("/openapi answered " + response.statusCode());
            }
        }
        return List.of("api,openapi,-," + ms[0] + ",," + ms[1] + ",");
    }

    private static void publicPages(PageWalk walk, WebDriver driver, WalkScene scene, URL base) throws Exception {
        Http11Api api = new Http11Api(base);
        String publicLink = "/api/v1/surveys/" + WalkScene.QUESTIONNAIRE + "/public-link";
        api.send("PUT", publicLink, WalkScene.ADMIN, WalkScene.ADMIN_PASSWORD, "application/json", "{\"open\":false}");
        List<Visit> pages = List.of(
                new Visit("login", "login.xhtml", PUBLIC),
                new Visit("privacy", "privacy.xhtml", PUBLIC),
                new Visit("404", "no-such-page.xhtml", PUBLIC.errorPage(404)),
                new Visit("expired", "errors/expired.xhtml", PUBLIC.errorPage(200)),
                new Visit("start-closed", "start.xhtml?s=" + WalkScene.QUESTIONNAIRE, PUBLIC),
                new Visit("optout", "optout.xhtml?t=" + scene.optOutToken, PUBLIC),
                new Visit("course-register", "course/register.xhtml", PUBLIC),
                new Visit("course-confirm", "course/confirm.xhtml?t=" + scene.confirmToken, PUBLIC),
                new Visit("course-me", "course/me.xhtml?t=" + scene.mentorToken, PUBLIC),
                new Visit("course-module", "course/module.xhtml?t=" + scene.mentorToken + "&m=" + scene.module, PUBLIC),
                new Visit("course-verify", "course/verify.xhtml?code=" + scene.certificateCode, PUBLIC),
                new Visit("apply", "apply/index.xhtml", PUBLIC),
                new Visit("apply-confirm-unknown", "apply/confirm.xhtml?t=unknown", PUBLIC));
        walk.as("public");
        driver.get(walk.url("login.xhtml"));
        for (String language : BundleTexts.LANGUAGES) {
            walk.language(language);
            for (Visit page : pages) {
                walk.page(page.name(), page.path(), page.expect());
            }
        }
        api.send("PUT", publicLink, WalkScene.ADMIN, WalkScene.ADMIN_PASSWORD, "application/json", "{\"open\":true}");
        try {
            walk.language("fr");
            walk.page("start-open", "start.xhtml?s=" + WalkScene.QUESTIONNAIRE, PUBLIC.once());
        } finally {
            api.send("PUT", publicLink, WalkScene.ADMIN, WalkScene.ADMIN_PASSWORD, "application/json", "{\"open\":false}");
        }
        questionnaire(walk, driver, "respond.xhtml?t=" + scene.respondToken);
    }

    /**
     * The employer questionnaire of one invitee, page by page: each page in the three languages
     * (the answering link resumes at the page reached; French last), then answered; where the
     * answers bring up more questions (a ranking of the chosen support), the page is checked again
     * as answered; then left with Next. At the end submitted, and the thank-you page walked.
     */
    private static void questionnaire(PageWalk walk, WebDriver driver, String path) {
        List<String> languages = List.of("nl", "en", "fr");
        QuestionnaireRobot questionnaire = new QuestionnaireRobot(driver);
        driver.get(walk.url(path));
        for (int section = 1; section <= 30; section++) {
            walk.language("nl");
            String name = "respond-" + section + "-" + slug(questionnaire.sectionTitle());
            for (String language : languages) {
                walk.language(language);
                walk.page(name, path, QUESTIONNAIRE);
            }
            int questions = questionnaire.questionCount();
            questionnaire.fillPage();
            if (questionnaire.questionCount() > questions) {
                walk.current(name + "-answered", QUESTIONNAIRE);
            }
            try {
                if (questionnaire.moveOn()) {
                    break;
                }
            } catch (AssertionError refused) {
                walk.fail(name, "1366", "the walk could not move on from this page: " + refused.getMessage());
                return;
            }
        }
        for (String language : languages) {
            walk.language(language);
            walk.page("respond-thanks", path, PUBLIC);
        }
    }

    private static List<Visit> advisorPages(WalkScene scene) {
        return List.of(
                new Visit("index", "index.xhtml", PAGE),
                new Visit("companies", "companies/index.xhtml", PAGE),
                new Visit("company", "companies/company.xhtml?id=" + scene.company, PAGE),
                new Visit("company-edit", "companies/edit.xhtml?id=" + scene.company, PAGE),
                new Visit("fiche", "companies/fiche.xhtml?visit=" + scene.visit, PUBLIC),
                new Visit("applications", "companies/applications.xhtml", PAGE),
                new Visit("placements", "placements/index.xhtml", PAGE),
                new Visit("placement", "placements/placement.xhtml?id=" + scene.placement, PAGE),
                new Visit("surveys", "surveys/index.xhtml", PAGE),
                new Visit("mentorcourse", "mentorcourse/index.xhtml", PAGE),
                new Visit("mentorcourse-company", "mentorcourse/company.xhtml?company=" + scene.company, PAGE),
                new Visit("company-out-of-reach", "companies/company.xhtml?id=" + scene.otherCompany,
                        PAGE.withErrorMessage()),
                new Visit("mentorcourse-company-out-of-reach", "mentorcourse/company.xhtml?company=" + scene.otherCompany,
                        PAGE.withErrorMessage()));
    }

    private static List<Visit> analystPages(WalkScene scene) {
        return List.of(
                new Visit("index", "index.xhtml", PAGE),
                new Visit("companies", "companies/index.xhtml", PAGE),
                new Visit("company", "companies/company.xhtml?id=" + scene.company, PAGE),
                new Visit("fiche", "companies/fiche.xhtml?visit=" + scene.visit, PAGE),
                new Visit("placements", "placements/index.xhtml", PAGE),
                new Visit("placement", "placements/placement.xhtml?id=" + scene.placement, PAGE),
                new Visit("surveys", "surveys/index.xhtml", PAGE),
                new Visit("surveys-data", "surveys/data.xhtml", PAGE),
                new Visit("fieldwork", "fieldwork/index.xhtml", PAGE),
                new Visit("fieldwork-wave", "fieldwork/wave.xhtml?id=" + scene.wave, PAGE),
                new Visit("analysis", "analysis/index.xhtml", PAGE),
                new Visit("mentorcourse", "mentorcourse/index.xhtml", PAGE),
                new Visit("mentorcourse-figures", "mentorcourse/figures.xhtml", PAGE));
    }

    private static List<Visit> adminPages(WalkScene scene) {
        return List.of(
                new Visit("index", "index.xhtml", PAGE),
                new Visit("companies", "companies/index.xhtml", PAGE),
                new Visit("company", "companies/company.xhtml?id=" + scene.company, PAGE),
                new Visit("company-edit", "companies/edit.xhtml?id=" + scene.company, PAGE),
                new Visit("fiche", "companies/fiche.xhtml?visit=" + scene.visit, PAGE),
                new Visit("applications", "companies/applications.xhtml", PAGE),
                new Visit("placements", "placements/index.xhtml", PAGE),
                new Visit("placement", "placements/placement.xhtml?id=" + scene.placement, PAGE),
                new Visit("surveys", "surveys/index.xhtml", PAGE),
                new Visit("surveys-data", "surveys/data.xhtml", PAGE),
                new Visit("fieldwork", "fieldwork/index.xhtml", PAGE),
                new Visit("fieldwork-wave", "fieldwork/wave.xhtml?id=" + scene.wave, PAGE),
                new Visit("analysis", "analysis/index.xhtml", PAGE),
                new Visit("mentorcourse", "mentorcourse/index.xhtml", PAGE),
                new Visit("mentorcourse-company", "mentorcourse/company.xhtml?company=" + scene.company, PAGE),
                new Visit("mentorcourse-figures", "mentorcourse/figures.xhtml", PAGE),
                new Visit("admin-users", "admin/users.xhtml", PAGE),
                new Visit("admin-surveys", "admin/surveys.xhtml", PAGE),
                new Visit("admin-course", "admin/course.xhtml", PAGE),
                new Visit("admin-mail", "admin/mail.xhtml", PAGE));
    }

    /**
     * Signs in (a fresh session) and walks the role's pages in each language; the advisor's fiche
     * also section by section. Every entry of the role's menu must be among its pages; the links of
     * a part's own navigation ({@code .lwp-subnav}, the admin pages) are added to them.
     */
    private static void rolePages(PageWalk walk, WebDriver driver, String role, String user, List<Visit> pages) {
        walk.as(role);
        driver.manage().deleteAllCookies();
        driver.get(walk.url("login.xhtml"));
        driver.findElement(By.id("loginForm:username")).sendKeys(user);
        driver.findElement(By.id("loginForm:password")).sendKeys(user.equals(WalkScene.ADMIN)
                ? WalkScene.ADMIN_PASSWORD : WalkScene.PASSWORD);
        driver.findElement(By.id("loginForm:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("accountForm")));
        String root = URI.create(walk.url("")).getPath();
        List<Visit> all = new ArrayList<>(pages);
        Set<String> walked = new LinkedHashSet<>(pages.stream().map(v -> v.path().replaceAll("\\?.*", "")).toList());
        List<String> menu = driver.findElements(By.cssSelector("#menu a[href]")).stream()
                .map(link -> URI.create(link.getAttribute("href")).getPath().substring(root.length())).toList();
        for (String target : menu) {
            if (!walked.contains(target)) {
                walk.fail("menu", "1366", "the menu entry " + target + " is not in the walk");
            }
            // A part's own navigation (the admin pages) is walked whole, also the pages added later.
            driver.get(walk.url(target));
            for (WebElement link : driver.findElements(By.cssSelector(".lwp-subnav a[href]"))) {
                String page = URI.create(link.getAttribute("href")).getPath().substring(root.length());
                if (walked.add(page)) {
                    all.add(new Visit(page.replace(".xhtml", "").replace('/', '-'), page, PAGE));
                }
            }
        }
        walk.clearConsole();
        for (String language : BundleTexts.LANGUAGES) {
            walk.language(language);
            for (Visit page : all) {
                walk.page(page.name(), page.path(), page.expect());
                if ((role.equals("advisor") || role.equals("analyst")) && page.name().equals("fiche")) {
                    ficheSections(walk, driver);  // the advisor's fiche is editable, the analyst's read-only
                }
            }
        }
    }

    /**
     * Every other section of the fiche (their buttons are outlined), reached by its button: no load of
     * its own. Each must show its own title and questions, not the section shown before it (a
     * read-only fiche once kept showing its first section's questions).
     */
    private static void ficheSections(PageWalk walk, WebDriver driver) {
        List<String> sections = driver.findElements(By.cssSelector("button[data-section]")).stream()
                .filter(b -> b.getAttribute("class").contains("ui-button-outlined"))
                .map(b -> b.getAttribute("data-section")).toList();
        List<String> before = questionCodes(driver);
        for (String section : sections) {
            driver.findElement(By.cssSelector("button[data-section='" + section + "']")).click();
            walk.current("fiche-" + section, PUBLIC);
            String shown = driver.findElement(By.id("sectionTitle")).getAttribute("data-section");
            List<String> codes = questionCodes(driver);
            if (!section.equals(shown) || !codes.isEmpty() && codes.equals(before)) {
                walk.fail("fiche-" + section, "all", "the section's button shows section " + shown + " with questions "
                        + codes + " (before: " + before + ")");
            }
            before = codes;
        }
    }

    private static List<String> questionCodes(WebDriver driver) {
        return driver.findElements(By.cssSelector("fieldset.lwp-question[data-code]")).stream()
                .map(question -> question.getAttribute("data-code")).toList();
    }

    /** A short name for a title: ascii, lower case, hyphens, at most 24 characters. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 24 ? slug.substring(0, 24).replaceAll("-$", "") : slug;
    }

    private static void clean(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
    }
}
