package org.leerwerkplek.fieldwork.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
        LocalDate today = LocalDate.now();
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
        assertEquals(LocalDate.now().plusDays(3).toString(), after.getString("remindersNextOn"), after.toString());
        assertEquals(2, after.getInt("remindersNext"));

        int version = monitored.getJsonObject("wave").getInt("version");
        LocalDate today = LocalDate.now();
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
        LocalDate today = LocalDate.now();
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
