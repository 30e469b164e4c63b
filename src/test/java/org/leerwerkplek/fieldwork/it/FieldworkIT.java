package org.leerwerkplek.fieldwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leerwerkplek.platform.it.FundDay;
import org.leerwerkplek.platform.audit.AuditChain;
import org.leerwerkplek.platform.audit.AuditChainCheck;
import org.leerwerkplek.platform.backup.DerbyRestore;
import org.leerwerkplek.platform.it.Http11Api;
import org.leerwerkplek.platform.it.Mailbox;
import org.leerwerkplek.platform.it.WebClient;

/**
 * A wave on a running Payara Micro whose SMTP server is GreenMail in this test: bad invitee lists
 * are refused per line, invitations arrive once in each invitee's language with its own links
 * (also when two runs race), one invitee answers through its link, the monitor moves, an opt-out
 * takes, and the reminder skips the one who answered and the one who opted out. Each test makes
 * its own wave and addresses, so their order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "lwp.war", matches = ".+",
        disabledReason = "an integration test: failsafe runs it on the built WAR (mvn verify)")
class FieldworkIT {

    private static final String ADMIN = System.getProperty("lwp.it.adminUser", "it-admin");
    private static final String ADMIN_PASSWORD = System.getProperty("lwp.it.adminPassword");
    private static final Path SURVEYS = Path.of(System.getProperty("lwp.it.surveysDir", "target/it-surveys"));
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final Pattern RESPOND = Pattern.compile("respond\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final Pattern OPT_OUT = Pattern.compile("optout\\.xhtml\\?t=([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lwp.war")));
    }

    private HttpResponse<String> api(String method, String path, String user, String password, String contentType,
                                     String body) throws Exception {
        return new Http11Api(base).send(method, path, user, password, contentType, body);
    }

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return api(method, path, ADMIN, ADMIN_PASSWORD, "application/json", json);
    }

    private JsonObject monitor(long wave) throws Exception {
        HttpResponse<String> response = admin("GET", "/api/v1/fieldwork/" + wave, null);
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonObject();
    }

    /** The IT surveys folder outlives this class (a second `mvn verify` reuses it): leave it as found. */
    @AfterAll
    static void removeInstrument() throws Exception {
        Files.deleteIfExists(SURVEYS.resolve("veldwerk_it.yaml"));
    }

    /** A one-page instrument with an optional question, written into the IT surveys folder and loaded. */
    private static String instrument() throws Exception {
        String id = "veldwerk_it";
        Path file = SURVEYS.resolve(id + ".yaml");
        if (!Files.exists(file)) {
            Files.writeString(file, """
                    id: veldwerk_it
                    version: 1
                    languages: [nl, fr]
                    title: {nl: "Veldwerktest", fr: "Test de terrain"}
                    sections:
                      - id: een
                        title: {nl: "Een", fr: "Un"}
                        questions:
                          - code: Q1
                            type: text
                            label: {nl: "Opmerking", fr: "Remarque"}
                    """, StandardCharsets.UTF_8);
        }
        return id;
    }

    private long wave(String label) throws Exception {
        String instrument = instrument();
        HttpResponse<String> reload = admin("POST", "/api/v1/surveys/reload", "{}");
        assertEquals(200, reload.statusCode(), reload.body());
        LocalDate today = FundDay.today();
        HttpResponse<String> created = admin("POST", "/api/v1/fieldwork", "{\"name\":\"" + label
                + "\",\"instrumentId\":\"" + instrument + "\",\"invitationDate\":\"" + today
                + "\",\"reminderMinDays\":3,\"reminderMax\":2,\"reminderLastDate\":\"" + today.plusDays(10)
                + "\",\"closingDate\":\"" + today.plusDays(14) + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return WebClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    }

    private HttpResponse<String> importCsv(long wave, String csv) throws Exception {
        return api("POST", "/api/v1/fieldwork/" + wave + "/invitees", ADMIN, ADMIN_PASSWORD, "text/csv; charset=UTF-8", csv);
    }

    private static List<MimeMessage> receivedBy(String recipient) {
        return Mailbox.to(SMTP, recipient);
    }

    private List<MimeMessage> await(String recipient, int count) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            admin("POST", "/api/v1/admin/mail/send-due", "{}");
            List<MimeMessage> received = receivedBy(recipient);
            if (received.size() >= count) {
                return received;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("fewer than " + count + " mails for " + recipient + " within " + PATIENCE);
    }

    private static String token(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }

    @Test
    void aBadListIsRefusedPerLineAndNothingIsImported() throws Exception {
        long wave = wave("refused");

        HttpResponse<String> bad = importCsv(wave, """
                company,contact,email,language
                Bouw A,An,an@bouw.example,nl
                Bouw B,Bert,geen adres,nl
                Bouw C,Cis,an@bouw.example,fr
                """);
        HttpResponse<String> missing = importCsv(wave, "company,contact,language\nBouw A,An,nl\n");

        assertEquals(422, bad.statusCode(), bad.body());
        JsonObject refusal = WebClient.json(bad).asJsonObject();
        assertEquals(0, refusal.getInt("added"));
        assertEquals(3, refusal.getJsonArray("problems").getJsonObject(0).getInt("line"));
        assertEquals("'geen adres' is geen bruikbaar e-mailadres.",
                refusal.getJsonArray("problems").getJsonObject(0).getString("message"));
        assertEquals(4, refusal.getJsonArray("problems").getJsonObject(1).getInt("line"));
        assertEquals(422, missing.statusCode(), missing.body());
        assertEquals("De kolom 'email' ontbreekt.",
                WebClient.json(missing).asJsonObject().getJsonArray("problems").getJsonObject(0).getString("message"));
        assertEquals(0, monitor(wave).getJsonObject("counts").getInt("invitees"));
    }

    @Test
    void aWaveInvitesOnceAnswersThroughItsOwnLinkAndTheReminderSkipsWhoAnsweredOrOptedOut() throws Exception {
        long wave = wave("golf");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String an = "an-" + tag + "@bouw.example";
        String bert = "bert-" + tag + "@bouw.example";
        String cis = "cis-" + tag + "@bouw.example";
        HttpResponse<String> imported = importCsv(wave, "company,contact,email,language,size_class\n"
                + "Bouw A,An Peeters," + an + ",nl,FROM_0_TO_4\n"
                + "Bâtiment B,Bert Dubois," + bert + ",fr,FROM_0_TO_4\n"
                + "Build C,Cis Smith," + cis + ",en,FROM_100\n");
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(3, monitor(wave).getInt("pending"));

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> runDue());
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> runDue());
        int invitations = WebClient.json(first.get()).asJsonObject().getInt("invitations")
                + WebClient.json(second.get()).asJsonObject().getInt("invitations");
        assertEquals(200, runDue().statusCode());

        MimeMessage toAn = await(an, 1).get(0);
        MimeMessage toBert = await(bert, 1).get(0);
        MimeMessage toCis = await(cis, 1).get(0);
        assertTrue(invitations >= 3, "two racing runs invited the three");
        assertEquals("Uw mening over leren op de werf: persoonlijke uitnodiging", toAn.getSubject());
        assertEquals("Votre avis sur l'apprentissage sur chantier\u00a0: invitation personnelle", toBert.getSubject());
        assertEquals("Your view on learning on the building site: personal invitation", toCis.getSubject());
        assertTrue(Mailbox.text(toAn).startsWith("Dag An Peeters,"), Mailbox.text(toAn));
        String anToken = token(RESPOND, Mailbox.text(toAn));
        String bertToken = token(RESPOND, Mailbox.text(toBert));
        String cisOptOut = token(OPT_OUT, Mailbox.text(toCis));
        assertTrue(Mailbox.text(toAn).contains("http://localhost:" + base.getPort() + base.getPath() + "respond.xhtml?t="
                + anToken), "no lwp.public-url: the link carries this server's port " + Mailbox.text(toAn));
        Thread.sleep(3_000);
        admin("POST", "/api/v1/admin/mail/send-due", "{}");
        assertEquals(1, receivedBy(an).size(), "one invitation, though three runs went by");
        assertEquals(1, receivedBy(bert).size());

        WebClient respondent = new WebClient(base);
        HttpResponse<String> anPage = respondent.get("/respond.xhtml?t=" + anToken);
        assertEquals(200, anPage.statusCode());
        assertTrue(anPage.body().contains("respondForm"), "the link opens the questionnaire");
        HttpResponse<String> submitted = respondent.post("/respond.xhtml?t=" + anToken, "respondForm",
                Map.of(), "submit", WebClient.viewState(anPage.body()));
        assertTrue(submitted.statusCode() == 200 || submitted.statusCode() == 302, String.valueOf(submitted.statusCode()));

        HttpResponse<String> anAgain = new WebClient(base).get("/respond.xhtml?t=" + anToken);
        HttpResponse<String> bertPage = new WebClient(base).get("/respond.xhtml?t=" + bertToken);
        HttpResponse<String> forged = new WebClient(base).get("/respond.xhtml?t="
                + anToken.substring(0, 42) + (anToken.endsWith("A") ? "B" : "A"));
        HttpResponse<String> optOutAsAnswer = new WebClient(base).get("/respond.xhtml?t=" + cisOptOut);
        assertFalse(anAgain.body().contains("id=\"respondForm\""), "An's response is submitted and locked");
        assertTrue(bertPage.body().contains("id=\"respondForm\""), "Bert's link opens Bert's own, open response");
        assertTrue(forged.body().contains("id=\"unknownLink\""), "a changed token opens nothing");
        assertTrue(optOutAsAnswer.body().contains("id=\"unknownLink\""), "an opt-out token opens no response");

        WebClient cisPages = new WebClient(base);
        HttpResponse<String> optOutPage = cisPages.get("/optout.xhtml?t=" + cisOptOut);
        assertTrue(optOutPage.body().contains("Build C"), optOutPage.body());
        HttpResponse<String> optedOut = cisPages.post("/optout.xhtml?t=" + cisOptOut, "optOutForm",
                Map.of("token", cisOptOut), "confirm", WebClient.viewState(optOutPage.body()));
        assertEquals(200, optedOut.statusCode());
        assertTrue(optedOut.body().contains("id=\"done\""), optedOut.body());
        assertTrue(new WebClient(base).get("/optout.xhtml?t=" + "A".repeat(43)).body().contains("id=\"unknownLink\""));

        JsonObject counts = monitor(wave).getJsonObject("counts");
        HttpResponse<String> analysed = admin("GET", "/api/v1/analysis/veldwerk_it?wave=" + wave, null);
        assertEquals(200, analysed.statusCode(), analysed.body());
        assertEquals(1, WebClient.json(analysed).asJsonObject().getInt("respondents"),
                "the analysis filtered on this wave counts An's response only");
        assertTrue(WebClient.json(analysed).asJsonObject().getJsonArray("scope").toString().contains("Golf: golf"),
                analysed.body());
        assertEquals(3, counts.getInt("invited"));
        assertEquals(1, counts.getInt("submitted"));
        assertEquals(2, counts.getInt("opened"), "An opened and submitted, Bert opened: as the chart counts them");
        assertEquals(1, counts.getInt("optedOut"));

        HttpResponse<String> small = admin("POST", "/api/v1/fieldwork/" + wave + "/remind-group",
                "{\"dimension\":\"SIZE_CLASS\",\"value\":\"FROM_0_TO_4\"}");
        HttpResponse<String> large = admin("POST", "/api/v1/fieldwork/" + wave + "/remind-group",
                "{\"dimension\":\"SIZE_CLASS\",\"value\":\"FROM_100\"}");
        assertEquals(200, small.statusCode(), small.body());
        assertEquals(1, WebClient.json(small).asJsonObject().getInt("mailed"), "only Bert, who has not answered");
        assertEquals(0, WebClient.json(large).asJsonObject().getInt("mailed"), "Cis opted out");
        List<MimeMessage> bertMails = await(bert, 2);
        assertEquals("Rappel\u00a0: votre avis sur l'apprentissage sur chantier", bertMails.get(1).getSubject());
        assertEquals(bertToken, token(RESPOND, Mailbox.text(bertMails.get(1))), "the reminder carries the same link");
        Thread.sleep(3_000);
        admin("POST", "/api/v1/admin/mail/send-due", "{}");
        assertEquals(1, receivedBy(an).size(), "no reminder to who answered");
        assertEquals(1, receivedBy(cis).size(), "no reminder to who opted out");

        WebClient analystPages = new WebClient(base);
        analystPages.signIn(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> page = analystPages.get("/fieldwork/wave.xhtml?id=" + wave);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"timeline\""), "the monitor has its chart");
        String monitorPage = page.body();
        assertTrue(monitorPage.contains("id=\"openedCount\">2</strong> geopend"), "the counts agree with the chart");
        assertTrue(monitorPage.contains("id=\"submittedCount\">1</strong> ingediend"), "one submitted");
        assertTrue(monitorPage.contains("3</strong> genodigden"), "three invitees");
        assertTrue(monitorPage.contains("0–4 werknemers"), "groups by their names, not their codes");
        assertFalse(Pattern.compile(">[^<]*FROM_0_TO_4[^<]*<").matcher(monitorPage).find(), "no group code shown");
        assertFalse(Pattern.compile("\\d[.,]\\d{4,}").matcher(monitorPage).find(), "statistics rounded for reading");

        HttpResponse<String> waves = analystPages.get("/fieldwork/index.xhtml");
        assertEquals(200, waves.statusCode());
        assertTrue(Pattern.compile("<option value=\"werkgeversbevraging\"[^>]* selected=\"selected\"[^>]*>Werkgeversbevraging: "
                + "uw bedrijf als leerwerkplek</option>").matcher(waves.body()).find(),
                "a new wave asks the employer questionnaire, listed by its title");
        assertTrue(waves.body().contains(">Veldwerktest</td>") || waves.body().contains(">Veldwerktest<"),
                "the waves list their instrument by its title");
    }

    private static final Pattern TEXT_FIELD = Pattern.compile("name=\"respondForm:([^\"]*:text)\"");
    private static final Pattern CONFIRM_LINK = Pattern.compile("/course/confirm\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final Pattern MODULE_LINK =
            Pattern.compile("(/course/module\\.xhtml\\?t=([0-9]+\\.-?[0-9]+\\.[A-Za-z0-9_-]{43})&m=([a-z0-9-]+))");

    /** The newest mail to {@code recipient} whose subject starts so, nudging the outbox until it comes. */
    private String awaitMail(String recipient, String subjectStart) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            admin("POST", "/api/v1/admin/mail/send-due", "{}");
            for (MimeMessage mail : receivedBy(recipient)) {
                if (mail.getSubject().startsWith(subjectStart)) {
                    return Mailbox.text(mail);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail '" + subjectStart + "...' for " + recipient + " within " + PATIENCE);
    }

    /** Opens a personal link and submits it with {@code text} as the answer to the text question. */
    private HttpResponse<String> answerAndSubmit(WebClient respondent, String token, String text) throws Exception {
        HttpResponse<String> page = respondent.get("/respond.xhtml?t=" + token);
        assertEquals(200, page.statusCode());
        return respondent.post("/respond.xhtml?t=" + token, "respondForm", Map.of(token(TEXT_FIELD, page.body()), text),
                "submit", WebClient.viewState(page.body()));
    }

    private HttpResponse<String> traces(String... texts) throws Exception {
        StringBuilder query = new StringBuilder();
        for (String text : texts) {
            query.append(query.isEmpty() ? "?" : "&").append("text=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        HttpResponse<String> traces = admin("GET", "/api/v1/admin/privacy/traces" + query, null);
        assertEquals(200, traces.statusCode(), traces.body());
        return traces;
    }

    private String person(String email) throws Exception {
        HttpResponse<String> data = admin("GET", "/api/v1/admin/privacy/person?email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8), null);
        assertEquals(200, data.statusCode(), data.body());
        return data.body();
    }

    private int respondents(long wave) throws Exception {
        HttpResponse<String> analysed = admin("GET", "/api/v1/analysis/veldwerk_it?wave=" + wave, null);
        assertEquals(200, analysed.statusCode(), analysed.body());
        return WebClient.json(analysed).asJsonObject().getInt("respondents");
    }

    /**
     * Issue 13's erasure test: one person who appears everywhere (a company's contact, an invitee
     * who answered with a free text naming themselves, a mentor with mails and a certificate) is
     * erased; then no text column of any table, the outbox included, holds the address or the
     * name (the JDBC scan over the whole schema behind /privacy/traces), the links open nothing and
     * the answer still counts in the wave's statistics.
     */
    @Test
    void aPersonWhoAppearsEverywhereIsErasedAndNoColumnOfAnyTableHoldsTheirAddressOrName() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "overal-" + tag + "@werf.example";
        String name = "Griet Overal " + tag;
        HttpResponse<String> company = admin("POST", "/api/v1/companies", "{\"enterpriseNumber\":\"" + enterpriseNumber()
                + "\",\"name\":\"Bouw " + tag + "\",\"province\":\"LIMBURG\",\"subsectors\":[\"RUWBOUW\"],\"employees\":12,"
                + "\"contacts\":[{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"language\":\"nl\"}]}");
        assertEquals(201, company.statusCode(), company.body());

        Map<String, String> registration = new LinkedHashMap<>();
        registration.put("name", name);
        registration.put("email", email);
        registration.put("language_input", "NL");
        registration.put("companyName", "Bouw " + tag);
        registration.put("role", "PLOEGLEIDER");
        registration.put("frequency", "YEARLY");
        registration.put("focus", "DIDACTIEK");
        WebClient mentor = new WebClient(base);
        assertEquals(200, mentor.submit("/course/register.xhtml", "registerForm", registration, "register").statusCode());
        String confirm = token(CONFIRM_LINK, awaitMail(email, "Bevestig"));
        assertEquals(302, mentor.submit("/course/confirm.xhtml?t=" + confirm, "confirmForm", Map.of("t", confirm),
                "confirm").statusCode());
        HttpResponse<String> run = new Http11Api(base).send("POST", "/api/v1/admin/course/run", ADMIN, ADMIN_PASSWORD,
                "application/json", "{}");
        assertEquals(200, run.statusCode(), run.body());
        Matcher module = MODULE_LINK.matcher(awaitMail(email, "Nieuwe module: "));
        assertTrue(module.find());
        HttpResponse<String> modulePage = mentor.get(module.group(1));
        mentor.post(module.group(1), "completeForm", Map.of(), "complete", WebClient.viewState(modulePage.body()));
        Matcher certificate = Pattern.compile("data-code=\"([A-Z0-9-]{14})\"")
                .matcher(mentor.get("/course/me.xhtml?t=" + module.group(2)).body());
        assertTrue(certificate.find(), "the mentor has a certificate");
        assertTrue(new WebClient(base).get("/course/verify.xhtml?code=" + certificate.group(1)).body().contains(name));

        long wave = wave("overal");
        assertEquals(200, importCsv(wave, "company,contact,email,language\nBouw " + tag + "," + name + "," + email
                + ",nl\n").statusCode());
        runDue();
        String invitation = awaitMail(email, "Uw mening");
        String answerToken = token(RESPOND, invitation);
        String optOutToken = token(OPT_OUT, invitation);
        HttpResponse<String> submitted = answerAndSubmit(new WebClient(base), answerToken,
                "Bel me gerust: " + name + ", " + email);
        assertTrue(submitted.statusCode() == 200 || submitted.statusCode() == 302, String.valueOf(submitted.statusCode()));
        assertEquals(1, respondents(wave));
        String before = person(email);
        assertTrue(before.contains("\"invitee\"") && before.contains("Bel me gerust"),
                "the access request holds the invitation and the answer with its text: " + before);
        assertTrue(traces(email, name).body().contains("fieldwork_invitee"), "the scan finds the person before");

        HttpResponse<String> erased = admin("POST", "/api/v1/admin/privacy/erase", "{\"email\":\"" + email + "\"}");

        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("\"invitee\"") && erased.body().contains("\"survey-response\""), erased.body());
        List<String> left = WebClient.json(traces(email, name, "Bel me gerust")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("table") + "." + t.getString("column")).toList();
        assertTrue(left.stream().noneMatch(t -> t.startsWith("fieldwork_") || t.startsWith("survey_")
                || t.startsWith("outbox_") || t.startsWith("audit_")), "invitations, answers, outbox and trail: " + left);
        String after = person(email);
        assertFalse(after.contains("\"invitee\"") || after.contains("Bel me gerust"), "no invitation found any more: " + after);
        assertTrue(new WebClient(base).get("/respond.xhtml?t=" + answerToken).body().contains("id=\"unknownLink\""),
                "the answering link opens nothing");
        assertTrue(new WebClient(base).get("/optout.xhtml?t=" + optOutToken).body().contains("id=\"unknownLink\""),
                "the opt-out link opens nothing");
        assertEquals(1, respondents(wave), "the answer still counts in the wave's statistics");
        assertEquals("[]", traces(email, name, "Bel me gerust").body().strip(),
                "no column of any table (contacts, mentors and certificates included) holds the address, the name or the free text");
        assertFalse(person(email).contains(name), "nothing is found about the address any more");
        assertFalse(new WebClient(base).get("/course/verify.xhtml?code=" + certificate.group(1)).body().contains(name),
                "the certificate's verification no longer names the mentor");
    }

    private static String enterpriseNumber() {
        long base = 10_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 9_999_999L);
        return String.format("%08d%02d", base, 97 - base % 97);
    }

    private String audited(String query) throws Exception {
        HttpResponse<String> rows = admin("GET", "/api/v1/admin/audit?" + query, null);
        assertEquals(200, rows.statusCode(), rows.body());
        return rows.body();
    }

    private JsonObject rule(String asOf, String key) throws Exception {
        HttpResponse<String> rules = admin("GET", "/api/v1/admin/privacy/retention?asOf=" + asOf, null);
        assertEquals(200, rules.statusCode(), rules.body());
        return WebClient.json(rules).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + key + ": " + rules.body()));
    }

    private void runRetention(String asOf) throws Exception {
        HttpResponse<String> ran = admin("POST", "/api/v1/admin/privacy/retention/run?asOf=" + asOf, "{}");
        assertEquals(200, ran.statusCode(), ran.body());
    }

    /**
     * Retention under a clock the test sets (asOf): an invitee's name, address and links stay up
     * to the last day of {@code lwp.retention.invitee-months} (6) after the wave's closing date and
     * go the day after, with the wave's link key; the answer stays and still counts.
     */
    @Test
    void anInviteeIsAnonymisedTheDayAfterTheRetentionPeriodAfterItsWaveClosedAndTheAnswerStays() throws Exception {
        long wave = wave("bewaartermijn");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "bewaard-" + tag + "@bouw.example";
        String name = "Bert Bewaard " + tag;
        assertEquals(200, importCsv(wave, "company,contact,email,language\nBouw " + tag + "," + name + "," + email
                + ",nl\n").statusCode());
        runDue();
        String answerToken = token(RESPOND, awaitMail(email, "Uw mening"));
        answerAndSubmit(new WebClient(base), answerToken, "Geen opmerkingen");
        assertTrue(audited("objectKind=wave&objectId=" + wave).contains("\"action\":\"CREATE\""), "the wave's creation");
        assertTrue(audited("objectKind=invitee&objectId=wave:" + wave + ":added:1").contains("\"total\":1"),
                "one row for the import, with its count");
        assertTrue(audited("objectKind=invitee&objectId=wave:" + wave + ":invited:1").contains("\"actor\":\"fieldwork\""),
                "one row for the invitations of the run, by the fieldwork job");
        HttpResponse<String> export = new WebClient(base).download("/api/v1/surveys/veldwerk_it/export", ADMIN, ADMIN_PASSWORD);
        assertEquals(200, export.statusCode());
        assertTrue(audited("objectKind=survey-data&action=EXPORT&size=500").contains("\"objectId\":\"veldwerk_it:v1:csv:"),
                "the export of responses is in the trail");
        LocalDate closing = LocalDate.parse(monitor(wave).getJsonObject("wave").getString("closingDate"));
        String lastDay = closing.plusMonths(6).toString();
        String dayAfter = closing.plusMonths(6).plusDays(1).toString();
        assertEquals(6, rule(lastDay, "fieldwork.invitees").getInt("months"));

        runRetention(lastDay);
        assertTrue(person(email).contains(name), "kept on the last day of the period");
        assertTrue(rule(dayAfter, "fieldwork.invitees").getJsonNumber("dueNow").longValue() >= 1, "due the day after");

        runRetention(dayAfter);

        assertFalse(person(email).contains("\"invitee\""), "the invitee is anonymised: " + person(email));
        assertEquals(0, rule(dayAfter, "fieldwork.invitees").getJsonNumber("dueNow").longValue(), "nothing due is left");
        assertEquals(0, rule(dayAfter, "fieldwork.wave-keys").getJsonNumber("dueNow").longValue());
        assertEquals("[]", traces(email, name).body().strip(), "address and name are nowhere left");
        assertTrue(new WebClient(base).get("/respond.xhtml?t=" + answerToken).body().contains("id=\"unknownLink\""));
        assertEquals(1, respondents(wave), "the answer still counts");
    }

    /** Staff are known by user name: a wave's creator and a paper entry's author are found for their address and erased. */
    @Test
    void anAccountThatCreatedAWaveAndEnteredAPaperResponseIsNamedInNeitherOnceErased() throws Exception {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@fonds.example";
        String password = "Werfleider-Gent-2026";
        assertEquals(201, admin("POST", "/api/v1/admin/users", "{\"username\":\"" + username + "\",\"email\":\"" + email
                + "\",\"password\":\"" + password + "\",\"roles\":[\"ADMIN\"]}").statusCode());
        instrument();
        assertEquals(200, admin("POST", "/api/v1/surveys/reload", "{}").statusCode());
        LocalDate today = FundDay.today();
        HttpResponse<String> wave = api("POST", "/api/v1/fieldwork", username, password, "application/json",
                "{\"name\":\"golf van de medewerker\",\"instrumentId\":\"veldwerk_it\",\"invitationDate\":\"" + today
                        + "\",\"reminderMinDays\":3,\"reminderMax\":0,\"reminderLastDate\":\"" + today
                        + "\",\"closingDate\":\"" + today.plusDays(7) + "\"}");
        assertEquals(201, wave.statusCode(), wave.body());
        HttpResponse<String> paper = api("POST", "/api/v1/surveys/veldwerk_it/responses", username, password,
                "application/json", "{\"language\":\"nl\",\"channel\":\"PAPER\"}");
        assertEquals(201, paper.statusCode(), paper.body());
        String held = person(email);
        assertTrue(held.contains("\"createdBy\":\"" + username + "\"") && held.contains("\"enteredBy\":\"" + username + "\""),
                held);

        HttpResponse<String> erased = admin("POST", "/api/v1/admin/privacy/erase", "{\"email\":\"" + email + "\"}");

        assertEquals(200, erased.statusCode(), erased.body());
        List<String> left = WebClient.json(traces(username)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("table") + "." + t.getString("column"))
                .filter(t -> t.startsWith("fieldwork_") || t.startsWith("survey_")).toList();
        assertEquals(List.of(), left, "neither the wave nor the paper entry names the account any more");
        assertEquals(200, admin("GET", "/api/v1/fieldwork/" + WebClient.json(wave).asJsonObject().getJsonNumber("id"),
                null).statusCode(), "the wave itself stays");
    }

    /** The public privacy page reads its periods from the retention settings; every public page links to it. */
    @Test
    void thePrivacyPageSaysHowLongInviteesAreKeptAndThePublicPagesLinkToIt() throws Exception {
        HttpResponse<String> privacy = new WebClient(base).get("/privacy.xhtml");

        assertEquals(200, privacy.statusCode(), "public, without signing in");
        assertTrue(Pattern.compile("data-rule=\"fieldwork.invitees\">\\s*<th scope=\"row\">Genodigden van een golf[^<]*</th>"
                + "\\s*<td>6 maanden</td>").matcher(privacy.body()).find(), privacy.body());
        assertTrue(Pattern.compile("data-rule=\"fieldwork.wave-keys\">\\s*<th[^>]*>[^<]*</th>\\s*<td>1 maand</td>")
                .matcher(privacy.body()).find(), "one month, not '1 maanden'");
        assertTrue(privacy.body().contains("sectorfonds dat u uitnodigde"), "no contact configured: the fund that invited");
        for (String page : List.of("/respond.xhtml?t=" + "A".repeat(43), "/optout.xhtml?t=" + "A".repeat(43),
                "/course/register.xhtml", "/login.xhtml")) {
            assertTrue(new WebClient(base).get(page).body().contains("href=\"" + base.getPath() + "privacy.xhtml\""), page + " links to the privacy page");
        }
    }

    /**
     * Issue 13's backup test: a backup taken while 20 respondents submit holds every answer whose
     * submission was acknowledged before the backup started; restored the way the application
     * restores at start ({@link DerbyRestore}), its audit chain verifies. PostgreSQL is backed up
     * with pg_dump (the API refuses), which .ci/run restores and starts on.
     */
    @Test
    void aBackupTakenWhileTwentyRespondentsSubmitHoldsEveryAcknowledgedAnswerAndAnIntactAuditChain() throws Exception {
        instrument();
        assertEquals(200, admin("POST", "/api/v1/surveys/reload", "{}").statusCode());
        int count = 20;
        long[] ids = new long[count];
        String[] tokens = new String[count];
        WebClient[] clients = new WebClient[count];
        String[] fields = new String[count];
        String[] views = new String[count];
        for (int i = 0; i < count; i++) {
            HttpResponse<String> started = admin("POST", "/api/v1/surveys/veldwerk_it/responses",
                    "{\"language\":\"nl\",\"channel\":\"LINK\"}");
            assertEquals(201, started.statusCode(), started.body());
            ids[i] = WebClient.json(started).asJsonObject().getJsonNumber("id").longValue();
            tokens[i] = WebClient.json(started).asJsonObject().getString("token");
            clients[i] = new WebClient(base);
            HttpResponse<String> page = clients[i].get("/respond.xhtml?t=" + tokens[i]);
            fields[i] = token(TEXT_FIELD, page.body());
            views[i] = WebClient.viewState(page.body());
        }
        Instant[] acknowledged = new Instant[count];
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch firstAcknowledged = new CountDownLatch(1);
        ExecutorService respondents = Executors.newFixedThreadPool(count);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            done.add(respondents.submit(() -> {
                go.await();
                Thread.sleep(n * 150L);
                HttpResponse<String> sent = clients[n].post("/respond.xhtml?t=" + tokens[n], "respondForm",
                        Map.of(fields[n], "antwoord " + n), "submit", views[n]);
                if (sent.statusCode() == 200 || sent.statusCode() == 302) {
                    acknowledged[n] = Instant.now();
                    firstAcknowledged.countDown();
                }
                return null;
            }));
        }
        go.countDown();
        // The backup starts once an answer is acknowledged (a fixed pause lost that race on a loaded machine),
        // while the later respondents, 150 ms apart, are still submitting.
        assertTrue(firstAcknowledged.await(60, TimeUnit.SECONDS), "a first respondent was acknowledged");
        Instant backupStarted = Instant.now();
        HttpResponse<String> backup = admin("POST", "/api/v1/admin/backups", "{}");
        for (Future<?> one : done) {
            one.get(120, TimeUnit.SECONDS);
        }
        respondents.shutdown();
        List<Integer> before = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertTrue(acknowledged[i] != null, "respondent " + i + " was acknowledged");
            if (acknowledged[i].isBefore(backupStarted)) {
                before.add(i);
            }
        }
        if (System.getenv().getOrDefault("LWP_DB_URL", "").startsWith("jdbc:postgresql:")) {
            assertEquals(409, backup.statusCode(), "PostgreSQL is backed up with pg_dump: " + backup.body());
            return;
        }
        assertEquals(201, backup.statusCode(), backup.body());
        assertFalse(before.isEmpty(), "some answers were acknowledged before the backup started");
        Path backups = Path.of(System.getenv().getOrDefault("LWP_DATA_DIR", "target/it-data"), "backups");
        Path restoredDir = Files.createTempDirectory(Path.of("target"), "restored-");
        Path database = restoredDir.resolve("derby");
        System.setProperty("derby.stream.error.file", restoredDir.resolve("derby.log").toString());
        DerbyRestore.restoreIfAsked(Optional.of(backups.resolve(WebClient.json(backup).asJsonObject().getString("name"))),
                database, restoredDir);
        try (Connection restored = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath())) {
            try (ResultSet tables = restored.getMetaData().getTables(null, null, "SURVEY_RESPONSE", null)) {
                assertTrue(tables.next(), "the restored database has the responses");
                restored.setSchema(tables.getString("TABLE_SCHEM"));
            }
            for (int i : before) {
                try (PreparedStatement select = restored.prepareStatement(
                        "SELECT status, answers FROM survey_response WHERE id = ?")) {
                    select.setLong(1, ids[i]);
                    try (ResultSet row = select.executeQuery()) {
                        assertTrue(row.next(), "response " + ids[i] + " is in the backup");
                        assertEquals("SUBMITTED", row.getString(1), "response " + ids[i] + " acknowledged before the backup");
                        String answers = new String(row.getBytes(2), StandardCharsets.UTF_8); // UTF-8 bytes since V39
                        assertTrue(answers.contains("antwoord " + i), answers);
                    }
                }
            }
            AuditChain.Check check = AuditChainCheck.verify(restored);
            assertTrue(check.rowsChecked() > 0 && check.problems().isEmpty(), "the restored audit chain verifies: " + check);
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true").close();
            } catch (SQLException shutDown) {
                // Derby reports a clean shutdown as an exception (08006)
            }
        }
    }

    /** A company in the register (admin), with one contact when {@code email} is given. */
    private long company(String name, String email, String language) throws Exception {
        long base = 10_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 9_999_999L);
        String number = String.format("%08d%02d", base, 97 - base % 97);
        String contacts = email == null ? "[]"
                : "[{\"name\":\"Contact " + name + "\",\"email\":\"" + email + "\",\"language\":\"" + language + "\"}]";
        HttpResponse<String> created = admin("POST", "/api/v1/companies", "{\"enterpriseNumber\":\"" + number
                + "\",\"name\":\"" + name + "\",\"province\":\"LIMBURG\",\"subsectors\":[\"RUWBOUW\"],"
                + "\"employees\":12,\"contacts\":" + contacts + "}");
        assertEquals(201, created.statusCode(), created.body());
        return WebClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    }

    private JsonObject pendingOf(long wave) throws Exception {
        HttpResponse<String> response = admin("GET", "/api/v1/fieldwork/pending", null);
        assertEquals(200, response.statusCode(), response.body());
        return WebClient.json(response).asJsonArray().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("waveId").longValue() == wave).findFirst()
                .orElseThrow(() -> new AssertionError("wave " + wave + " is not pending: " + response.body()));
    }

    @Test
    void aWaveOfCompaniesPickedFromTheRegisterInvitesTheirContactsAndShowsWhatIsDue() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String dirk = "dirk-" + tag + "@register.example";
        String elise = "elise-" + tag + "@register.example";
        long withDutchContact = company("Register Dirk " + tag, dirk, "nl");
        long withFrenchContact = company("Register Elise " + tag, elise, "fr");
        long withoutAddress = company("Register Zonder " + tag, null, null);
        long wave = wave("register");

        HttpResponse<String> refused = admin("POST", "/api/v1/fieldwork/" + wave + "/companies",
                "{\"ids\":[" + withDutchContact + "," + withoutAddress + "]}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("Register Zonder " + tag + " heeft geen contactpersoon met een e-mailadres (of u ziet de contactgegevens niet).",
                WebClient.json(refused).asJsonObject().getJsonArray("problems").getJsonObject(0).getString("message"));
        assertEquals(0, monitor(wave).getJsonObject("counts").getInt("invitees"), "nothing added");

        String analyst = "analyst-" + tag;
        String password = "Werfleider-Gent-2026";
        assertEquals(201, admin("POST", "/api/v1/admin/users", "{\"username\":\"" + analyst + "\",\"password\":\""
                + password + "\",\"roles\":[\"ANALYST\"]}").statusCode());
        HttpResponse<String> picked = api("POST", "/api/v1/fieldwork/" + wave + "/companies", analyst, password,
                "application/json", "{\"ids\":[" + withDutchContact + "," + withFrenchContact + "]}");
        assertEquals(200, picked.statusCode(), picked.body());
        assertEquals(2, WebClient.json(picked).asJsonObject().getInt("added"));
        JsonObject before = pendingOf(wave);
        assertEquals(2, before.getInt("invitationsNow"));
        assertEquals(0, before.getInt("remindersNow"));

        runDue();
        MimeMessage toDirk = await(dirk, 1).get(0);
        MimeMessage toElise = await(elise, 1).get(0);
        assertEquals("Uw mening over leren op de werf: persoonlijke uitnodiging", toDirk.getSubject());
        assertEquals("Votre avis sur l'apprentissage sur chantier\u00a0: invitation personnelle", toElise.getSubject());
        assertTrue(Mailbox.text(toDirk).startsWith("Dag Contact Register Dirk " + tag + ","),
                "an analyst's pick invites the real contact, not the pseudonym analysts see: " + Mailbox.text(toDirk));
        assertTrue(new WebClient(base).get("/respond.xhtml?t=" + token(RESPOND, Mailbox.text(toElise))).body()
                .contains("id=\"respondForm\""), "the link opens the contact's response");
        JsonObject monitored = monitor(wave);
        assertEquals(2, monitored.getJsonObject("counts").getInt("invited"));
        assertTrue(monitored.getJsonArray("representativeness").stream()
                .anyMatch(t -> t.asJsonObject().getString("dimension").equals("REGION")), monitored.toString());

        JsonObject after = pendingOf(wave);
        assertEquals(0, after.getInt("invitationsNow"));
        assertEquals(0, after.getInt("remindersNow"));
        assertEquals(FundDay.today().plusDays(3).toString(), after.getString("remindersNextOn"), after.toString());
        assertEquals(2, after.getInt("remindersNext"));

        int version = monitored.getJsonObject("wave").getInt("version");
        LocalDate today = FundDay.today();
        HttpResponse<String> longer = admin("PUT", "/api/v1/fieldwork/" + wave, "{\"version\":" + version
                + ",\"invitationDate\":\"" + today + "\",\"reminderMinDays\":5,\"reminderMax\":1,"
                + "\"reminderLastDate\":\"" + today.plusDays(20) + "\",\"closingDate\":\"" + today.plusDays(30) + "\"}");
        assertEquals(200, longer.statusCode(), longer.body());
        assertEquals(today.plusDays(30).toString(), monitor(wave).getJsonObject("wave").getString("closingDate"));
        assertEquals(today.plusDays(5).toString(), pendingOf(wave).getString("remindersNextOn"), "the new rule counts");

        WebClient adminPages = new WebClient(base);
        adminPages.signIn(ADMIN, ADMIN_PASSWORD);
        assertTrue(adminPages.get("/fieldwork/index.xhtml").body().contains("id=\"runForm:pending\""), "what is due");
        assertTrue(adminPages.get("/fieldwork/wave.xhtml?id=" + wave).body().contains("id=\"changeForm\""));
    }

    @Test
    void aWaveChangeMustFitTogetherAndAChangeOnAnOlderVersionIsRefused() throws Exception {
        long wave = wave("wijziging");
        LocalDate today = FundDay.today();
        String change = ",\"invitationDate\":\"" + today.plusDays(2) + "\",\"reminderMinDays\":4,\"reminderMax\":3,"
                + "\"reminderLastDate\":\"" + today.plusDays(12) + "\",\"closingDate\":\"" + today.plusDays(21) + "\"}";
        HttpResponse<String> disordered = admin("PUT", "/api/v1/fieldwork/" + wave, "{\"version\":0"
                + ",\"invitationDate\":\"" + today.plusDays(9) + "\",\"reminderMinDays\":4,\"reminderMax\":3,"
                + "\"reminderLastDate\":\"" + today.plusDays(8) + "\",\"closingDate\":\"" + today.plusDays(7) + "\"}");
        assertEquals(400, disordered.statusCode(), disordered.body());
        assertEquals("De sluitingsdatum ligt voor de datum van uitnodiging.",
                WebClient.json(disordered).asJsonObject().getString("message"));

        HttpResponse<String> first = admin("PUT", "/api/v1/fieldwork/" + wave, "{\"version\":0" + change);
        HttpResponse<String> stale = admin("PUT", "/api/v1/fieldwork/" + wave, "{\"version\":0" + change);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(1, WebClient.json(first).asJsonObject().getInt("version"));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("Iemand anders heeft de golf 'wijziging' intussen gewijzigd. Laad de pagina opnieuw en breng uw"
                + " wijziging dan opnieuw aan.", WebClient.json(stale).asJsonObject().getString("message"));
        JsonObject stored = monitor(wave).getJsonObject("wave");
        assertEquals(today.plusDays(2).toString(), stored.getString("invitationDate"));
        assertEquals(4, stored.getInt("reminderMinDays"));
        assertEquals(3, stored.getInt("reminderMax"));
        JsonObject pending = pendingOf(wave);
        assertEquals(today.plusDays(2).toString(), pending.getString("invitationsNextOn"));
        assertEquals(0, pending.getInt("invitationsNow"));
    }

    @Test
    void onlyAnalystsAndAdminsReachFieldworkAndOnlyAdminsRunIt() throws Exception {
        String analyst = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
        String advisor = "advisor-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Werfleider-Gent-2026";
        for (String[] user : new String[][] {{analyst, "ANALYST"}, {advisor, "ADVISOR"}}) {
            HttpResponse<String> created = admin("POST", "/api/v1/admin/users", "{\"username\":\"" + user[0]
                    + "\",\"password\":\"" + password + "\",\"roles\":[\"" + user[1] + "\"]}");
            assertEquals(201, created.statusCode(), created.body());
        }

        assertEquals(200, api("GET", "/api/v1/fieldwork", analyst, password, null, null).statusCode());
        assertEquals(403, api("GET", "/api/v1/fieldwork", advisor, password, null, null).statusCode());
        assertEquals(403, api("POST", "/api/v1/fieldwork/run-due", analyst, password, "application/json", "{}")
                .statusCode());
        WebClient advisorPages = new WebClient(base);
        advisorPages.signIn(advisor, password);
        assertEquals(403, advisorPages.get("/fieldwork/index.xhtml").statusCode());
    }

    private HttpResponse<String> runDue() {
        try {
            HttpResponse<String> response = admin("POST", "/api/v1/fieldwork/run-due", "{}");
            assertEquals(200, response.statusCode(), response.body());
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
