package org.leerwerkplek.mentorcourse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leerwerkplek.platform.it.FundDay;
import org.leerwerkplek.platform.it.Browser;
import org.leerwerkplek.platform.it.Http11Api;
import org.leerwerkplek.platform.it.Mailbox;
import org.leerwerkplek.platform.it.WebClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mentor course on a running Payara Micro with GreenMail as its SMTP server (failsafe points
 * the application at it): a mentor registers on the public page (twice, merged), gets only the
 * confirmation mail until it confirms, confirms, receives the first module of its focus from a
 * scheduler run with a personal link, opens it, answers the quiz, completes it and sees its
 * progress; a second run sends nothing twice; the calendar feed answers; unsubscribing stops it;
 * an unknown link gets a friendly page. Each test uses its own address.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "lwp.war", matches = ".+",
        disabledReason = "an integration test: failsafe runs it on the built WAR (mvn verify)")
class MentorCourseIT {

    private static final String ADMIN = System.getProperty("lwp.it.adminUser", "it-admin");
    private static final String ADMIN_PASSWORD = System.getProperty("lwp.it.adminPassword");
    /** lwp.course.reminder-days as failsafe sets it. */
    private static final int REMINDER_DAYS = 25;
    private static final String USER_PASSWORD = "Werfleider-Gent-2026";
    /** For the certificate's PDF, which the page clients read as text. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final Pattern CONFIRM_LINK = Pattern.compile("/course/confirm\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final Pattern MODULE_LINK =
            Pattern.compile("(/course/module\\.xhtml\\?t=([0-9]+\\.-?[0-9]+\\.[A-Za-z0-9_-]{43})&m=([a-z0-9-]+))");
    private static final Pattern QUIZ_ANSWER = Pattern.compile("name=\"quizForm:(q:\\d+:answer)\"");
    /** An absolute link into the application as a mail carries it. */
    private static final Pattern ABSOLUTE_LINK = Pattern.compile("https?://[^\\s\"<>]+/course/[a-z]+\\.xhtml\\?t=[A-Za-z0-9_&=-]+");

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lwp.war")));
    }

    /**
     * The address this server really answers at, as links carry it when no public URL is set:
     * localhost, the port Arquillian gave the server (random) and the context path, with a slash.
     */
    private String serverAddress() {
        return "http://localhost:" + base.getPort() + base.getPath();
    }

    private static String address(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** The admin's "run now" of the course scheduler, over HTTP/1.1 (see MailIT). */
    private HttpResponse<String> runScheduler() throws Exception {
        return run("/api/v1/admin/course/run");
    }

    private HttpResponse<String> run(String path) throws Exception {
        HttpResponse<String> response = new Http11Api(base).send("POST", path, ADMIN, ADMIN_PASSWORD,
                "application/json", "{}");
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static List<MimeMessage> receivedBy(String recipient, String subjectStart) {
        return Mailbox.to(SMTP, recipient).stream().filter(m -> {
            try {
                return m.getSubject().startsWith(subjectStart);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> await(String recipient, String subjectStart, int count) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> received = receivedBy(recipient, subjectStart);
            if (received.size() >= count) {
                return received;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(count + " mail(s) '" + subjectStart + "...' for " + recipient + " did not arrive");
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher;
    }

    private HttpResponse<String> register(String email, String name) throws Exception {
        return register(email, name, "MONTHLY");
    }

    private HttpResponse<String> register(String email, String name, String frequency) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("language_input", "NL");
        fields.put("companyName", "Bouwbedrijf De Klinker");
        fields.put("role", "PLOEGLEIDER");
        fields.put("frequency", frequency);
        fields.put("focus", "DIDACTIEK");
        return new WebClient(base).submit("/course/register.xhtml", "registerForm", fields, "register");
    }

    /** Registers, confirms by the last confirmation mail, and returns the personal page's path. */
    private String registerAndConfirm(String email) throws Exception {
        return registerAndConfirm(email, "MONTHLY");
    }

    private String registerAndConfirm(String email, String frequency) throws Exception {
        assertEquals(200, register(email, "Sofie Peeters", frequency).statusCode());
        String token = find(CONFIRM_LINK, Mailbox.text(await(email, "Bevestig", 1).get(0))).group(1);
        WebClient client = new WebClient(base);
        HttpResponse<String> confirmed = client.submit("/course/confirm.xhtml?t=" + token, "confirmForm",
                Map.of("t", token), "confirm");
        assertEquals(302, confirmed.statusCode(), confirmed.body());
        String location = confirmed.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/course/me.xhtml"));
    }

    @Test
    void aMentorRegistersConfirmsFollowsTheFirstModuleOfItsFocusAndSeesProgressAndNothingComesTwice() throws Exception {
        String email = address("mentor");

        HttpResponse<String> first = register(email, "Sofie Peeters");
        HttpResponse<String> again = register(email.toUpperCase(Locale.ROOT), "Sofie Peeters-Janssens");
        assertTrue(first.body().contains("id=\"registered\""), first.body());
        assertTrue(again.body().contains("id=\"registered\""), again.body());
        List<MimeMessage> arrived = await(email, "Bevestig je inschrijving", 2);
        // Mails go out over several SMTP connections, so they may arrive out of order: the second registration's
        // mail greets the name it gave.
        boolean inOrder = Mailbox.text(arrived.get(1)).contains("Dag Sofie Peeters-Janssens,");
        List<MimeMessage> confirmations = inOrder ? arrived : List.of(arrived.get(1), arrived.get(0));
        assertTrue(Mailbox.text(confirmations.get(0)).contains("Dag Sofie Peeters,"), Mailbox.text(confirmations.get(0)));
        runScheduler();
        Thread.sleep(3_000);
        assertEquals(0, receivedBy(email, "Nieuwe module").size(), "nothing but the confirmation before confirming");

        String confirmation = Mailbox.text(confirmations.get(1));
        String confirmLink = find(ABSOLUTE_LINK, confirmation).group();
        assertTrue(confirmLink.startsWith(serverAddress() + "course/confirm.xhtml?t="),
                "no public URL is set: the link carries the port this server listens on, " + serverAddress()
                        + ", not a dead default: " + confirmLink);
        assertTrue(new WebClient(base).get(confirmLink).body().contains("id=\"confirmForm\""), "the link leads to the page");
        String oldToken = find(CONFIRM_LINK, Mailbox.text(confirmations.get(0))).group(1);
        String token = find(CONFIRM_LINK, Mailbox.text(confirmations.get(1))).group(1);
        WebClient mentor = new WebClient(base);
        HttpResponse<String> stale = mentor.get("/course/confirm.xhtml?t=" + oldToken);
        assertEquals(200, stale.statusCode());
        HttpResponse<String> confirmed = mentor.submit("/course/confirm.xhtml?t=" + token, "confirmForm",
                Map.of("t", token), "confirm");
        assertEquals(302, confirmed.statusCode(), confirmed.body());
        String me = mentor.location(confirmed);
        assertTrue(me.startsWith("/course/me.xhtml"), me);
        assertTrue(mentor.post("/course/confirm.xhtml?t=" + oldToken, "confirmForm", Map.of("t", oldToken), "confirm",
                WebClient.viewState(stale.body())).body().contains("id=\"unknownLink\""), "the first link was replaced");

        runScheduler();
        MimeMessage moduleMail = await(email, "Nieuwe module: ", 1).get(0);
        assertEquals("Nieuwe module: Het leerproces structureren", moduleMail.getSubject());
        Matcher link = find(MODULE_LINK, Mailbox.text(moduleMail));
        assertEquals("leerproces-structureren", link.group(3), "the first didactiek module in course order");
        for (Matcher absolute = ABSOLUTE_LINK.matcher(Mailbox.text(moduleMail)); absolute.find(); ) {
            assertTrue(absolute.group().startsWith(serverAddress()), "every link of the module mail: " + absolute.group());
        }

        HttpResponse<String> module = mentor.get(link.group(1));
        assertEquals(200, module.statusCode());
        assertTrue(module.body().contains("Het leerproces structureren"), module.body());
        Set<String> questions = new LinkedHashSet<>();
        for (Matcher m = QUIZ_ANSWER.matcher(module.body()); m.find(); ) {
            questions.add(m.group(1));
        }
        assertTrue(questions.size() >= 3, "quiz questions: " + questions);
        Map<String, String> answers = new LinkedHashMap<>();
        questions.forEach(q -> answers.put(q, "0"));
        HttpResponse<String> checked = mentor.post(link.group(1), "quizForm", answers, "submitQuiz",
                WebClient.viewState(module.body()));
        assertEquals(302, checked.statusCode(), "the check redirects back to the module's own link");
        assertTrue(checked.headers().firstValue("Location").orElseThrow().contains(link.group(1) + "#quiz"),
                checked.headers().toString());
        HttpResponse<String> scored = mentor.get(link.group(1));
        assertTrue(Pattern.compile("id=\"quizScore\"[^>]*>\\s*Je had \\d van de " + questions.size() + " vragen juist")
                .matcher(scored.body()).find(), "the score after the redirect: " + scored.body());
        HttpResponse<String> completed = mentor.post(link.group(1), "completeForm", Map.of(), "complete",
                WebClient.viewState(scored.body()));
        assertEquals(302, completed.statusCode(), "completing redirects back to the module's own link");
        assertTrue(completed.headers().firstValue("Location").orElseThrow().contains(link.group(1)),
                "the address keeps ?t=&m=: " + completed.headers());
        assertTrue(mentor.get(link.group(1)).body().contains("id=\"completeForm:isCompleted\""), "the same link shows it completed");

        String page = mentor.get("/course/me.xhtml?t=" + link.group(2)).body();
        assertTrue(page.contains("data-status=\"ACTIVE\""), page);
        assertTrue(Pattern.compile("class=\"lwp-completed\" data-module=\"leerproces-structureren\">ja<").matcher(page)
                .find(), page);
        assertTrue(Pattern.compile("class=\"lwp-quiz\" data-module=\"leerproces-structureren\">\\d / " + questions.size()
                + "<").matcher(page).find(), page);
        assertTrue(page.contains("Sofie Peeters-Janssens"), "a second registration before confirming takes the new details");

        runScheduler();
        runScheduler();
        Thread.sleep(4_000);
        assertEquals(1, receivedBy(email, "Nieuwe module").size(), "a second run sends no duplicate");

        HttpResponse<String> calendar = mentor.get("/api/v1/course/calendar/" + link.group(2) + ".ics");
        assertEquals(200, calendar.statusCode(), calendar.body());
        assertTrue(calendar.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(calendar.body().contains("BEGIN:VEVENT") && calendar.body().contains("DTSTART;VALUE=DATE:"),
                calendar.body());
        String unfolded = calendar.body().replace("\r\n ", "");
        for (Matcher url = Pattern.compile("(?m)^URL:(.*)$").matcher(unfolded); url.find(); ) {
            assertTrue(url.group(1).startsWith(serverAddress() + "course/module.xhtml?t="), "calendar " + url.group(1));
        }
    }

    /** The scheduler run as if it were {@code day} (lwp.course.allow-run-as-of is set for the ITs): the settable clock. */
    private HttpResponse<String> runSchedulerAsOf(LocalDate day) throws Exception {
        return run("/api/v1/admin/course/run?asOf=" + day);
    }

    private static String createUser(WebClient client, String role) throws Exception {
        String username = role.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = client.api("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                "{\"username\":\"" + username + "\",\"password\":\"" + USER_PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    /** A company of {@code advisor} whose fiche (a visit today) names the knelpunten {@code codes}. */
    private long companyWithFiche(WebClient client, String advisor, String... codes) throws Exception {
        long number = 10_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 9_999_999L);
        HttpResponse<String> created = client.api("POST", "/api/v1/companies", advisor, USER_PASSWORD,
                "{\"enterpriseNumber\":\"" + String.format("%08d%02d", number, 97 - number % 97)
                        + "\",\"name\":\"Bouwbedrijf Mentor\",\"province\":\"ANTWERPEN\",\"subsectors\":[\"RUWBOUW\"],"
                        + "\"employees\":8}");
        assertEquals(201, created.statusCode(), created.body());
        long company = WebClient.json(created).asJsonObject().getJsonNumber("id").longValue();
        HttpResponse<String> planned = client.api("POST", "/api/v1/companies/" + company + "/visits", advisor,
                USER_PASSWORD, "{\"date\":\"" + today() + "\"}");
        assertEquals(201, planned.statusCode(), planned.body());
        long visit = WebClient.json(planned).asJsonObject().getJsonNumber("id").longValue();
        String fiche = "/api/v1/companies/visits/" + visit + "/fiche";
        long version = WebClient.json(client.api("GET", fiche, advisor, USER_PASSWORD, null)).asJsonObject()
                .getJsonNumber("version").longValue();
        String list = String.join(",", Arrays.stream(codes).map(c -> "\"" + c + "\"").toList());
        HttpResponse<String> saved = client.api("PUT", fiche + "/ondersteuning", advisor, USER_PASSWORD,
                "{\"version\":" + version + ",\"answers\":{\"F3_KNELPUNTEN\":[" + list + "]}}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(client.api("GET", fiche, advisor, USER_PASSWORD, null).body().contains(codes[0]), "the fiche keeps the knelpunten");
        return company;
    }

    private static LocalDate today() {
        return FundDay.today();
    }

    @Test
    void anAdvisorRegistersAMentorForACompanyWhoseFicheNamesK11AndItsModulesMoveUp() throws Exception {
        WebClient admin = new WebClient(base);
        String advisor = createUser(admin, "ADVISOR");
        String otherAdvisor = createUser(admin, "ADVISOR");
        String analyst = createUser(admin, "ANALYST");
        long company = companyWithFiche(admin, advisor, "K11", "K14");
        String email = address("company-mentor");

        WebClient advisorPages = new WebClient(base);
        advisorPages.signIn(advisor, USER_PASSWORD);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Tom Claes");
        fields.put("email", email);
        fields.put("language_input", "NL");
        fields.put("role", "VAKMAN");
        fields.put("frequency", "MONTHLY");
        fields.put("focus", "BOTH");
        HttpResponse<String> registered = advisorPages.submit("/mentorcourse/company.xhtml?company=" + company,
                "registerForm", fields, "register");
        assertEquals(200, registered.statusCode());
        assertTrue(registered.body().contains("id=\"registered\""), registered.body());
        assertTrue(registered.body().contains("class=\"lwp-status\" data-email=\"" + email + "\""), registered.body());

        String token = find(CONFIRM_LINK, Mailbox.text(await(email, "Bevestig", 1).get(0))).group(1);
        WebClient mentor = new WebClient(base);
        assertEquals(302, mentor.submit("/course/confirm.xhtml?t=" + token, "confirmForm", Map.of("t", token), "confirm")
                .statusCode());
        runScheduler();
        Matcher link = find(MODULE_LINK, Mailbox.text(await(email, "Nieuwe module: ", 1).get(0)));
        assertEquals("leerproces-structureren", link.group(3), "K11 (pedagogical practice): a didactics module first");
        String page = mentor.get("/course/me.xhtml?t=" + link.group(2)).body();
        assertTrue(page.contains("De proefperiode - wie test wie?"),
                "next comes the first module for K14 (proefperiode), not course order's second: " + page);

        String view = advisorPages.get("/mentorcourse/company.xhtml?company=" + company).body();
        assertTrue(view.contains("class=\"lwp-received\" data-email=\"" + email + "\">1<"), view);
        assertTrue(view.contains("class=\"lwp-opened\" data-email=\"" + email + "\">0<"), view);

        WebClient other = new WebClient(base);
        other.signIn(otherAdvisor, USER_PASSWORD);
        String outOfReach = other.get("/mentorcourse/company.xhtml?company=" + company).body();
        assertTrue(!outOfReach.contains(email) && !outOfReach.contains("id=\"registerForm\""),
                "another advisor's company is not found: " + outOfReach);
        WebClient analystPages = new WebClient(base);
        analystPages.signIn(analyst, USER_PASSWORD);
        assertEquals(403, analystPages.get("/mentorcourse/company.xhtml?company=" + company).statusCode());
        HttpResponse<String> figures = analystPages.get("/mentorcourse/figures.xhtml");
        assertEquals(200, figures.statusCode());
        assertTrue(Pattern.compile("class=\"lwp-received\" data-module=\"leerproces-structureren\">[1-9]")
                .matcher(figures.body()).find(), figures.body());
        assertTrue(figures.body().contains("data-frequency=\"MONTHLY\" data-focus=\"BOTH\""), figures.body());
        assertEquals(403, advisorPages.get("/mentorcourse/figures.xhtml").statusCode());
    }

    /**
     * The course over several weeks with the settable clock (runs as of later days, no sleeping;
     * failsafe sets lwp.course.reminder-days to {@value #REMINDER_DAYS}): a quarterly mentor gets
     * one reminder for its unopened module after those days, also when two runs for that day go
     * at once and a third follows; a monthly mentor's reminder falls within a week of its next
     * module, so both come in one digest.
     */
    @Test
    void oneReminderAfterTheConfiguredDaysEvenFromConcurrentRunsAndADigestWhenSeveralAreDue() throws Exception {
        LocalDate day = today();
        String reminded = address("reminded");
        registerAndConfirm(reminded, "QUARTERLY");
        runScheduler();
        await(reminded, "Nieuwe module: ", 1);

        runSchedulerAsOf(day.plusDays(REMINDER_DAYS - 1));
        Thread.sleep(3_000);
        assertEquals(0, receivedBy(reminded, "Herinnering").size(), "no reminder before the configured days");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> runs = pool.invokeAll(List.of(
                    () -> runSchedulerAsOf(day.plusDays(REMINDER_DAYS)), () -> runSchedulerAsOf(day.plusDays(REMINDER_DAYS))));
            for (Future<HttpResponse<String>> run : runs) {
                assertEquals(200, run.get().statusCode());
            }
        } finally {
            pool.shutdown();
        }
        runSchedulerAsOf(day.plusDays(REMINDER_DAYS));
        MimeMessage reminder = await(reminded, "Herinnering: ", 1).get(0);
        assertEquals("Herinnering: Het leerproces structureren", reminder.getSubject());

        String digested = address("digest");
        registerAndConfirm(digested, "MONTHLY");
        runScheduler();
        await(digested, "Nieuwe module: ", 1);
        runSchedulerAsOf(day.plusDays(REMINDER_DAYS));
        runSchedulerAsOf(day.plusMonths(1));
        MimeMessage digest = await(digested, "Je opvolgmodules van deze week", 1).get(0);
        String items = Mailbox.text(digest);
        assertTrue(items.contains("Het leerproces structureren") && items.contains("Een nieuwe competentie"),
                "the reminder and the next module in one mail: " + items);
        runSchedulerAsOf(day.plusMonths(1).plusDays(1));

        Thread.sleep(4_000);
        assertEquals(1, receivedBy(reminded, "Herinnering").size(), "one reminder, whatever the runs");
        assertEquals(1, receivedBy(digested, "Je opvolgmodules").size(), "one digest");
        assertEquals(0, receivedBy(digested, "Herinnering").size(), "the reminder went in the digest");
        assertEquals(1, receivedBy(digested, "Nieuwe module").size(), "the second module went in the digest");
    }

    @Test
    void aYearlyMentorWhoCompletesItsModuleGetsACertificateThatAnyoneCanVerify() throws Exception {
        String email = address("certified");
        assertEquals(200, register(email, "Ilse Wouters", "YEARLY").statusCode());
        String confirmToken = find(CONFIRM_LINK, Mailbox.text(await(email, "Bevestig", 1).get(0))).group(1);
        WebClient mentor = new WebClient(base);
        assertEquals(302, mentor.submit("/course/confirm.xhtml?t=" + confirmToken, "confirmForm",
                Map.of("t", confirmToken), "confirm").statusCode());
        runScheduler();
        Matcher link = find(MODULE_LINK, Mailbox.text(await(email, "Nieuwe module: ", 1).get(0)));
        HttpResponse<String> module = mentor.get(link.group(1));
        assertTrue(mentor.get("/course/me.xhtml?t=" + link.group(2)).body().indexOf("lwp-certificate") < 0,
                "no certificate before the year's module is completed");
        mentor.post(link.group(1), "completeForm", Map.of(), "complete", WebClient.viewState(module.body()));

        String page = mentor.get("/course/me.xhtml?t=" + link.group(2)).body();
        Matcher certificate = find(Pattern.compile("class=\"lwp-certificate\" data-year=\"1\" data-code=\"([A-Z0-9-]{14})\""), page);
        String code = certificate.group(1);
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(new WebClient(base)
                        .uri("/api/v1/course/certificates/" + link.group(2) + "/1.pdf")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(new WebClient(base)
                        .uri("/api/v1/course/certificates/" + "A".repeat(43) + "/1.pdf")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        WebClient anyone = new WebClient(base);
        String verified = anyone.get("/course/verify.xhtml?code=" + code.toLowerCase(Locale.ROOT)).body();
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("nl"))
                .format(today());
        assertTrue(verified.contains("id=\"genuine\"") && verified.contains("Ilse Wouters")
                && verified.contains(day) && !verified.contains(today().toString()),
                "the period in the reader's language, not as ISO: " + verified);
        assertTrue(!verified.contains(email), "no more than name and period");
        String unknown = anyone.get("/course/verify.xhtml?code=AAAA-BBBB-CCCC").body();
        assertTrue(unknown.contains("id=\"notGenuine\"") && !unknown.contains("id=\"genuine\""), unknown);
        String api = anyone.get("/api/v1/course/certificates/verify/" + code).body();
        assertTrue(api.contains("\"genuine\":true") && api.contains("Ilse Wouters") && !api.contains(email), api);
    }

    /**
     * An admin erases a mentor who has mails and a certificate (issue 13): nothing with its address
     * or name is left in any column of any table (the outbox included), its links stop working, its
     * certificate stays genuine but says "erased" instead of the name, and the audit trail has its
     * registration, confirmation, completion, certificate, download and erasure without values.
     */
    @Test
    void anErasedMentorLeavesNoTraceItsLinksStopAndItsCertificateSaysErased() throws Exception {
        String email = address("forgotten");
        String name = "Wannes Vergote " + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(200, register(email, name, "YEARLY").statusCode());
        String confirmToken = find(CONFIRM_LINK, Mailbox.text(await(email, "Bevestig", 1).get(0))).group(1);
        WebClient mentor = new WebClient(base);
        assertEquals(302, mentor.submit("/course/confirm.xhtml?t=" + confirmToken, "confirmForm",
                Map.of("t", confirmToken), "confirm").statusCode());
        runScheduler();
        Matcher link = find(MODULE_LINK, Mailbox.text(await(email, "Nieuwe module: ", 1).get(0)));
        HttpResponse<String> module = mentor.get(link.group(1));
        mentor.post(link.group(1), "completeForm", Map.of(), "complete", WebClient.viewState(module.body()));
        String code = find(Pattern.compile("data-code=\"([A-Z0-9-]{14})\""),
                mentor.get("/course/me.xhtml?t=" + link.group(2)).body()).group(1);
        String pdfPath = "/api/v1/course/certificates/" + link.group(2) + "/1.pdf";
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(mentor.uri(pdfPath)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        WebClient admin = new WebClient(base);
        HttpResponse<String> data = admin.api("GET", "/api/v1/admin/privacy/person?email=" + email, ADMIN,
                ADMIN_PASSWORD, null);
        assertEquals(200, data.statusCode(), data.body());
        assertTrue(data.body().contains("\"kind\":\"mentor\"") && data.body().contains(name)
                && data.body().contains(code) && data.body().contains("\"kind\":\"mentor-progress\""), data.body());
        String mentorId = WebClient.json(data).asJsonObject().getJsonArray("records").getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("kind").equals("mentor")).findFirst().orElseThrow().getString("id");

        HttpResponse<String> erased = admin.api("POST", "/api/v1/admin/privacy/erase", ADMIN, ADMIN_PASSWORD,
                "{\"email\":\"" + email + "\"}");
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("mentor-certificate") && !erased.body().contains(name), erased.body());

        HttpResponse<String> traces = admin.api("GET", "/api/v1/admin/privacy/traces?text=" + email + "&text="
                + name.replace(" ", "%20"), ADMIN, ADMIN_PASSWORD, null);
        assertEquals("[]", traces.body().strip(), "nothing left anywhere in the database, the outbox included");
        assertTrue(mentor.get("/course/me.xhtml?t=" + link.group(2)).body().contains("id=\"unknownLink\""),
                "the personal link stops working");
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(mentor.uri(pdfPath)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(0, WebClient.json(admin.api("GET", "/api/v1/admin/privacy/person?email=" + email, ADMIN,
                ADMIN_PASSWORD, null)).asJsonObject().getJsonArray("records").size(), "nothing is found any more");

        String verified = new WebClient(base).get("/course/verify.xhtml?code=" + code).body();
        assertTrue(verified.contains("id=\"genuine\"") && verified.contains("id=\"erased\"")
                && verified.contains("gegevens van de houder zijn gewist") && !verified.contains("id=\"verified\""),
                verified);
        String french = HTTP.send(HttpRequest.newBuilder(new WebClient(base).uri("/course/verify.xhtml?code=" + code))
                .header("Cookie", "lwp-lang=fr").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        String api = new WebClient(base).get("/api/v1/course/certificates/verify/" + code).body();
        assertTrue(api.contains("\"genuine\":true") && api.contains("\"erased\":true") && !api.contains("Wannes"), api);

        HttpResponse<String> trail = admin.api("GET", "/api/v1/admin/audit?objectKind=mentor&objectId=" + mentorId,
                ADMIN, ADMIN_PASSWORD, null);
        assertEquals(200, trail.statusCode(), trail.body());
        for (String action : List.of("CREATE", "UPDATE", "ERASE")) {
            assertTrue(trail.body().contains("\"action\":\"" + action + "\""), action + " in " + trail.body());
        }
        String exports = admin.api("GET", "/api/v1/admin/audit?objectKind=mentor-certificate&action=EXPORT", ADMIN,
                ADMIN_PASSWORD, null).body();
        assertTrue(exports.contains("\"actorKind\":\"MENTOR\""), "the download is an export: " + exports);
        String progress = admin.api("GET", "/api/v1/admin/audit?objectKind=mentor-progress&objectId=" + mentorId + ":"
                + link.group(3), ADMIN, ADMIN_PASSWORD, null).body();
        assertTrue(progress.contains("\"completed\""), progress);
        assertTrue(!trail.body().contains("Wannes") && !trail.body().contains(email) && !exports.contains("Wannes"),
                "the trail holds no erased value");
        assertTrue(french.contains("id=\"erased\"") && french.contains("Les données du titulaire ont été effacées"), french);
    }

    /**
     * A module not mailed yet: its page says when it comes and shows no text, quiz or "complete";
     * forcing the check or the completion with the module's id in the address is refused, so it
     * neither counts nor stops its delivery, which comes on the day the page said.
     */
    @Test
    void aModuleNotMailedYetCannotBeOpenedOrCompletedAndThePagesSayWhenItComes() throws Exception {
        String email = address("ahead");
        registerAndConfirm(email, "MONTHLY");
        runScheduler();
        Matcher first = find(MODULE_LINK, Mailbox.text(await(email, "Nieuwe module: ", 1).get(0)));
        String token = first.group(2);
        WebClient mentor = new WebClient(base);
        LocalDate expected = today().plusMonths(1);
        String expectedText = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag("nl")).format(expected);

        String me = mentor.get("/course/me.xhtml?t=" + token).body();
        String later = find(Pattern.compile("class=\"lwp-upcoming\" data-module=\"([a-z0-9-]+)\""), me).group(1);
        assertTrue(me.contains(expectedText), "the personal page says when the next module comes: " + me);
        assertTrue(!me.contains("data-module=\"" + later + "\">nee<"), "only mailed modules are listed as received");

        String ahead = "/course/module.xhtml?t=" + token + "&m=" + later;
        String notYet = mentor.get(ahead).body();
        assertTrue(notYet.contains("id=\"notYet\"") && notYet.contains(expectedText), notYet);
        assertTrue(!notYet.contains("id=\"quizForm\"") && !notYet.contains("id=\"completeForm\"")
                && !notYet.contains("id=\"body\""), "neither text, nor quiz, nor complete: " + notYet);

        String unknownModule = mentor.get("/course/module.xhtml?t=" + token + "&m=no-such-module").body();
        assertTrue(unknownModule.contains("id=\"unknownModule\"") && !unknownModule.contains("id=\"unknownLink\""),
                "a valid link with an unknown module says the module is unknown, not the link: " + unknownModule);
        assertTrue(unknownModule.contains("/course/me.xhtml?t=" + token), "and leads back to the overview: " + unknownModule);

        String mailed = mentor.get(first.group(1)).body();
        HttpResponse<String> forcedQuiz = mentor.post(ahead, "quizForm", Map.of("q:0:answer", "0"), "submitQuiz",
                WebClient.viewState(mailed));
        HttpResponse<String> forcedCompletion = mentor.post(ahead, "completeForm", Map.of(), "complete",
                WebClient.viewState(mailed));
        assertEquals(200, forcedQuiz.statusCode(), "no redirect: refused");
        assertTrue(forcedCompletion.body().contains("nog niet naar je gemaild"), forcedCompletion.body());
        String after = mentor.get("/course/me.xhtml?t=" + token).body();
        assertTrue(!after.contains("class=\"lwp-completed\" data-module=\"" + later + "\""), after);
        assertTrue(after.contains("class=\"lwp-upcoming\" data-module=\"" + later + "\""), "still to come: " + after);

        WebClient admin = new WebClient(base);
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        String figures = admin.get("/mentorcourse/figures.xhtml").body();
        Matcher received = Pattern.compile("class=\"lwp-received\" data-module=\"([a-z0-9-]+)\">(\\d+)<").matcher(figures);
        while (received.find()) {
            Matcher opened = find(Pattern.compile("class=\"lwp-opened\" data-module=\"" + received.group(1)
                    + "\">(\\d+)<"), figures);
            assertTrue(Integer.parseInt(opened.group(1)) <= Integer.parseInt(received.group(2)),
                    "opened never exceeds received: " + received.group(1));
        }

        runSchedulerAsOf(expected);
        Matcher next = find(MODULE_LINK, Mailbox.text(await(email, "Nieuwe module: ", 2).get(1)));
        assertEquals(later, next.group(3), "the module comes on the day the page said");
        assertTrue(mentor.get(next.group(1)).body().contains("id=\"completeForm\""), "and can then be completed");
    }

    /** Defect 12: the admin's course page showed French titles, DIDACTIEK and [NL, FR] on a Dutch page. */
    @Test
    void theAdminCoursePageShowsTitlesFocusAndLanguagesInTheReadersLanguage() throws Exception {
        WebClient admin = new WebClient(base);
        admin.signIn(ADMIN, ADMIN_PASSWORD);

        String page = admin.get("/admin/course.xhtml").body();

        assertTrue(page.contains("<span class=\"lwp-module-title\" lang=\"nl\">Het leerproces structureren</span>"), page);
        assertTrue(!page.contains("Structurer le processus"), "no French titles on a Dutch page");
        assertTrue(page.contains(">Didactiek (begeleiden en aanleren)<") && page.contains(">Nederlands, Frans<"), page);
        assertTrue(!page.contains(">DIDACTIEK<") && !page.contains(">BOTH<") && !page.contains("[NL, FR]"), "no codes: " + page);
    }

    @Test
    void unsubscribingFromTheLinkInTheMailStopsTheCourse() throws Exception {
        String email = address("leaves");
        String me = registerAndConfirm(email);
        runScheduler();
        String token = find(MODULE_LINK, Mailbox.text(await(email, "Nieuwe module: ", 1).get(0))).group(2);

        WebClient mentor = new WebClient(base);
        HttpResponse<String> left = mentor.submit("/course/me.xhtml?t=" + token, "membershipForm", Map.of(), "unsubscribe");

        assertEquals(200, left.statusCode());
        assertTrue(left.body().contains("data-status=\"UNSUBSCRIBED\""), left.body());
        assertTrue(mentor.get(me).body().contains("data-status=\"UNSUBSCRIBED\""));
    }

    @Test
    void aMentorRegistersInFrenchInTheBrowserConfirmsOpensTheModuleFromItsMailAnswersTheQuizAndSeesProgress()
            throws Exception {
        String email = address("navigateur");
        WebDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "course/register.xhtml");
            browser.findElement(By.cssSelector("a[data-lang='fr']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registerForm"), "Trimestrielle"));
            browser.findElement(By.id("registerForm:name")).sendKeys("Julie Lambert");
            browser.findElement(By.id("registerForm:email")).sendKeys(email);
            browser.findElement(By.id("registerForm:language")).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='registerForm:language_panel'] li[data-value='FR']"))).click();
            browser.findElement(By.id("registerForm:companyName")).sendKeys("Toitures Lambert");
            label(browser, "registerForm", "Chef d").click();
            label(browser, "registerForm", "Trimestrielle").click();
            label(browser, "registerForm", "Technique et organisation").click();
            browser.findElement(By.id("registerForm:register")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registered")));

            String confirm = find(CONFIRM_LINK, Mailbox.text(await(email, "Confirmez votre inscription", 1).get(0))).group();
            browser.get(base + confirm.substring(1));
            browser.findElement(By.id("confirmForm:confirm")).click();
            wait.until(ExpectedConditions.urlContains("/course/me.xhtml"));
            assertEquals("ACTIVE", browser.findElement(By.id("status")).getAttribute("data-status"));

            runScheduler();
            MimeMessage moduleMail = await(email, "Nouveau module\u00a0: ", 1).get(0);
            Matcher link = find(MODULE_LINK, Mailbox.text(moduleMail));
            assertEquals("leertaken-plannen", link.group(3),
                    "the first module in course order whose focus takes in technique (both)");
            browser.get(base + link.group(1).substring(1));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quizForm")));
            assertEquals("fr", browser.findElement(By.id("body")).getAttribute("lang"), "the module in French");
            List<WebElement> questions = browser.findElements(By.cssSelector("#quizForm fieldset.lwp-question"));
            assertTrue(questions.size() >= 2, "quiz questions: " + questions.size());
            for (WebElement question : questions) {
                question.findElements(By.cssSelector(".ui-radiobutton-box")).get(0).click();
            }
            browser.findElement(By.id("quizForm:submitQuiz")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quizForm .lwp-hint")));
            browser.findElement(By.id("completeForm:complete")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("completeForm:complete")));

            browser.get(base + "course/me.xhtml?t=" + link.group(2));
            WebElement completed = browser.findElement(
                    By.cssSelector(".lwp-completed[data-module='leertaken-plannen']"));
            assertEquals("oui", completed.getText());
            assertTrue(browser.findElement(By.cssSelector(".lwp-quiz[data-module='leertaken-plannen']")).getText()
                    .endsWith("/ " + questions.size()), "the quiz score out of its questions");
        } finally {
            browser.quit();
        }
    }

    /**
     * A complete fiche of {@code visit} naming {@code knelpunten}: every required question of the
     * fiche's current definition answered (its first option, a middle point, a short text), saved
     * section by section over the API, then completed on the fiche page in the browser as an
     * advisor does (the API has no completion).
     */
    private void completeFiche(WebClient client, WebDriver browser, String advisor, long visit, LocalDate date,
                               String... knelpunten) throws Exception {
        JsonObject definition = WebClient.json(client.api("GET", "/api/v1/surveys/leerwerkplekfiche", ADMIN,
                ADMIN_PASSWORD, null)).asJsonObject();
        String fiche = "/api/v1/companies/visits/" + visit + "/fiche";
        long version = WebClient.json(client.api("GET", fiche, advisor, USER_PASSWORD, null)).asJsonObject()
                .getJsonNumber("version").longValue();
        for (JsonValue sectionValue : definition.getJsonArray("sections")) {
            JsonObject section = sectionValue.asJsonObject();
            JsonObjectBuilder answers = Json.createObjectBuilder();
            for (JsonValue questionValue : section.getJsonArray("questions")) {
                JsonObject q = questionValue.asJsonObject();
                if (!q.getBoolean("required")) {
                    continue;
                }
                String code = q.getString("code");
                String first = q.isNull("options") || q.getJsonArray("options").isEmpty() ? null
                        : q.getJsonArray("options").getJsonObject(0).getString("code");
                switch (q.getString("type")) {
                    case "single", "yesno" -> answers.add(code, first);
                    case "multiple" -> answers.add(code, Json.createArrayBuilder().add(first));
                    case "likert" -> answers.add(code, "3");
                    case "likert-matrix" -> {
                        JsonObjectBuilder items = Json.createObjectBuilder();
                        q.getJsonArray("items").forEach(item -> items.add(item.asJsonObject().getString("code"), "3"));
                        answers.add(code, items);
                    }
                    case "number" -> answers.add(code, 8);
                    case "date" -> answers.add(code, date.toString());
                    default -> answers.add(code, "Bouwbedrijf Lus");
                }
            }
            if (section.getString("id").equals("ondersteuning")) {
                JsonArrayBuilder codes = Json.createArrayBuilder();
                Arrays.stream(knelpunten).forEach(codes::add);
                answers.add("F3_KNELPUNTEN", codes);
            }
            HttpResponse<String> saved = client.api("PUT", fiche + "/" + section.getString("id"), advisor,
                    USER_PASSWORD, Json.createObjectBuilder().add("version", version)
                            .add("answers", answers).build().toString());
            assertEquals(200, saved.statusCode(), saved.body());
            assertTrue(WebClient.json(saved).asJsonObject().getBoolean("complete"), section + ": " + saved.body());
            version = WebClient.json(saved).asJsonObject().getJsonNumber("version").longValue();
        }
        browser.get(base + "companies/fiche.xhtml?visit=" + visit);
        browser.findElement(By.id("ficheForm:complete")).click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("ficheForm:readOnly")));
        assertTrue(WebClient.json(client.api("GET", fiche, advisor, USER_PASSWORD, null)).asJsonObject()
                .getBoolean("completed"), "the fiche of " + date + " is completed");
    }

    private static long count(String figuresPage, String knelpunt, String cell) {
        Matcher table = Pattern.compile("data-knelpunt=\"" + knelpunt + "\"(.*?)</section>", Pattern.DOTALL)
                .matcher(figuresPage);
        if (!table.find()) {
            return 0;
        }
        return Long.parseLong(find(Pattern.compile("data-cell=\"" + cell + "\">(\\d+)<"), table.group(1)).group(1));
    }

    /**
     * The loop from knelpunten to training and back: a company's first fiche names K11, its mentor
     * then completes a module that addresses K11, and its second fiche no longer names it. The
     * company page shows, for advisor and analyst, K11 named at the first visit with that module
     * and not at the second; the figures page counts the company once, as "module completed, no
     * longer named", and not before it has its second fiche.
     */
    @Test
    void aKnelpuntGoneAtTheNextFicheAfterItsMentorCompletedAMatchingModuleShowsOnTheCompanyPageAndInTheFigures()
            throws Exception {
        WebClient admin = new WebClient(base);
        String advisor = createUser(admin, "ADVISOR");
        String analyst = createUser(admin, "ANALYST");
        WebClient analystPages = new WebClient(base);
        analystPages.signIn(analyst, USER_PASSWORD);
        long before = count(analystPages.get("/mentorcourse/figures.xhtml").body(), "K11", "trainedGone");
        long number = 10_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 9_999_999L);
        HttpResponse<String> created = admin.api("POST", "/api/v1/companies", advisor, USER_PASSWORD,
                "{\"enterpriseNumber\":\"" + String.format("%08d%02d", number, 97 - number % 97)
                        + "\",\"name\":\"Bouwbedrijf Lus\",\"province\":\"LIMBURG\",\"subsectors\":[\"RUWBOUW\"],"
                        + "\"employees\":8}");
        assertEquals(201, created.statusCode(), created.body());
        long company = WebClient.json(created).asJsonObject().getJsonNumber("id").longValue();
        LocalDate firstDay = today().minusDays(60);
        String email = address("loop-mentor");
        WebDriver browser = Browser.start();
        try {
            browser.get(base + "login.xhtml");
            browser.findElement(By.id("loginForm:username")).sendKeys(advisor);
            browser.findElement(By.id("loginForm:password")).sendKeys(USER_PASSWORD);
            browser.findElement(By.id("loginForm:submit")).click();
            new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));
            long first = WebClient.json(admin.api("POST", "/api/v1/companies/" + company + "/visits", advisor,
                    USER_PASSWORD, "{\"date\":\"" + firstDay + "\"}")).asJsonObject().getJsonNumber("id").longValue();
            completeFiche(admin, browser, advisor, first, firstDay, "K11");

            WebClient advisorPages = new WebClient(base);
            advisorPages.signIn(advisor, USER_PASSWORD);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", "Lore Lus");
            fields.put("email", email);
            fields.put("language_input", "NL");
            fields.put("role", "VAKMAN");
            fields.put("frequency", "MONTHLY");
            fields.put("focus", "DIDACTIEK");
            assertTrue(advisorPages.submit("/mentorcourse/company.xhtml?company=" + company, "registerForm", fields,
                    "register").body().contains("id=\"registered\""));
            String token = find(CONFIRM_LINK, Mailbox.text(await(email, "Bevestig", 1).get(0))).group(1);
            WebClient mentor = new WebClient(base);
            assertEquals(302, mentor.submit("/course/confirm.xhtml?t=" + token, "confirmForm", Map.of("t", token),
                    "confirm").statusCode());
            runScheduler();
            Matcher link = find(MODULE_LINK, Mailbox.text(await(email, "Nieuwe module: ", 1).get(0)));
            assertEquals("leerproces-structureren", link.group(3), "the first module for K11");
            HttpResponse<String> module = mentor.get(link.group(1));
            assertEquals(302, mentor.post(link.group(1), "completeForm", Map.of(), "complete",
                    WebClient.viewState(module.body())).statusCode());
            assertEquals(before, count(analystPages.get("/mentorcourse/figures.xhtml").body(), "K11", "trainedGone"),
                    "one completed fiche: nothing to compare yet");

            long second = WebClient.json(admin.api("POST", "/api/v1/companies/" + company + "/visits", advisor,
                    USER_PASSWORD, "{\"date\":\"" + today() + "\"}")).asJsonObject().getJsonNumber("id").longValue();
            completeFiche(admin, browser, advisor, second, today(), "K03");
        } finally {
            browser.quit();
        }

        for (String user : List.of(advisor, analyst)) {
            WebClient pages = new WebClient(base);
            pages.signIn(user, USER_PASSWORD);
            String page = pages.get("/companies/company.xhtml?id=" + company).body();
            assertTrue(page.contains("id=\"loopGrid\""), user + ": " + page);
            Matcher named = find(Pattern.compile("data-knelpunt=\"K11\" data-visit=\"" + firstDay
                    + "\" data-named=\"true\">(.*?)</td>", Pattern.DOTALL), page);
            assertTrue(named.group(1).contains("data-module=\"leerproces-structureren\" data-mentors=\"1\""),
                    "the module its mentor completed in between: " + named.group(1));
            assertTrue(page.contains("data-knelpunt=\"K11\" data-visit=\"" + today() + "\" data-named=\"false\""), page);
            assertTrue(page.contains("data-knelpunt=\"K03\" data-visit=\"" + today() + "\" data-named=\"true\""), page);
            assertTrue(!page.contains(email) && !page.contains("Lore Lus"), "counts of mentors, no names: " + user);
        }
        WebClient other = new WebClient(base);
        other.signIn(createUser(admin, "ADVISOR"), USER_PASSWORD);
        assertTrue(!other.get("/companies/company.xhtml?id=" + company).body().contains("loopGrid"),
                "another advisor's company is not found, nor its loop");

        String figures = analystPages.get("/mentorcourse/figures.xhtml").body();
        assertEquals(before + 1, count(figures, "K11", "trainedGone"), figures);
        assertTrue(figures.contains("id=\"loopCaution\""), "the figures say what they are: an association");
    }

    private static WebElement label(WebDriver browser, String form, String textStart) {
        return browser.findElement(By.xpath("//form[@id='" + form + "']//label[starts-with(normalize-space(.), '"
                + textStart + "')]"));
    }

    @Test
    void anUnknownLinkGetsAFriendlyPageAndTheCalendarA404() throws Exception {
        WebClient visitor = new WebClient(base);
        String unknown = "A".repeat(43);

        HttpResponse<String> page = visitor.get("/course/me.xhtml?t=" + unknown);
        HttpResponse<String> module = visitor.get("/course/module.xhtml?t=nonsense&m=feedback-geven");
        HttpResponse<String> calendar = visitor.get("/api/v1/course/calendar/" + unknown + ".ics");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"unknownLink\""), page.body());
        assertTrue(module.body().contains("id=\"unknownLink\""), module.body());
        assertEquals(404, calendar.statusCode());
    }
}
