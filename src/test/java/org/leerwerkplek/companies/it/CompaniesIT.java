package org.leerwerkplek.companies.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leerwerkplek.platform.it.FundDay;
import org.leerwerkplek.platform.it.Browser;
import org.leerwerkplek.platform.it.Mailbox;
import org.leerwerkplek.platform.it.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The company register on a running Payara Micro: access per advisor through the API and the
 * pages, the optimistic lock on a fiche, the all-or-nothing import and an advisor's round in the
 * browser (company, visit, fiche, suitability, accepted support action on the start page).
 */
@ExtendWith(ArquillianExtension.class)
class CompaniesIT {

    private static final String ADMIN = System.getProperty("lwp.it.adminUser", "it-admin");
    private static final String ADMIN_PASSWORD = System.getProperty("lwp.it.adminPassword");
    private static final String PASSWORD = "Werfleider-Gent-2026";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lwp.war")));
    }

    @Test
    void anAdvisorCannotReachAnotherAdvisorsCompanyByChangingTheId() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String bert = createUser(client, "ADVISOR");
        String analyst = createUser(client, "ANALYST");
        long ofAn = register(client, an, "Bouw An", "ANTWERPEN");

        assertEquals(200, client.api("GET", "/api/v1/companies/" + ofAn, an, PASSWORD, null).statusCode());
        HttpResponse<String> byBert = client.api("GET", "/api/v1/companies/" + ofAn, bert, PASSWORD, null);
        assertEquals(404, byBert.statusCode(), byBert.body());
        assertEquals(404, client.api("POST", "/api/v1/companies/" + ofAn + "/visits", bert, PASSWORD,
                "{\"date\":\"" + FundDay.today() + "\"}").statusCode());
        assertEquals(404, client.api("GET", "/api/v1/companies/" + ofAn + "/visits", bert, PASSWORD, null).statusCode());
        JsonObject list = WebClient.json(client.api("GET", "/api/v1/companies?size=500", bert, PASSWORD, null)).asJsonObject();
        assertTrue(list.getJsonArray("items").stream().noneMatch(i -> i.asJsonObject().getInt("id") == ofAn),
                "not in bert's list either");

        JsonObject read = WebClient.json(client.api("GET", "/api/v1/companies/" + ofAn, analyst, PASSWORD, null)).asJsonObject();
        assertTrue(read.getBoolean("pseudonymised"));
        assertTrue(!read.toString().contains("Jan Peeters"), "no personal data for analysts: " + read);
        assertEquals(403, client.api("POST", "/api/v1/companies", analyst, PASSWORD, body("0403.170.701", "X", "LUIK")).statusCode());

        client.signIn(bert, PASSWORD);
        HttpResponse<String> page = client.get("/companies/company.xhtml?id=" + ofAn);
        assertEquals(200, page.statusCode());
        assertTrue(!page.body().contains("Bouw An") && !page.body().contains("id=\"details\"")
                && page.body().contains("ui-messages-error"), "the page shows only that it is out of reach: " + page.body());

        assertEquals(200, client.api("PUT", "/api/v1/companies/" + ofAn + "/advisor", ADMIN, ADMIN_PASSWORD,
                "{\"advisor\":\"" + bert + "\"}").statusCode());
        assertEquals(200, client.api("GET", "/api/v1/companies/" + ofAn, bert, PASSWORD, null).statusCode(),
                "after an admin reassigned it");
    }

    /**
     * The list's page is read either from the sort index, checking each company (when most
     * companies match), or from the matches sorted; both give the same rows in the same order,
     * for every sort column each way, and the subsector checked on the page (the repeated codes)
     * agrees with the count (the activity table).
     */
    @Test
    void everySortGivesTheSameOrderWhetherThePageIsReadFromTheIndexOrFromTheMatches() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (String[] company : new String[][] {{"Aa " + tag, "LUIK", "\"RUWBOUW\",\"DAKWERKEN\"", "12"},
                {"Bb " + tag, "ANTWERPEN", "\"RUWBOUW\"", "3"}, {"Bb " + tag, "LIMBURG", "\"DAKWERKEN\"", "40"},
                {"Cc " + tag, "ANTWERPEN", "\"RUWBOUW\"", "3"}}) {
            HttpResponse<String> created = client.api("POST", "/api/v1/companies", an, PASSWORD, "{\"enterpriseNumber\":\""
                    + validNumber() + "\",\"name\":\"" + company[0] + "\",\"province\":\"" + company[1]
                    + "\",\"subsectors\":[" + company[2] + "],\"employees\":" + company[3]
                    + ",\"contacts\":[{\"name\":\"Jan Peeters\",\"email\":\"jan@example.be\"}]}");
            assertEquals(201, created.statusCode(), created.body());
        }
        // a size class sorted by employees is read as its range of employees: the page must agree with the count (size_class)
        for (String filter : List.of("", "subsector=RUWBOUW&", "subsector=DAKWERKEN&", "sizeClass=FROM_0_TO_4&",
                "sizeClass=FROM_20_TO_49&")) {
            for (String sort : List.of("name", "number", "city", "province", "employees", "advisor", "suitability",
                    "updatedAt")) {
                for (String order : List.of("asc", "desc")) {
                    String list = "/api/v1/companies?" + filter + "sort=" + sort + "&order=" + order;
                    JsonObject all = WebClient.json(client.api("GET", list + "&size=500", ADMIN, ADMIN_PASSWORD, null))
                            .asJsonObject();
                    long total = all.getJsonNumber("total").longValue();
                    assertTrue(total < 500, "the whole list on one page: " + total);
                    assertEquals(total, all.getJsonArray("items").size(), list + ": the page agrees with the count");
                    List<Long> whole = all.getJsonArray("items").stream()
                            .map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
                    List<Long> paged = new java.util.ArrayList<>();
                    for (int first = 0; first < Math.min(total, 12); first += 3) {
                        HttpResponse<String> page = client.api("GET", list + "&size=3&first=" + first, ADMIN,
                                ADMIN_PASSWORD, null);
                        assertEquals(200, page.statusCode(), page.body());
                        WebClient.json(page).asJsonObject().getJsonArray("items").forEach(
                                i -> paged.add(i.asJsonObject().getJsonNumber("id").longValue()));
                    }
                    assertEquals(whole.subList(0, paged.size()), paged, list);
                }
            }
        }
    }

    /**
     * The name search of three or more characters is answered from company_name_part (V42): the
     * parts follow the name when a company is created and changed, a piece inside a word, across
     * words and of more than twelve characters is found as with LIKE, an advisor finds only the
     * companies it reaches, and an erased company is gone from the parts (their key refers to it).
     */
    @Test
    void theNameSearchFollowsTheNameOnCreateChangeAndErasure() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String other = createUser(client, "ADVISOR");
        String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        long mine = register(client, an, "Kwartsiet" + tag + " Renovatie", "LUIK");
        long theirs = register(client, other, "Kwartsiet" + tag + " Gevelbouw", "LIMBURG");

        assertEquals(List.of(theirs, mine), search(client, ADMIN, ADMIN_PASSWORD, "TSIET" + tag), "by name");
        assertEquals(List.of(theirs), search(client, ADMIN, ADMIN_PASSWORD, "iet" + tag + " gevelbo"), "across words");
        assertEquals(List.of(mine), search(client, ADMIN, ADMIN_PASSWORD, "kwartsiet" + tag + " renovatie"),
                "longer than a part");
        assertEquals(List.of(), search(client, ADMIN, ADMIN_PASSWORD, "tsiet" + tag + "  renovatie"));
        assertEquals(List.of(mine), search(client, an, PASSWORD, "tsiet" + tag), "an advisor: only its own");

        JsonObject details = WebClient.json(client.api("GET", "/api/v1/companies/" + mine, an, PASSWORD, null)).asJsonObject();
        HttpResponse<String> changed = client.api("PUT", "/api/v1/companies/" + mine, an, PASSWORD, change(details,
                "Basalt" + tag + " Renovatie", "[]", details.getJsonNumber("version").longValue()));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(List.of(theirs), search(client, ADMIN, ADMIN_PASSWORD, "kwartsiet" + tag));
        assertEquals(List.of(mine), search(client, ADMIN, ADMIN_PASSWORD, "salt" + tag + " ren"));
        assertTrue(search(client, ADMIN, ADMIN_PASSWORD, "ie").contains(mine), "two characters: the name itself");

        JsonObject kept = WebClient.json(client.api("GET", "/api/v1/companies/" + theirs, ADMIN, ADMIN_PASSWORD, null))
                .asJsonObject();
        HttpResponse<String> erased = client.api("POST", "/api/v1/companies/" + theirs + "/erase", ADMIN, ADMIN_PASSWORD,
                "{\"version\":" + kept.getJsonNumber("version") + "}");
        assertEquals(200, erased.statusCode(), erased.body());
        assertEquals(List.of(), search(client, ADMIN, ADMIN_PASSWORD, "kwartsiet" + tag));
    }

    /**
     * A subsector with a size class is answered from company_subsector, which repeats the company's
     * size class (V45): the copy follows the company when it is created and when its activities and
     * employees change, the list agrees with its count, and an advisor still sees only its reach.
     */
    @Test
    void aSubsectorWithASizeClassFollowsTheCompanyOnCreateAndChange() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String other = createUser(client, "ADVISOR");
        long company = register(client, an, "Leisteen " + UUID.randomUUID().toString().substring(0, 6), "LUIK");
        String small = "subsector=RUWBOUW&sizeClass=FROM_0_TO_4";
        String larger = "subsector=DAKWERKEN&sizeClass=FROM_10_TO_19";

        assertTrue(listed(client, ADMIN, ADMIN_PASSWORD, small).contains(company), "three employees, RUWBOUW");
        assertFalse(listed(client, ADMIN, ADMIN_PASSWORD, larger).contains(company));
        assertTrue(listed(client, an, PASSWORD, small).contains(company), "its advisor");
        assertFalse(listed(client, other, PASSWORD, small).contains(company), "not another advisor");

        JsonObject details = WebClient.json(client.api("GET", "/api/v1/companies/" + company, an, PASSWORD, null))
                .asJsonObject();
        HttpResponse<String> changed = client.api("PUT", "/api/v1/companies/" + company, an, PASSWORD,
                "{\"enterpriseNumber\":\"" + details.getString("enterpriseNumber") + "\",\"name\":\""
                        + details.getString("name") + "\",\"province\":\"LUIK\",\"subsectors\":[\"DAKWERKEN\",\"RUWBOUW\"],"
                        + "\"employees\":12,\"contacts\":[],\"version\":" + details.getJsonNumber("version") + "}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertFalse(listed(client, ADMIN, ADMIN_PASSWORD, small).contains(company), "twelve employees now");
        assertTrue(listed(client, ADMIN, ADMIN_PASSWORD, larger).contains(company), "a new activity, a new size class");
        assertTrue(listed(client, ADMIN, ADMIN_PASSWORD, "subsector=RUWBOUW&sizeClass=FROM_10_TO_19&province=LUIK")
                .contains(company), "the kept activity follows too");
        assertTrue(listed(client, an, PASSWORD, larger).contains(company));
        assertFalse(listed(client, other, PASSWORD, larger).contains(company));
    }

    /** The ids a filter lists for a caller, every sort each way giving the same set, the count agreeing. */
    private Set<Long> listed(WebClient client, String user, String password, String filter)
            throws IOException, InterruptedException {
        Set<Long> first = null;
        for (String sort : List.of("name", "city", "suitability", "updatedAt")) {
            for (String order : List.of("asc", "desc")) {
                HttpResponse<String> list = client.api("GET", "/api/v1/companies?size=500&" + filter + "&sort=" + sort
                        + "&order=" + order, user, password, null);
                assertEquals(200, list.statusCode(), list.body());
                JsonObject page = WebClient.json(list).asJsonObject();
                Set<Long> ids = page.getJsonArray("items").stream()
                        .map(i -> i.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
                assertEquals(page.getJsonNumber("total").longValue(), ids.size(), filter + ": the count agrees with the page");
                if (first != null) {
                    assertEquals(first, ids, filter + " by " + sort + " " + order);
                }
                first = ids;
            }
        }
        return first;
    }

    /** The ids a search lists for a caller, sorted by name then id (all on one page). */
    private List<Long> search(WebClient client, String user, String password, String text)
            throws IOException, InterruptedException {
        HttpResponse<String> list = client.api("GET", "/api/v1/companies?size=500&search="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8), user, password, null);
        assertEquals(200, list.statusCode(), list.body());
        JsonObject page = WebClient.json(list).asJsonObject();
        List<Long> ids = page.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(page.getJsonNumber("total").longValue(), ids.size(), text + ": the count agrees with the page");
        return ids;
    }

    @Test
    void theSecondSaveOnAnOlderCopyOfAFicheIsAConflict() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        long company = register(client, an, "Dak en Co", "LIMBURG");
        HttpResponse<String> planned = client.api("POST", "/api/v1/companies/" + company + "/visits", an, PASSWORD,
                "{\"date\":\"" + FundDay.today() + "\",\"interviewee\":\"Jan Peeters\"}");
        assertEquals(201, planned.statusCode(), planned.body());
        long visit = WebClient.json(planned).asJsonObject().getJsonNumber("id").longValue();
        String fichePath = "/api/v1/companies/visits/" + visit + "/fiche";
        JsonObject fiche = WebClient.json(client.api("GET", fichePath, an, PASSWORD, null)).asJsonObject();
        long version = fiche.getJsonNumber("version").longValue();
        assertEquals("Jan Peeters", fiche.getJsonObject("answers").getString("F0_GESPREKSPARTNER"), "pre-filled from the visit");

        HttpResponse<String> first = client.api("PUT", fichePath + "/bedrijf", an, PASSWORD,
                "{\"version\":" + version + ",\"answers\":{\"F1_WERKNEMERS\":3}}");
        HttpResponse<String> second = client.api("PUT", fichePath + "/bedrijf", an, PASSWORD,
                "{\"version\":" + version + ",\"answers\":{\"F1_WERKNEMERS\":40}}");

        assertEquals(200, first.statusCode(), first.body());
        assertTrue(!WebClient.json(first).asJsonObject().getBoolean("complete"), "required answers missing: incomplete");
        assertEquals(409, second.statusCode(), second.body());
        assertTrue(second.body().contains(an), "names who saved in between: " + second.body());
        JsonObject after = WebClient.json(client.api("GET", fichePath, an, PASSWORD, null)).asJsonObject();
        assertEquals("3", after.getJsonObject("answers").getString("F1_WERKNEMERS"), "the first save is kept, not overwritten");
        assertTrue(after.getJsonArray("incompleteSections").toString().contains("bedrijf"));

        HttpResponse<String> far = client.api("POST", "/api/v1/companies/" + company + "/visits", an, PASSWORD,
                "{\"date\":\"" + FundDay.today().plusYears(3) + "\"}");
        assertEquals(400, far.statusCode());
        assertTrue(far.body().contains("toekomst"), far.body());

        JsonObject details = WebClient.json(client.api("GET", "/api/v1/companies/" + company, an, PASSWORD, null)).asJsonObject();
        long companyVersion = details.getJsonNumber("version").longValue();
        String path = "/api/v1/companies/" + company;
        HttpResponse<String> badMail = client.api("PUT", path, an, PASSWORD, change(details, "Dak en Co bv",
                "[{\"name\":\"An\",\"email\":\"an-at-dak.be\"}]", companyVersion));
        assertEquals(400, badMail.statusCode(), badMail.body());
        assertTrue(badMail.body().contains("an-at-dak.be is geen e-mailadres"), badMail.body());
        HttpResponse<String> mine = client.api("PUT", path, an, PASSWORD, change(details, "Dak en Co bv",
                "[{\"name\":\"An\",\"email\":\"an@dak.be\"},{\"name\":\"Bert\",\"phone\":\"011 22 33 44\",\"language\":\"fr\"}]",
                companyVersion));
        HttpResponse<String> theirs = client.api("PUT", path, an, PASSWORD, change(details, "Dak en Co nv", "[]", companyVersion));
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals(409, theirs.statusCode(), theirs.body());
        assertTrue(theirs.body().contains("intussen gewijzigd"), theirs.body());
        JsonObject kept = WebClient.json(client.api("GET", path, an, PASSWORD, null)).asJsonObject();
        assertEquals("Dak en Co bv", kept.getString("name"), "the first save is kept");
        assertEquals(2, kept.getJsonArray("contacts").size());
        assertEquals("fr", kept.getJsonArray("contacts").getJsonObject(1).getString("language"));

        long ficheVersion = WebClient.json(client.api("GET", fichePath, an, PASSWORD, null)).asJsonObject()
                .getJsonNumber("version").longValue();
        HttpResponse<String> mentor = client.api("PUT", fichePath + "/leerwerkplek", an, PASSWORD,
                "{\"version\":" + ficheVersion + ",\"answers\":{\"F2_MENTOR\":\"JA\",\"F2_MENTOR_OPLEIDING\":\"NEE\"}}");
        assertEquals(200, mentor.statusCode(), mentor.body());
        HttpResponse<String> accepted = client.api("POST", "/api/v1/companies/visits/" + visit + "/actions", an, PASSWORD,
                "{\"form\":\"MENTOROPLEIDING\",\"owner\":\"" + an + "\",\"due\":\"" + FundDay.today().plusDays(3) + "\"}");
        assertEquals(201, accepted.statusCode(), accepted.body());
        JsonObject action = WebClient.json(accepted).asJsonObject();
        String actionPath = "/api/v1/companies/actions/" + action.getJsonNumber("id").longValue();
        long actionVersion = action.getJsonNumber("version").longValue();
        HttpResponse<String> done = client.api("PUT", actionPath, an, PASSWORD, "{\"owner\":\"" + an + "\",\"due\":\""
                + FundDay.today().plusDays(3) + "\",\"status\":\"DONE\",\"version\":" + actionVersion + "}");
        HttpResponse<String> moved = client.api("PUT", actionPath, an, PASSWORD, "{\"owner\":\"bert\",\"due\":\""
                + FundDay.today().plusDays(9) + "\",\"status\":\"OPEN\",\"version\":" + actionVersion + "}");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals(409, moved.statusCode(), "a change on an older copy of the action: " + moved.body());
        JsonObject plan = WebClient.json(client.api("GET", "/api/v1/companies/" + company + "/actions", an, PASSWORD, null))
                .asJsonArray().getJsonObject(0);
        assertEquals("DONE", plan.getString("status"));
        assertEquals(an, plan.getString("owner"), "the second change did not overwrite the first");
    }

    @Test
    void anAnalystSeesThePeopleOfACompanyAsStablePseudonyms() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String analyst = createUser(client, "ANALYST");
        long company = register(client, an, "Tegelwerk Aerts", "LUIK");
        HttpResponse<String> planned = client.api("POST", "/api/v1/companies/" + company + "/visits", an, PASSWORD,
                "{\"date\":\"" + FundDay.today() + "\",\"interviewee\":\"Marie Aerts\"}");
        assertEquals(201, planned.statusCode(), planned.body());
        long visit = WebClient.json(planned).asJsonObject().getJsonNumber("id").longValue();

        JsonObject read = WebClient.json(client.api("GET", "/api/v1/companies/" + company, analyst, PASSWORD, null)).asJsonObject();
        JsonObject contact = read.getJsonArray("contacts").getJsonObject(0);
        String pseudonym = contact.getString("name");
        assertTrue(pseudonym.matches("Contact [0-9a-f]{4}"), pseudonym);
        assertEquals(pseudonym, contact.getString("email"), "the address is replaced too");
        assertTrue(!read.toString().contains("Jan Peeters") && !read.toString().contains("jan@example.be"), read.toString());
        JsonObject again = WebClient.json(client.api("GET", "/api/v1/companies/" + company, analyst, PASSWORD, null)).asJsonObject();
        assertEquals(pseudonym, again.getJsonArray("contacts").getJsonObject(0).getString("name"), "stable");
        JsonObject byAdvisor = WebClient.json(client.api("GET", "/api/v1/companies/" + company, an, PASSWORD, null)).asJsonObject();
        assertEquals("Jan Peeters", byAdvisor.getJsonArray("contacts").getJsonObject(0).getString("name"));
        assertEquals("jan@example.be", byAdvisor.getJsonArray("contacts").getJsonObject(0).getString("email"));

        JsonObject shownVisit = WebClient.json(client.api("GET", "/api/v1/companies/" + company + "/visits", analyst,
                PASSWORD, null)).asJsonArray().getJsonObject(0);
        String interviewee = shownVisit.getString("interviewee");
        assertTrue(interviewee.matches("Contact [0-9a-f]{4}"), interviewee);
        String fichePath = "/api/v1/companies/visits/" + visit + "/fiche";
        JsonObject answers = WebClient.json(client.api("GET", fichePath, analyst, PASSWORD, null)).asJsonObject()
                .getJsonObject("answers");
        assertEquals(interviewee, answers.getString("F0_GESPREKSPARTNER"), "the same pseudonym in the fiche");
        assertTrue(!answers.containsKey("F0_ADVISEUR"), answers.toString());
        assertEquals("Marie Aerts", WebClient.json(client.api("GET", fichePath, an, PASSWORD, null)).asJsonObject()
                .getJsonObject("answers").getString("F0_GESPREKSPARTNER"));

        WebClient pages = new WebClient(base);
        pages.signIn(analyst, PASSWORD);
        String page = pages.get("/companies/company.xhtml?id=" + company).body();
        assertTrue(page.contains(pseudonym) && page.contains(interviewee), "the page shows the pseudonyms");
        assertTrue(!page.contains("Jan Peeters") && !page.contains("jan@example.be") && !page.contains("Marie Aerts"),
                "and no names or addresses");
    }

    @Test
    void anImportIsAllOrNothingWithLineAndColumn() throws Exception {
        WebClient client = new WebClient(base);
        String bad = "enterprise_number,name,province,subsectors\n"
                + "0207.437.468,Goed,ANTWERPEN,RUWBOUW\n"
                + "0207.437.469,Fout,ANTWERPEN,RUWBOUW\n"
                + "0202.239.951,Onbekend,LIMBURG,BAKKERIJ\n";
        HttpResponse<String> refused = client.csv("/api/v1/companies/import", ADMIN, ADMIN_PASSWORD, bad);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonArray problems = WebClient.json(refused).asJsonObject().getJsonArray("problems");
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(3, problems.getJsonObject(0).getInt("line"));
        assertEquals(1, problems.getJsonObject(0).getInt("column"));
        assertEquals(4, problems.getJsonObject(1).getInt("column"));
        assertEquals(0, count(client, "0207437468"), "nothing stored");

        HttpResponse<String> good = client.csv("/api/v1/companies/import", ADMIN, ADMIN_PASSWORD,
                "enterprise_number,name,province\n0207.437.468,Goed,ANTWERPEN\n");
        assertEquals(200, good.statusCode(), good.body());
        assertEquals(1, count(client, "0207437468"));
        HttpResponse<String> again = client.csv("/api/v1/companies/import", ADMIN, ADMIN_PASSWORD,
                "enterprise_number,name,province\n0207.437.468,Goed,ANTWERPEN\n");
        assertEquals(422, again.statusCode(), "a number already in the register");
        JsonObject registered = WebClient.json(again).asJsonObject().getJsonArray("problems").getJsonObject(0);
        assertEquals(2, registered.getInt("line"));
        assertEquals(1, registered.getInt("column"), "in the number's cell, where a wrong check digit is reported too");
    }

    @Test
    void anAdvisorRecordsAVisitFillsTheFicheAndAcceptsAProposedSupportAction() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        WebDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("loginForm:username")).sendKeys(an);
            browser.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
            browser.findElement(By.id("loginForm:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("parts")));

            browser.get(base + "companies/index.xhtml");
            browser.findElement(By.id("newCompany:number")).sendKeys("0403.170.702");
            browser.findElement(By.id("newCompany:name")).sendKeys("Schrijnwerk Claes");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('newCompany:province_input').value='ANTWERPEN';");
            browser.findElement(By.id("newCompany:save")).click();
            wait.until(textOf("messages", "controlecijfers"));

            browser.findElement(By.id("newCompany:number")).clear();
            browser.findElement(By.id("newCompany:number")).sendKeys("0403.170.701");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('newCompany:province_input').value='ANTWERPEN';"
                    + "document.querySelector('input[name=\"newCompany:systems\"][value=\"DBSO\"]').checked = true;");
            browser.findElement(By.id("newCompany:save")).click();
            wait.until(textOf("messages", "Stelsels gelden alleen"));
            assertTrue(browser.findElements(By.id("details")).isEmpty(), "a system without recognition is refused, not dropped");

            ((JavascriptExecutor) browser).executeScript("document.getElementById('newCompany:province_input').value='ANTWERPEN';"
                    + "document.getElementById('newCompany:recognised_input').checked = true;"
                    + "document.querySelector('input[name=\"newCompany:systems\"][value=\"DBSO\"]').checked = true;");
            browser.findElement(By.id("newCompany:save")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("details")));
            assertEquals("0403.170.701", browser.findElement(By.id("number")).getText());
            assertEquals("Deeltijds beroepssecundair onderwijs", browser.findElement(By.id("systems")).getText(),
                    "stored and shown");
            String companyPage = browser.getCurrentUrl();

            browser.findElement(By.id("edit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editCompany:addContact")));
            browser.findElement(By.id("editCompany:addContact")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset[data-contact='0'] input[id$='contactName']")));
            browser.findElement(By.cssSelector("fieldset[data-contact='0'] input[id$='contactName']")).sendKeys("Piet Claes");
            browser.findElement(By.cssSelector("fieldset[data-contact='0'] input[id$='contactEmail']")).sendKeys("piet-at-claes.be");
            browser.findElement(By.id("editCompany:addContact")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset[data-contact='1'] input[id$='contactName']")));
            browser.findElement(By.cssSelector("fieldset[data-contact='1'] input[id$='contactName']")).sendKeys("Els Claes");
            browser.findElement(By.id("editCompany:save")).click();
            wait.until(textOf("messages", "piet-at-claes.be is geen e-mailadres"));
            WebElement email = browser.findElement(By.cssSelector("fieldset[data-contact='0'] input[id$='contactEmail']"));
            email.clear();
            email.sendKeys("piet@claes.be");
            browser.findElement(By.id("editCompany:save")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("details")));
            String contacts = browser.findElement(By.id("contacts")).getText();
            assertTrue(contacts.contains("piet@claes.be") && contacts.contains("Els Claes"), contacts);

            browser.findElement(By.id("visitForm:interviewee")).sendKeys("Piet Claes");
            browser.findElement(By.id("visitForm:plan")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[id$='openFiche']")));
            browser.findElement(By.cssSelector("a[id$='openFiche']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sectionTitle")));

            browser.findElement(By.cssSelector("button[data-section='leerwerkplek']")).click();
            wait.until(textOf("sectionTitle", "leerwerkplek"));
            browser.findElement(By.xpath("//fieldset[@data-code='F2_MENTOR']//label[normalize-space()='Ja']")).click();
            Browser.awaitAjax(browser);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset[data-code='F2_MENTOR_OPLEIDING']")));
            browser.findElement(By.xpath("//fieldset[@data-code='F2_MENTOR_OPLEIDING']//label[normalize-space()='Nee']")).click();
            Browser.awaitAjax(browser);
            browser.findElement(By.id("ficheForm:save")).click();
            Browser.awaitAjax(browser);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("span[data-form='MENTOROPLEIDING']")));

            String row = "//span[@data-form='MENTOROPLEIDING']/ancestor::tr";
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                    browser.findElement(By.xpath(row + "//input[contains(@id,'due')]")), FundDay.today().plusDays(3).toString());
            browser.findElement(By.xpath(row + "//button[contains(@id,'accept')]")).click();
            Browser.awaitAjax(browser);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decided")));
            String decided = browser.findElement(By.id("decided")).getText();
            assertTrue(decided.contains("Mentoropleiding") && !decided.contains("MENTOROPLEIDING"), "the form's name: " + decided);

            browser.get(base + "index.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dueActions")));
            assertTrue(browser.findElement(By.id("dueActions")).getText().contains("Schrijnwerk Claes"),
                    "the accepted action, due in three days, is on the advisor's start page");

            browser.get(companyPage);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("select[id$='status']")));
            new Select(browser.findElement(By.cssSelector("select[id$='status']"))).selectByValue("DONE");
            browser.findElement(By.cssSelector("button[id$='saveAction']")).click();
            Browser.awaitAjax(browser);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("select[id$='status']")));
            assertTrue(browser.findElement(By.id("actionsForm:actions")).getText().contains("Afgerond"));
            browser.get(base + "index.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dueActions")));
            assertTrue(!browser.findElement(By.id("dueActions")).getText().contains("Schrijnwerk Claes"),
                    "a done action leaves the start page");
        } finally {
            browser.quit();
        }
    }

    @Test
    void systemsWithoutRecognitionAreRefusedAndWithItStoredAndShown() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String number = validNumber();
        HttpResponse<String> refused = client.api("POST", "/api/v1/companies", an, PASSWORD, "{\"enterpriseNumber\":\""
                + number + "\",\"name\":\"Stelsel bv\",\"province\":\"LIMBURG\",\"recognised\":false,\"systems\":[\"DUAAL_LEREN\"]}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("erkend leerbedrijf"), "says why: " + refused.body());
        assertEquals(0, count(client, number), "nothing stored");

        HttpResponse<String> stored = client.api("POST", "/api/v1/companies", an, PASSWORD, "{\"enterpriseNumber\":\""
                + number + "\",\"name\":\"Stelsel bv\",\"province\":\"LIMBURG\",\"recognised\":true,\"systems\":[\"DUAAL_LEREN\"]}");
        assertEquals(201, stored.statusCode(), stored.body());
        long id = WebClient.json(stored).asJsonObject().getJsonNumber("id").longValue();
        WebClient pages = new WebClient(base);
        pages.signIn(an, PASSWORD);
        String page = pages.get("/companies/company.xhtml?id=" + id).body();
        assertTrue(page.contains("id=\"systems\">Duaal leren</dd>"), "the company page shows the systems: " + page);
    }

    @Test
    void anActionOwnedByAnAdvisorIsOnThatAdvisorsStartPageAndAnEmptyFicheIsNotJudged() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String bert = createUser(client, "ADVISOR");
        long company = register(client, an, "Opvolging Aerts", "ANTWERPEN");
        HttpResponse<String> planned = client.api("POST", "/api/v1/companies/" + company + "/visits", an, PASSWORD,
                "{\"date\":\"" + FundDay.today() + "\"}");
        long visit = WebClient.json(planned).asJsonObject().getJsonNumber("id").longValue();

        WebClient anPages = new WebClient(base);
        anPages.signIn(an, PASSWORD);
        String fiche = anPages.get("/companies/fiche.xhtml?visit=" + visit).body();
        assertTrue(fiche.contains("Nog niet te beoordelen") && !fiche.contains("Nog niet geschikt"),
                "an empty fiche is not judged: " + fiche);
        for (String form : new String[] {"MENTOROPLEIDING", "EXTERNE_COACHING", "ADMINISTRATIEVE_HULP"}) {
            assertTrue(!fiche.contains("data-form=\"" + form + "\""), "nothing proposed from unanswered questions: " + form);
        }
        assertTrue(fiche.contains("data-form=\"PROEFPERIODE\""),
                "the one proposal rests on an answer given: 3 employees, from the register");
        assertTrue(fiche.contains("Is er in het bedrijf een mentor aangeduid voor werkpleklerenden?"),
                "names the open questions by their labels");
        JsonObject answers = WebClient.json(client.api("GET", "/api/v1/companies/visits/" + visit + "/fiche", an, PASSWORD,
                null)).asJsonObject().getJsonObject("answers");
        assertEquals("3", answers.getString("F1_WERKNEMERS"), "pre-filled from the register");
        assertEquals("ANTWERPEN", answers.getString("F1_REGIO"));
        assertEquals("Advisor " + an, answers.getString("F0_ADVISEUR"), "the advisor's name, not the login");

        long version = WebClient.json(client.api("GET", "/api/v1/companies/visits/" + visit + "/fiche", an, PASSWORD,
                null)).asJsonObject().getJsonNumber("version").longValue();
        assertEquals(200, client.api("PUT", "/api/v1/companies/visits/" + visit + "/fiche/leerwerkplek", an, PASSWORD,
                "{\"version\":" + version + ",\"answers\":{\"F2_MENTOR\":\"JA\",\"F2_MENTOR_OPLEIDING\":\"NEE\"}}").statusCode());
        HttpResponse<String> byName = client.api("POST", "/api/v1/companies/visits/" + visit + "/actions", an, PASSWORD,
                "{\"form\":\"MENTOROPLEIDING\",\"owner\":\"Advisor " + bert + "\",\"due\":\"" + FundDay.today().plusDays(40) + "\"}");
        assertEquals(400, byName.statusCode(), "the owner is an account, not a typed name: " + byName.body());
        HttpResponse<String> accepted = client.api("POST", "/api/v1/companies/visits/" + visit + "/actions", an, PASSWORD,
                "{\"form\":\"MENTOROPLEIDING\",\"owner\":\"" + bert + "\",\"due\":\"" + FundDay.today().plusDays(10) + "\"}");
        assertEquals(201, accepted.statusCode(), accepted.body());
        assertEquals("Advisor " + bert, WebClient.json(accepted).asJsonObject().getString("ownerName"));

        WebClient bertPages = new WebClient(base);
        bertPages.signIn(bert, PASSWORD);
        String start = bertPages.get("/index.xhtml").body();
        assertTrue(start.contains("Opvolging Aerts"), "the action bert owns is on bert's start page: " + start);
        assertTrue(section(start, "dueActions").contains("Opvolging Aerts"), "among bert's actions due");
        assertTrue(!section(anPages.get("/index.xhtml").body(), "dueActions").contains("Opvolging Aerts"),
                "and not among an's, who visited the company but does not own the action");
        assertTrue(bertPages.get("/companies/company.xhtml?id=" + company).body().contains("id=\"details\""),
                "the owner opens the company from its start page");
        String companyPage = anPages.get("/companies/company.xhtml?id=" + company).body();
        assertTrue(companyPage.contains("Advisor " + bert), "the owner by name on the company page");
    }

    /**
     * Issue 15: a placement started from its company's page goes through all seven phases with one
     * step back (which needs a reason), each move in its history; the pipeline counts it, in
     * aftercare and as having reached "plaatsing baan"; a company registered before keeps no phase of its own.
     */
    @Test
    void aPlacementGoesThroughTheSevenPhasesWithAStepBackAndThePipelineCountsIt() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        long company = register(client, an, "Plaatsing Wouters", "LIMBURG");
        assertTrue(!WebClient.json(client.api("GET", "/api/v1/companies/" + company, an, PASSWORD, null)).asJsonObject()
                .containsKey("phase"), "the company holds no phase of its own any more");
        WebDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("loginForm:username")).sendKeys(an);
            browser.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
            browser.findElement(By.id("loginForm:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("parts")));

            browser.get(base + "companies/company.xhtml?id=" + company);
            browser.findElement(By.cssSelector("[id$='startPlacement']")).click();
            wait.until(ExpectedConditions.textToBe(By.id("phase"), "Werving werkgevers"));
            String[] phases = {"Werving kandidaten", "Bemiddeling", "Plaatsing en inschrijving", "Praktijkleren",
                    "Plaatsing baan", "Nazorg"};
            for (int i = 0; i < phases.length; i++) {
                if (i == 2) {
                    browser.findElement(By.id("moveForm:back")).click();
                    wait.until(textOf("messages", "Geef de reden"));
                    assertEquals("Bemiddeling", browser.findElement(By.id("phase")).getText(), "no step back without a reason");
                    browser.findElement(By.id("moveForm:reason")).sendKeys("Kandidaat haakte af");
                    browser.findElement(By.id("moveForm:back")).click();
                    wait.until(ExpectedConditions.textToBe(By.id("phase"), "Werving kandidaten"));
                    browser.findElement(By.id("moveForm:forward")).click();
                    wait.until(ExpectedConditions.textToBe(By.id("phase"), "Bemiddeling"));
                }
                browser.findElement(By.id("moveForm:forward")).click();
                wait.until(ExpectedConditions.textToBe(By.id("phase"), phases[i]));
            }
            assertTrue(browser.findElements(By.id("moveForm:forward")).isEmpty(), "aftercare is the last phase");
            String history = browser.findElement(By.id("history")).getText();
            assertTrue(history.contains("Kandidaat haakte af") && history.contains("terug"), "the step back and why: " + history);
            assertEquals(9, browser.findElements(By.cssSelector("#history tbody tr")).size(),
                    "start, six moves forward, the step back and the move forward again: " + history);

            browser.get(base + "placements/index.xhtml");
            String summary = browser.findElement(By.id("pipelineSummary")).getText();
            assertEquals("Plaatsingen: 1; de fase ‘plaatsing baan’ bereikt: 1.", summary);
            assertTrue(browser.findElement(By.id("provinces")).getText().contains("Limburg"), "counted in its province");

            JsonObject placement = WebClient.json(client.api("GET", "/api/v1/placements?company=" + company, an, PASSWORD,
                    null)).asJsonArray().getJsonObject(0);
            assertEquals("NAZORG", placement.getString("phase"));
            long version = placement.getJsonNumber("version").longValue();
            String back = "{\"direction\":\"BACK\",\"reason\":\"Contract niet verlengd\",\"version\":" + version + "}";
            assertEquals(200, client.api("POST", "/api/v1/placements/" + placement.getInt("id") + "/moves", an, PASSWORD,
                    back).statusCode());
            HttpResponse<String> stale = client.api("POST", "/api/v1/placements/" + placement.getInt("id") + "/moves", an,
                    PASSWORD, back);
            assertEquals(409, stale.statusCode(), "a second move on the same copy conflicts, it does not overwrite: " + stale.body());
            assertEquals("PLAATSING_BAAN", WebClient.json(client.api("GET", "/api/v1/placements/" + placement.getInt("id"),
                    an, PASSWORD, null)).asJsonObject().getString("phase"), "one step back only");

            HttpResponse<String> second = client.api("POST", "/api/v1/placements", an, PASSWORD, "{\"companyId\":" + company
                    + ",\"candidateName\":\"Kim Kandidaat\",\"candidateContact\":\"kim.kandidaat@example.be\"}");
            assertEquals(201, second.statusCode(), second.body());
            String found = client.api("GET", "/api/v1/admin/privacy/person?email=kim.kandidaat@example.be", ADMIN,
                    ADMIN_PASSWORD, null).body();
            assertTrue(found.contains("Kim Kandidaat"), "the candidate is found by an access request: " + found);
            long companyVersion = WebClient.json(client.api("GET", "/api/v1/companies/" + company, ADMIN, ADMIN_PASSWORD,
                    null)).asJsonObject().getJsonNumber("version").longValue();
            assertEquals(200, client.api("POST", "/api/v1/companies/" + company + "/erase", ADMIN, ADMIN_PASSWORD,
                    "{\"version\":" + companyVersion + "}").statusCode());
            String after = client.api("GET", "/api/v1/admin/privacy/person?email=kim.kandidaat@example.be", ADMIN,
                    ADMIN_PASSWORD, null).body();
            assertTrue(!after.contains("Kim Kandidaat"), "the company's placements leave with the erased company: " + after);
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAdvisorsDeskShowsItsVisitsFichesDueActionsAndCompaniesWithoutContactEachLinkingToItsPage() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String bert = createUser(client, "ADVISOR");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long soon = register(client, an, "Bureau Bezoek " + tag, "ANTWERPEN");
        long open = register(client, an, "Bureau Fiche " + tag, "LIMBURG");
        long quiet = register(client, an, "Bureau Stil " + tag, "NAMEN");
        long ofBert = register(client, bert, "Bureau Bert " + tag, "LUIK");
        long visitSoon = planVisit(client, an, soon, today.plusDays(1));
        long visitOpen = planVisit(client, an, open, today.minusDays(10));
        planVisit(client, an, quiet, today.minusDays(200));
        long visitBert = planVisit(client, bert, ofBert, today.minusDays(3));
        long version = WebClient.json(client.api("GET", "/api/v1/companies/visits/" + visitOpen + "/fiche", an, PASSWORD,
                null)).asJsonObject().getJsonNumber("version").longValue();
        assertEquals(200, client.api("PUT", "/api/v1/companies/visits/" + visitOpen + "/fiche/leerwerkplek", an, PASSWORD,
                "{\"version\":" + version + ",\"answers\":{\"F2_MENTOR\":\"JA\",\"F2_MENTOR_OPLEIDING\":\"NEE\"}}").statusCode());
        HttpResponse<String> overdue = client.api("POST", "/api/v1/companies/visits/" + visitOpen + "/actions", an, PASSWORD,
                "{\"form\":\"MENTOROPLEIDING\",\"owner\":\"" + an + "\",\"due\":\"" + today.minusDays(2) + "\"}");
        assertEquals(201, overdue.statusCode(), overdue.body());

        WebClient anPages = new WebClient(base);
        anPages.signIn(an, PASSWORD);
        String desk = anPages.get("/index.xhtml").body();
        String visits = section(desk, "deskVisits");
        assertTrue(visits.contains("Bureau Bezoek " + tag) && visits.contains("fiche.xhtml?visit=" + visitSoon),
                "tomorrow's visit, linking to its fiche: " + visits);
        assertTrue(!visits.contains("Bureau Fiche " + tag), "a visit ten days ago is not this week's: " + visits);
        String fiches = section(desk, "deskFiches");
        assertTrue(fiches.contains("Bureau Fiche " + tag) && fiches.contains("fiche.xhtml?visit=" + visitOpen),
                "the fiche of a visit held and not completed: " + fiches);
        assertTrue(!fiches.contains("Bureau Bezoek " + tag), "a visit still to come has no fiche to complete yet");
        String actions = section(desk, "dueActions");
        assertTrue(actions.contains("Bureau Fiche " + tag) && actions.contains("company.xhtml?id=" + open)
                && actions.contains("vervallen"), "the overdue action, marked, linking to its company: " + actions);
        String contact = section(desk, "deskContact");
        assertTrue(contact.contains("Bureau Stil " + tag) && contact.contains("company.xhtml?id=" + quiet),
                "the company last visited 200 days ago: " + contact);
        assertTrue(!contact.contains("Bureau Bezoek " + tag) && !contact.contains("Bureau Fiche " + tag),
                "companies with a recent or planned visit have contact: " + contact);
        for (String id : new String[] {"deskVisits", "deskFiches", "dueActions", "deskContact"}) {
            assertTrue(desk.contains("<section class=\"lwp-desk-section\" aria-labelledby=\"" + id + "Title\" id=\"" + id + "\">")
                    && desk.contains("<h2 id=\"" + id + "Title\">"), "each section is labelled by its heading: " + id);
        }
        assertTrue(!desk.contains("Bureau Bert " + tag), "another advisor's items are not on an's desk");
        assertTrue(!desk.contains("id=\"deskFor\""), "an advisor picks no other desk");
        assertTrue(!anPages.get("/index.xhtml?advisor=" + bert).body().contains("Bureau Bert " + tag),
                "nor when an asks for bert's desk by the address");

        assertTrue(anPages.get("/companies/fiche.xhtml?visit=" + visitSoon).body().contains("Bureau Bezoek " + tag),
                "the visit's link opens its fiche");
        assertTrue(anPages.get("/companies/fiche.xhtml?visit=" + visitOpen).body().contains("Bureau Fiche " + tag),
                "the fiche's link opens it");
        assertTrue(anPages.get("/companies/company.xhtml?id=" + quiet).body().contains("Bureau Stil " + tag),
                "the company's link opens it");

        WebClient bertPages = new WebClient(base);
        bertPages.signIn(bert, PASSWORD);
        String bertsDesk = bertPages.get("/index.xhtml").body();
        assertTrue(section(bertsDesk, "deskFiches").contains("fiche.xhtml?visit=" + visitBert), "bert's own fiche");
        assertTrue(!bertsDesk.contains("Bureau Bezoek " + tag) && !bertsDesk.contains("Bureau Fiche " + tag)
                && !bertsDesk.contains("Bureau Stil " + tag), "an's items are not on bert's desk: " + bertsDesk);

        WebClient adminPages = new WebClient(base);
        adminPages.signIn(ADMIN, ADMIN_PASSWORD);
        String adminsDesk = adminPages.get("/index.xhtml").body();
        assertTrue(adminsDesk.contains("id=\"deskFor\"") && adminsDesk.contains("value=\"" + an + "\""),
                "an admin picks an advisor's desk");
        assertTrue(!adminsDesk.contains("Bureau Stil " + tag), "its own desk by default");
        String ansDeskForAdmin = adminPages.get("/index.xhtml?advisor=" + an).body();
        assertTrue(section(ansDeskForAdmin, "deskContact").contains("Bureau Stil " + tag)
                && !ansDeskForAdmin.contains("Bureau Bert " + tag), "the admin sees an's desk, and only an's");
    }

    /** The markup of the desk section with {@code id} on the start page. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "the start page has the section " + id + ": " + page);
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    private static long planVisit(WebClient client, String advisor, long company, LocalDate date)
            throws IOException, InterruptedException {
        HttpResponse<String> planned = client.api("POST", "/api/v1/companies/" + company + "/visits", advisor, PASSWORD,
                "{\"date\":\"" + date + "\"}");
        assertEquals(201, planned.statusCode(), planned.body());
        return WebClient.json(planned).asJsonObject().getJsonNumber("id").longValue();
    }

    @Test
    void theNotFoundMessageIsInThePagesLanguage() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String bert = createUser(client, "ADVISOR");
        long ofAn = register(client, an, "Bouw Elders", "LIMBURG");
        WebDriver browser = Browser.start();
        try {
            // the language switch reloads the page: the html element found by one poll may be gone at the next
            WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class);
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("loginForm:username")).sendKeys(bert);
            browser.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
            browser.findElement(By.id("loginForm:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("parts")));
            for (String[] language : new String[][] {{"nl", "Dit bedrijf bestaat niet of u hebt er geen toegang toe."},
                    {"fr", "Cette entreprise n'existe pas ou vous n'y avez pas accès."}}) {
                // the switch posts and reloads even to the language already shown (nl, the first): wait for the old
                // page to go, or the next get races that post and may end on the page it answers with
                WebElement old = browser.findElement(By.tagName("html"));
                browser.findElement(By.cssSelector("a[data-lang='" + language[0] + "']")).click();
                wait.until(ExpectedConditions.stalenessOf(old));
                // read in one script: the reload can replace the html element between finding and reading it
                wait.until(driver -> language[0].equals(((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.lang;")));
                for (String page : new String[] {"companies/company.xhtml?id=", "companies/edit.xhtml?id="}) {
                    browser.get(base + page + ofAn);
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
                    String shown = browser.findElement(By.id("messages")).getText();
                    assertTrue(shown.contains(language[1]),
                            language[0] + " " + page + ": in the chosen language, whatever the browser's: " + shown);
                }
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAdvisorRegisteringANumberItCannotSeeHearsOnlyThatItIsRegisteredAndWhomToAsk() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String bert = createUser(client, "ADVISOR");
        String number = validNumber();
        HttpResponse<String> created = client.api("POST", "/api/v1/companies", an, PASSWORD,
                body(number, "Geheime Gevels Aerts", "LIMBURG"));
        assertEquals(201, created.statusCode(), created.body());

        HttpResponse<String> byBert = client.api("POST", "/api/v1/companies", bert, PASSWORD,
                body(number, "Gevels", "LIMBURG"));
        HttpResponse<String> byAn = client.api("POST", "/api/v1/companies", an, PASSWORD, body(number, "Gevels", "LIMBURG"));

        assertEquals(409, byBert.statusCode(), byBert.body());
        String message = WebClient.json(byBert).asJsonObject().getString("message");
        assertTrue(message.contains("al geregistreerd") && message.contains("beheerder"),
                "registered, and an administrator gives access: " + message);
        assertTrue(!byBert.body().contains("Geheime") && !byBert.body().contains("Aerts") && !byBert.body().contains(an),
                "nothing about the company or its advisor: " + byBert.body());
        assertEquals(409, byAn.statusCode());
        assertTrue(WebClient.json(byAn).asJsonObject().getString("message").contains("al een bedrijf"),
                "an advisor who sees the company hears it is in the register: " + byAn.body());

        WebClient bertPages = new WebClient(base);
        bertPages.signIn(bert, PASSWORD);
        HttpResponse<String> page = bertPages.submit("/companies/index.xhtml", "newCompany",
                java.util.Map.of("number", number, "name", "Gevels", "province_input", "LIMBURG"), "save");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("al geregistreerd") && page.body().contains("beheerder")
                && !page.body().contains("Geheime"), "the page says the same, and nothing more");
    }

    @Test
    void anAnalystSeesTheOwnersOfSupportActionsAsPseudonyms() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String analyst = createUser(client, "ANALYST");
        long company = register(client, an, "Plannen Peeters", "ANTWERPEN");
        HttpResponse<String> planned = client.api("POST", "/api/v1/companies/" + company + "/visits", an, PASSWORD,
                "{\"date\":\"" + FundDay.today() + "\"}");
        long visit = WebClient.json(planned).asJsonObject().getJsonNumber("id").longValue();
        HttpResponse<String> accepted = client.api("POST", "/api/v1/companies/visits/" + visit + "/actions", an, PASSWORD,
                "{\"form\":\"PROEFPERIODE\",\"owner\":\"" + an + "\",\"due\":\"" + FundDay.today().plusDays(20) + "\"}");
        assertEquals(201, accepted.statusCode(), accepted.body());

        JsonObject seenByAnalyst = WebClient.json(client.api("GET", "/api/v1/companies/" + company + "/actions", analyst,
                PASSWORD, null)).asJsonArray().getJsonObject(0);
        JsonObject seenByAdvisor = WebClient.json(client.api("GET", "/api/v1/companies/" + company + "/actions", an,
                PASSWORD, null)).asJsonArray().getJsonObject(0);

        String pseudonym = seenByAnalyst.getString("ownerName");
        assertTrue(pseudonym.matches("Account [0-9a-f]{4}"), pseudonym);
        assertEquals(pseudonym, seenByAnalyst.getString("owner"), "no user name either");
        assertTrue(!seenByAnalyst.toString().contains(an), seenByAnalyst.toString());
        assertEquals("Advisor " + an, seenByAdvisor.getString("ownerName"), "the advisor sees the name");
        assertEquals(an, seenByAdvisor.getString("owner"));

        WebClient pages = new WebClient(base);
        pages.signIn(analyst, PASSWORD);
        String page = pages.get("/companies/company.xhtml?id=" + company).body();
        assertTrue(page.contains(pseudonym), "the company page shows the owner's pseudonym");
        assertTrue(!page.contains("Advisor " + an) && !page.contains(an), "and not the owner's name or user name");
    }

    /** A PUT body: the company's details as read, with a new name and contacts, on copy {@code version}. */
    /**
     * Issue 13: an admin hands over and then erases a contact who was also interviewed and registered
     * as a mentor (from the company's page, after confirming): no trace of the address or name is
     * left in any table, the company keeps its other contact. Then the admin erases the company with
     * its people from its page: the other contact and the mentor the advisor registered for it go as
     * well, the company is gone, and the audit trail has the erasure without values.
     */
    @Test
    void anAdminErasesAContactAndThenTheCompanyWithItsPeopleFromItsPageAndNoTraceIsLeft() throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String griet = "Griet Lemmens " + tag;
        String grietMail = "griet-" + tag + "@example.be";
        String koen = "Koen Stevens " + tag;
        String koenMail = "koen-" + tag + "@example.be";
        String tom = "Tom Wuyts " + tag;
        String tomMail = "tom-" + tag + "@example.be";
        HttpResponse<String> created = client.api("POST", "/api/v1/companies", an, PASSWORD, "{\"enterpriseNumber\":\""
                + validNumber() + "\",\"name\":\"Dakwerken " + tag + "\",\"province\":\"LUIK\",\"subsectors\":[\"RUWBOUW\"],"
                + "\"employees\":3,\"contacts\":[{\"name\":\"" + griet + "\",\"email\":\"" + grietMail
                + "\",\"phone\":\"0470 11 22 33\"},{\"name\":\"" + koen + "\",\"email\":\"" + koenMail + "\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        long company = WebClient.json(created).asJsonObject().getJsonNumber("id").longValue();
        HttpResponse<String> planned = client.api("POST", "/api/v1/companies/" + company + "/visits", an, PASSWORD,
                "{\"date\":\"" + FundDay.today() + "\",\"interviewee\":\"" + griet + "\"}");
        assertEquals(201, planned.statusCode(), planned.body());
        long visit = WebClient.json(planned).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(200, new WebClient(base).submit("/course/register.xhtml", "registerForm", mentor(griet, grietMail),
                "register").statusCode());
        WebClient advisorPages = new WebClient(base);
        advisorPages.signIn(an, PASSWORD);
        assertTrue(advisorPages.submit("/mentorcourse/company.xhtml?company=" + company, "registerForm", mentor(tom, tomMail),
                "register").body().contains("id=\"registered\""));

        HttpResponse<String> data = client.api("GET", "/api/v1/admin/privacy/person?email=" + grietMail, ADMIN,
                ADMIN_PASSWORD, null);
        assertTrue(data.body().contains("\"company-contact\"") && data.body().contains("\"mentor\"")
                && data.body().contains("0470 11 22 33"), data.body());

        WebClient admin = new WebClient(base);
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        String pagePath = "/companies/company.xhtml?id=" + company;
        HttpResponse<String> page = admin.get(pagePath);
        assertTrue(page.body().contains("eraseContactsForm:eraseContacts:1:eraseContact"), page.body());
        assertEquals(200, admin.post(pagePath, "eraseContactsForm", java.util.Map.of(), "eraseContacts:0:eraseContact",
                WebClient.viewState(page.body())).statusCode());

        assertEquals("[]", traces(client, grietMail, griet), "nothing of the contact left in any table, outbox included");
        JsonObject kept = WebClient.json(client.api("GET", "/api/v1/companies/" + company, ADMIN, ADMIN_PASSWORD, null))
                .asJsonObject();
        assertEquals(1, kept.getJsonArray("contacts").size(), kept.toString());
        assertEquals(koen, kept.getJsonArray("contacts").getJsonObject(0).getString("name"));
        JsonObject fiche = WebClient.json(client.api("GET", "/api/v1/companies/visits/" + visit + "/fiche", ADMIN,
                ADMIN_PASSWORD, null)).asJsonObject();
        assertTrue(!fiche.getJsonObject("answers").containsKey("F0_GESPREKSPARTNER"), fiche.toString());

        assertEquals(403, client.api("POST", "/api/v1/companies/" + company + "/erase", an, PASSWORD,
                "{\"version\":" + kept.getJsonNumber("version") + "}").statusCode(), "admins only");
        assertEquals(409, client.api("POST", "/api/v1/companies/" + company + "/erase", ADMIN, ADMIN_PASSWORD,
                "{\"version\":" + (kept.getJsonNumber("version").longValue() - 1) + "}").statusCode(),
                "not a company changed since the admin looked");
        page = admin.get(pagePath);
        assertTrue(page.body().contains("id=\"eraseForm:eraseCompany\""), page.body());
        HttpResponse<String> erased = admin.post(pagePath, "eraseForm", java.util.Map.of(), "eraseCompany",
                WebClient.viewState(page.body()));
        assertEquals(302, erased.statusCode(), erased.body());
        assertTrue(admin.location(erased).contains("/companies/index.xhtml"), admin.location(erased));

        assertEquals(404, client.api("GET", "/api/v1/companies/" + company, ADMIN, ADMIN_PASSWORD, null).statusCode());
        assertEquals("[]", traces(client, koenMail, koen, tomMail, tom), "nothing of its people is left");
        String trail = client.api("GET", "/api/v1/admin/audit?objectKind=company&objectId=" + company, ADMIN,
                ADMIN_PASSWORD, null).body();
        assertTrue(trail.contains("\"action\":\"CREATE\"") && trail.contains("\"action\":\"ERASE\""), trail);
        String contacts = client.api("GET", "/api/v1/admin/audit?objectKind=company-contact&objectId=" + company + ":1",
                ADMIN, ADMIN_PASSWORD, null).body();
        assertTrue(contacts.contains("\"action\":\"CREATE\"") && contacts.contains("\"action\":\"ERASE\""), contacts);
        assertTrue(!(trail + contacts).contains(tag), "the trail holds no erased value");
    }

    private static java.util.Map<String, String> mentor(String name, String email) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("language_input", "NL");
        fields.put("role", "VAKMAN");
        fields.put("frequency", "MONTHLY");
        fields.put("focus", "BOTH");
        return fields;
    }

    /** The columns that still hold one of the texts, as the admin's privacy API answers. */
    private static String traces(WebClient client, String... texts) throws IOException, InterruptedException {
        StringBuilder query = new StringBuilder();
        for (String text : texts) {
            query.append(query.length() == 0 ? "?" : "&").append("text=").append(text.replace(" ", "%20"));
        }
        HttpResponse<String> traces = client.api("GET", "/api/v1/admin/privacy/traces" + query, ADMIN, ADMIN_PASSWORD, null);
        assertEquals(200, traces.statusCode(), traces.body());
        return traces.body().strip();
    }

    private static String change(JsonObject company, String name, String contacts, long version) {
        return "{\"enterpriseNumber\":\"" + company.getString("enterpriseNumber") + "\",\"name\":\"" + name
                + "\",\"province\":\"" + company.getString("province") + "\",\"subsectors\":[\"RUWBOUW\"],\"employees\":3,"
                + "\"contacts\":" + contacts + ",\"version\":" + version + "}";
    }

    private long count(WebClient client, String number) throws IOException, InterruptedException {
        HttpResponse<String> list = client.api("GET", "/api/v1/companies?search=" + number, ADMIN, ADMIN_PASSWORD, null);
        return WebClient.json(list).asJsonObject().getJsonNumber("total").longValue();
    }

    private long register(WebClient client, String advisor, String name, String province)
            throws IOException, InterruptedException {
        String number = validNumber();
        HttpResponse<String> created = client.api("POST", "/api/v1/companies", advisor, PASSWORD,
                body(number, name, province));
        assertEquals(201, created.statusCode(), created.body());
        return WebClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    }

    private static String body(String number, String name, String province) {
        return "{\"enterpriseNumber\":\"" + number + "\",\"name\":\"" + name + "\",\"province\":\"" + province
                + "\",\"subsectors\":[\"RUWBOUW\"],\"employees\":3,\"contacts\":[{\"name\":\"Jan Peeters\",\"email\":\"jan@example.be\"}]}";
    }

    /** A fresh valid enterprise number: eight random digits after a 1, and their check. */
    private static String validNumber() {
        long base = 10_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 9_999_999L);
        return String.format("%08d%02d", base, 97 - base % 97);
    }

    @Test
    void anEmployerAppliesInFrenchOnAPhoneConfirmsFromTheMailAndAnAdvisorTakesItIntoOneCompanyWithAPlannedVisit()
            throws Exception {
        WebClient client = new WebClient(base);
        String an = createUser(client, "ADVISOR");
        String email = "demande-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String number = validNumber();
        String name = "Toitures Lambert " + number.substring(6);
        WebDriver browser = Browser.start(390, 844);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "apply/index.xhtml");
            browser.findElement(By.cssSelector("a[data-lang='fr']")).click();
            wait.until(textOf("applyForm", "Envoyer la demande"));
            assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"), "no horizontal scrolling at 390 px");

            fillApplication(browser, "0403.170.702", name, email);
            browser.findElement(By.id("applyForm:send")).click();
            wait.until(textOf("applyForm", "chiffres de contrôle"));
            assertEquals(1, browser.findElements(By.xpath("//div[contains(@class,'lwp-field')][.//input[@id='applyForm:number']]"
                    + "//*[contains(concat(' ', @class, ' '), ' ui-message-error ')]")).size(), "the message is beside the number");
            assertEquals("true", browser.findElement(By.id("applyForm:number")).getAttribute("aria-invalid"));

            browser.findElement(By.id("applyForm:number")).clear();
            browser.findElement(By.id("applyForm:number")).sendKeys(number);
            browser.findElement(By.id("applyForm:send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent")));
            assertTrue(browser.findElement(By.id("sent")).getText().contains(email));

            browser.get(base + "apply/index.xhtml");
            fillApplication(browser, number, name + " bis", email);
            browser.findElement(By.id("applyForm:send")).click();
            wait.until(textOf("applyForm", "a déjà été reçue"));

            browser.get(base + "apply/index.xhtml");
            fillApplication(browser, validNumber(), "Robot sprl", email);
            ((JavascriptExecutor) browser).executeScript("document.getElementById('applyForm:website').value='http://spam.example';");
            browser.findElement(By.id("applyForm:send")).click();
            wait.until(textOf("messages", "champ caché"));

            MimeMessage confirmation = awaitMail(email, "Confirmez la demande", 1).get(0);
            Matcher link = Pattern.compile("/apply/confirm\\.xhtml\\?t=[A-Za-z0-9_-]{43}").matcher(Mailbox.text(confirmation));
            assertTrue(link.find(), Mailbox.text(confirmation));
            browser.get(base + link.group().substring(1));
            browser.findElement(By.id("confirmForm:confirm")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmed")));
            awaitMail(email, "Votre demande pour", 1);

            browser.manage().deleteAllCookies();
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("loginForm:username")).sendKeys(an);
            browser.findElement(By.id("loginForm:password")).sendKeys(PASSWORD);
            browser.findElement(By.id("loginForm:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("newApplications")));
            assertTrue(browser.findElement(By.id("newApplications")).getText().contains(name), "on the advisor's desk");
            browser.findElement(By.id("allApplications")).click();
            WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//li[contains(@class,'lwp-applications-item')][.//h2[normalize-space(.)='" + name + "']]")));
            WebElement date = item.findElement(By.cssSelector("input[type='date']"));
            LocalDate visitOn = FundDay.today().plusDays(9);
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", date, visitOn.toString());
            item.findElement(By.cssSelector("button.lwp-take")).click();
            wait.until(ExpectedConditions.urlContains("/companies/company.xhtml"));
        } finally {
            browser.quit();
        }

        JsonArray found = WebClient.json(client.api("GET", "/api/v1/companies?size=500&search=" + number.substring(6),
                ADMIN, ADMIN_PASSWORD, null)).asJsonObject().getJsonArray("items");
        long company = found.stream().filter(i -> i.asJsonObject().getString("name").equals(name)).count();
        assertEquals(1, company, "the company exists once: " + found);
        long id = found.stream().filter(i -> i.asJsonObject().getString("name").equals(name)).findFirst().orElseThrow()
                .asJsonObject().getJsonNumber("id").longValue();
        JsonArray visits = WebClient.json(client.api("GET", "/api/v1/companies/" + id + "/visits", an, PASSWORD, null)).asJsonArray();
        assertEquals(1, visits.size(), visits.toString());
        assertEquals(FundDay.today().plusDays(9).toString(), visits.getJsonObject(0).getString("date"));
        String visitMail = Mailbox.text(awaitMail(email, "Première visite", 1).get(0));
        assertTrue(visitMail.contains("Toitures Lambert"), visitMail);
        assertEquals(1, awaitMail(email, "Advisor " + an, 1).size(), "the taken mail names the advisor");
        assertEquals(1, Mailbox.to(SMTP, email).stream().filter(m -> subject(m).startsWith("Confirmez la demande")).count(),
                "one confirmation: the refused applications sent nothing");
        JsonObject seen = WebClient.json(client.api("GET", "/api/v1/companies/" + id, an, PASSWORD, null)).asJsonObject();
        assertEquals(email, seen.getJsonArray("contacts").getJsonObject(0).getString("email"), "pre-filled from the application");
        assertEquals("fr", seen.getJsonArray("contacts").getJsonObject(0).getString("language"));
    }

    /** Fills the application form with a complete application (the page is the public form). */
    private static void fillApplication(WebDriver browser, String number, String name, String email) {
        browser.findElement(By.id("applyForm:number")).sendKeys(number);
        browser.findElement(By.id("applyForm:name")).sendKeys(name);
        browser.findElement(By.id("applyForm:postalCode")).sendKeys("4000");
        browser.findElement(By.id("applyForm:city")).sendKeys("Liège");
        new Select(browser.findElement(By.id("applyForm:province"))).selectByValue("LUIK");
        browser.findElement(By.id("applyForm:contactName")).sendKeys("Julie Lambert");
        browser.findElement(By.id("applyForm:contactEmail")).sendKeys(email);
        new Select(browser.findElement(By.id("applyForm:contactLanguage"))).selectByValue("fr");
        browser.findElement(By.xpath("//form[@id='applyForm']//label[starts-with(normalize-space(.), 'Formation en alternance')]")).click();
        browser.findElement(By.xpath("//form[@id='applyForm']//label[starts-with(normalize-space(.), 'Pas encore, mais')]")).click();
        browser.findElement(By.id("applyForm:question")).sendKeys("Nous cherchons un apprenti couvreur.");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> awaitMail(String recipient, String subjectStart, int count) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        List<MimeMessage> received = List.of();
        while (Instant.now().isBefore(until)) {
            received = Mailbox.to(SMTP, recipient).stream().filter(m -> subject(m).startsWith(subjectStart)).toList();
            if (received.size() >= count) {
                return received;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail '" + subjectStart + "' to " + recipient + " in time; got "
                + Mailbox.to(SMTP, recipient).stream().map(CompaniesIT::subject).toList());
    }

    private static String createUser(WebClient client, String role) throws IOException, InterruptedException {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = client.api("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                "{\"username\":\"" + username + "\",\"displayName\":\"" + role.charAt(0) + role.substring(1).toLowerCase()
                        + " " + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    /**
     * Waits for {@code text} in the element with {@code id}, read in one script so that an Ajax update
     * replacing the element between finding it and reading it (Chrome: "Node with given id does not
     * belong to the document", not a stale-element error) is just another poll.
     */
    private static ExpectedCondition<Boolean> textOf(String id, String text) {
        return driver -> String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id)).contains(text);
    }
}
