package org.leerwerkplek.platform.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the page walk needs to find on its pages, made through the API and the pages as users
 * would: the demo responses, one account per role, an advisor's company with a visit, a partly
 * filled fiche and a support action (and a company of someone else, out of the advisor's reach),
 * a fieldwork wave of the employer questionnaire with three invitees (one opened its link, one
 * answers during the walk, one gets the opt-out page), three mentors (one following with a module
 * mailed, one with a certificate, one not confirmed yet), all links taken from the mails that
 * GreenMail received.
 */
public final class WalkScene {

    public static final String ADMIN = System.getProperty("lwp.it.adminUser", "it-admin");
    public static final String ADMIN_PASSWORD = System.getProperty("lwp.it.adminPassword");
    public static final String PASSWORD = "Werfleider-Gent-2026";
    public static final String QUESTIONNAIRE = "werkgeversbevraging";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern RESPOND = Pattern.compile("respond\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final Pattern OPT_OUT = Pattern.compile("optout\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final Pattern CONFIRM = Pattern.compile("/course/confirm\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final Pattern MODULE = Pattern.compile("/course/module\\.xhtml\\?t=([0-9]+\\.-?[0-9]+\\.[A-Za-z0-9_-]{43})&m=([a-z0-9-]+)");
    private static final Pattern CERTIFICATE = Pattern.compile("data-code=\"([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\"");

    private final URL base;
    private final Http11Api api;
    private final GreenMailExtension smtp;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    public String advisor;
    public String analyst;
    public String mentor;
    public long company;
    public long otherCompany;
    /** A placement at the advisor's company, moved on twice and back once. */
    public long placement;
    public long visit;
    public long wave;
    /** The invitee whose questionnaire the walk answers page by page. */
    public String respondToken;
    public String optOutToken;
    /** A confirmed mentor's personal token, and the module mailed to it. */
    public String mentorToken;
    public String module;
    /** A registered mentor who has not confirmed yet. */
    public String confirmToken;
    public String certificateCode;

    public WalkScene(URL base, GreenMailExtension smtp) {
        this.base = base;
        this.api = new Http11Api(base);
        this.smtp = smtp;
    }

    /** Builds everything; the demo data loads meanwhile, in the background. */
    public WalkScene build() throws Exception {
        CompletableFuture<HttpResponse<String>> demo = CompletableFuture.supplyAsync(() -> call("POST",
                "/api/v1/analysis/demo", ADMIN, ADMIN_PASSWORD, "{}"));
        advisor = user("ADVISOR");
        analyst = user("ANALYST");
        mentor = user("MENTOR");
        companyWithVisitFicheAndAction();
        otherCompany = id(created(call("POST", "/api/v1/companies", ADMIN, ADMIN_PASSWORD, company("Bouwwerken Elders "
                + tag, "LUIK", "[]"))));
        mentors();
        fieldwork();
        HttpResponse<String> loaded = demo.get();
        check(loaded.statusCode() == 200 || loaded.statusCode() == 409, // 409: already loaded (a shared database)
                "demo data: " + loaded.statusCode() + " " + loaded.body());
        return this;
    }

    private String user(String role) {
        String name = role.toLowerCase() + "-" + tag;
        created(call("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD, "{\"username\":\"" + name
                + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}"));
        return name;
    }

    private static String number() {
        long base = 10_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 9_999_999L);
        return String.format("%08d%02d", base, 97 - base % 97);
    }

    private static String company(String name, String province, String contacts) {
        return "{\"enterpriseNumber\":\"" + number() + "\",\"name\":\"" + name + "\",\"street\":\"Kerkstraat 12\","
                + "\"postalCode\":\"9000\",\"city\":\"Gent\",\"province\":\"" + province + "\","
                + "\"subsectors\":[\"RUWBOUW\",\"DAKWERKEN\"],\"employees\":14,\"recognised\":true,"
                + "\"systems\":[\"DUAAL_LEREN\",\"SYNTRA_LEERTIJD\"],\"contacts\":" + contacts + "}";
    }

    private void companyWithVisitFicheAndAction() {
        company = id(created(call("POST", "/api/v1/companies", advisor, PASSWORD, company("Bouwbedrijf Van Damme " + tag,
                "OOST_VLAANDEREN", "[{\"name\":\"Els Van Damme\",\"role\":\"Zaakvoerder\",\"email\":\"els-" + tag
                        + "@vandamme.example\",\"phone\":\"09 123 45 67\",\"language\":\"nl\"}]"))));
        visit = id(created(call("POST", "/api/v1/companies/" + company + "/visits", advisor, PASSWORD,
                "{\"date\":\"" + FundDay.today() + "\",\"interviewee\":\"Els Van Damme\"}")));
        String fiche = "/api/v1/companies/visits/" + visit + "/fiche";
        long version = json(ok(call("GET", fiche, advisor, PASSWORD, null))).getJsonNumber("version").longValue();
        version = json(ok(call("PUT", fiche + "/bedrijf", advisor, PASSWORD, "{\"version\":" + version
                + ",\"answers\":{\"F1_WERKNEMERS\":14}}"))).getJsonNumber("version").longValue();
        ok(call("PUT", fiche + "/leerwerkplek", advisor, PASSWORD, "{\"version\":" + version
                + ",\"answers\":{\"F2_MENTOR\":\"JA\",\"F2_MENTOR_OPLEIDING\":\"NEE\"}}"));
        created(call("POST", "/api/v1/companies/visits/" + visit + "/actions", advisor, PASSWORD,
                "{\"form\":\"MENTOROPLEIDING\",\"owner\":\"" + advisor + "\",\"due\":\"" + FundDay.today().plusDays(3)
                        + "\"}"));
        var started = json(created(call("POST", "/api/v1/placements", advisor, PASSWORD, "{\"companyId\":" + company
                + ",\"candidateName\":\"Yusuf Kaya\",\"candidateContact\":\"yusuf-" + tag + "@kandidaat.example\"}")));
        placement = started.getJsonNumber("id").longValue();
        long placementVersion = started.getJsonNumber("version").longValue();
        for (String move : new String[] {"{\"direction\":\"FORWARD\"", "{\"direction\":\"FORWARD\"",
                "{\"direction\":\"BACK\",\"reason\":\"Kandidaat verhuist\""}) {
            placementVersion = json(ok(call("POST", "/api/v1/placements/" + placement + "/moves", advisor, PASSWORD,
                    move + ",\"version\":" + placementVersion + "}"))).getJsonNumber("version").longValue();
        }
    }

    /**
     * Three mentors: the advisor registers one for its company (it confirms and gets its first
     * module), one registers yearly on the public page (confirms, completes its module: a
     * certificate), one registers and does not confirm.
     */
    private void mentors() throws Exception {
        String following = "volgt-" + tag + "@mentor.example";
        String certified = "attest-" + tag + "@mentor.example";
        String waiting = "wacht-" + tag + "@mentor.example";
        WebClient advisorPages = new WebClient(base);
        advisorPages.signIn(advisor, PASSWORD);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Tom Claes");
        fields.put("email", following);
        fields.put("language_input", "NL");
        fields.put("role", "VAKMAN");
        fields.put("frequency", "MONTHLY");
        fields.put("focus", "BOTH");
        check(advisorPages.submit("/mentorcourse/company.xhtml?company=" + company, "registerForm", fields, "register")
                .body().contains("id=\"registered\""), "the advisor registers a mentor");
        register(certified, "Ilse Wouters", "YEARLY");
        register(waiting, "Jonas Maes", "QUARTERLY");

        confirmToken = find(CONFIRM, await(waiting, "Bevestig")).group(1);
        WebClient mentors = new WebClient(base);
        for (String address : List.of(following, certified)) {
            String token = find(CONFIRM, await(address, "Bevestig")).group(1);
            HttpResponse<String> confirmed = mentors.submit("/course/confirm.xhtml?t=" + token, "confirmForm",
                    Map.of("t", token), "confirm");
            check(confirmed.statusCode() == 302, "confirmation of " + address + ": " + confirmed.statusCode());
        }
        ok(call("POST", "/api/v1/admin/course/run", ADMIN, ADMIN_PASSWORD, "{}"));
        Matcher followingModule = find(MODULE, await(following, "Nieuwe module"));
        mentorToken = followingModule.group(1);
        module = followingModule.group(2);

        Matcher certifiedModule = find(MODULE, await(certified, "Nieuwe module"));
        String path = certifiedModule.group();
        HttpResponse<String> page = mentors.get(path);
        mentors.post(path, "completeForm", Map.of(), "complete", WebClient.viewState(page.body()));
        certificateCode = find(CERTIFICATE, mentors.get("/course/me.xhtml?t=" + certifiedModule.group(1)).body()).group(1);
    }

    private void register(String email, String name, String frequency) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("language_input", "NL");
        fields.put("companyName", "Dakwerken Maes");
        fields.put("role", "PLOEGLEIDER");
        fields.put("frequency", frequency);
        fields.put("focus", "DIDACTIEK");
        check(new WebClient(base).submit("/course/register.xhtml", "registerForm", fields, "register").body()
                .contains("id=\"registered\""), "registration of " + email);
    }

    /** A wave of the employer questionnaire to three invitees: one opens its link, one gets the opt-out page. */
    private void fieldwork() throws Exception {
        LocalDate today = FundDay.today();
        wave = id(created(call("POST", "/api/v1/fieldwork", ADMIN, ADMIN_PASSWORD, "{\"name\":\"Voorjaar " + tag
                + "\",\"instrumentId\":\"" + QUESTIONNAIRE + "\",\"invitationDate\":\"" + today
                + "\",\"reminderMinDays\":7,\"reminderMax\":2,\"reminderLastDate\":\"" + today.plusDays(20)
                + "\",\"closingDate\":\"" + today.plusDays(30) + "\"}")));
        String answers = "an-" + tag + "@bouw.example";
        String opens = "bert-" + tag + "@batiment.example";
        String leaves = "cis-" + tag + "@build.example";
        ok(api.send("POST", "/api/v1/fieldwork/" + wave + "/invitees", ADMIN, ADMIN_PASSWORD, "text/csv; charset=UTF-8",
                "company,contact,email,language,size_class,subsector,region\n"
                        + "Bouw Peeters,An Peeters," + answers + ",nl,W1_4,RUWBOUW,VLAANDEREN\n"
                        + "Bâtiment Dubois,Bert Dubois," + opens + ",fr,W5_9,DAKWERKEN,WALLONIE\n"
                        + "Build Smith,Cis Smith," + leaves + ",en,W10_19,RUWBOUW,BRUSSEL\n"));
        ok(call("POST", "/api/v1/fieldwork/run-due", ADMIN, ADMIN_PASSWORD, "{}"));
        respondToken = find(RESPOND, await(answers, "")).group(1);
        String opened = find(RESPOND, await(opens, "")).group(1);
        optOutToken = find(OPT_OUT, await(leaves, "")).group(1);
        check(new WebClient(base).get("/respond.xhtml?t=" + opened).statusCode() == 200, "Bert opens his link");
    }

    /** The text of the first mail to {@code recipient} whose subject starts with {@code subject}. */
    private String await(String recipient, String subject) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            for (MimeMessage mail : Mailbox.to(smtp, recipient)) {
                if (mail.getSubject().startsWith(subject)) {
                    return Mailbox.text(mail);
                }
            }
            call("POST", "/api/v1/admin/mail/send-due", ADMIN, ADMIN_PASSWORD, "{}");
            Thread.sleep(200);
        }
        throw new AssertionError("no mail '" + subject + "...' for " + recipient + " within " + PATIENCE);
    }

    private HttpResponse<String> call(String method, String path, String user, String password, String json) {
        try {
            return api.send(method, path, user, password, "application/json", json);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        check(response.statusCode() == 201, response.request().uri() + ": " + response.statusCode() + " " + response.body());
        return response;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        check(response.statusCode() == 200, response.request().uri() + ": " + response.statusCode() + " " + response.body());
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return WebClient.json(response).asJsonObject();
    }

    private static long id(HttpResponse<String> response) {
        return json(response).getJsonNumber("id").longValue();
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        check(matcher.find(), pattern + " in " + text);
        return matcher;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("page walk set-up: " + what);
        }
    }
}
