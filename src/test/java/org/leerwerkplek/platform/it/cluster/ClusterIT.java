package org.leerwerkplek.platform.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.it.FundDay;
import org.leerwerkplek.platform.it.Http11Api;
import org.leerwerkplek.platform.it.ItInstruments;
import org.leerwerkplek.platform.it.Mailbox;
import org.leerwerkplek.platform.it.WebClient;

/**
 * Two Payara Micro nodes in one data grid on PostgreSQL behind HAProxy ({@code deploy/haproxy.cfg}),
 * all on loopback ports, under load, and one node killed with SIGKILL in the middle and restarted
 * later. Plain JUnit: the nodes are processes of their own ({@link Cluster}), started from the built
 * WAR with the settings failsafe gives every IT. Through the balancer only:
 * <ul>
 *   <li>50 employers answer a questionnaire of six pages through their personal links
 *       ({@link Respondent}), spread over both nodes by the balancer;</li>
 *   <li>a fieldwork wave of 2,000 invitees: the invitations, then a reminder to all of them, sent to
 *       GreenMail by the nodes' mail senders while the node dies;</li>
 *   <li>eight mentors registered and confirmed; the course scheduler runs now (their first module)
 *       and, after the kill, as of {@code lwp.course.reminder-days} later (a reminder each);</li>
 *   <li>an analyst's report (a background job) started on the node that dies;</li>
 *   <li>an advisor and an admin signed in on that node, making requests.</li>
 * </ul>
 * It asserts: every page the server acknowledged is in the database (zero lost), each respondent
 * continued after at most one retry; every invitee and mentor got exactly the mails due (none
 * missing, none twice); the report is followable from the other node and ends finished, or marked
 * failed and then made again; every job of the run ended; the signed-in users are still signed in
 * on their next request (at most one retry) without a new login.
 *
 * <p>Only on PostgreSQL (pass 2 of {@code .ci/run}): embedded Derby belongs to one JVM and cannot
 * be shared by two nodes; on Derby the test is skipped at once by an assumption.
 */
class ClusterIT {

    private static final String ADMIN = System.getProperty("lwp.it.adminUser", "it-admin");
    private static final String ADMIN_PASSWORD = System.getProperty("lwp.it.adminPassword");
    private static final String PASSWORD = "Werfleider-Gent-2026";
    private static final String DB_URL = System.getenv().getOrDefault("LWP_DB_URL", "");
    private static final int RESPONDENTS = 50;
    private static final int INVITEES = Integer.getInteger("lwp.it.cluster.invitees", 2000);
    private static final int MENTORS = 8;
    private static final int SECTIONS = 6;
    /** The node that is killed: the analyst, the advisor and the admin are sent to it. */
    private static final int VICTIM = 2;
    private static final Pattern CONFIRM = Pattern.compile("/course/confirm\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final String DEMO_INSTRUMENT = "werkgeversbevraging";

    private static Cluster cluster;
    private static GreenMail smtp;
    private static ItInstruments.Written instrument;
    private static Instant began;
    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> timeline = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(DB_URL.startsWith("jdbc:postgresql:"), "ClusterIT needs PostgreSQL (pass 2 of .ci/run, -Dit.db.url="
                + "jdbc:postgresql://...): embedded Derby belongs to one JVM and cannot be shared by two nodes");
        began = Instant.now();
        instrument = ItInstruments.write("cluster_", Respondent.questionnaire(SECTIONS));
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("lwp.it.smtpPort", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        cluster = new Cluster(2, Integer.getInteger("lwp.it.cluster.port", 18140),
                Integer.getInteger("lwp.it.cluster.gridPort", 5740), Path.of("target", "cluster-it"))
                // The scheduled fieldwork run stays out of the way: the test runs it when it wants.
                .environment("LWP_FIELDWORK_RUN_INTERVAL_SECONDS", "3600")
                .environment("LWP_MAIL_SEND_INTERVAL_SECONDS", "1")
                // A mail claimed by the killed node goes back into the queue when its claim runs out
                // (3 x this + 30 s): 45 s instead of the default 2 minutes.
                .environment("LWP_MAIL_SMTP_TIMEOUT_SECONDS", "5");
        cluster.start();
        note("both nodes up behind the balancer");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (instrument != null) {
            ItInstruments.remove(instrument.id());
        }
        if (began != null) {
            System.out.println("ClusterIT timeline:\n  " + String.join("\n  ", timeline));
        }
    }

    private static void note(String what) {
        timeline.add(String.format("%6.1f s  %s", Duration.between(began, Instant.now()).toMillis() / 1000.0, what));
    }

    @Test
    void aNodeKilledUnderLoadLosesNoAnswerNoMailNoJobAndNoSession() throws Exception {
        Http11Api api = new Http11Api(cluster.url());
        LocalDate today = FundDay.today();
        CompletableFuture<HttpResponse<String>> demo = CompletableFuture.supplyAsync(() ->
                call(api, "POST", "/api/v1/analysis/demo", ADMIN, ADMIN_PASSWORD, "{}"));
        String advisor = user(api, "ADVISOR");
        String analyst = user(api, "ANALYST");

        List<String> mentors = mentors(api);
        note(MENTORS + " mentors registered and confirmed");
        long wave = wave(api, today);
        note("wave of " + INVITEES + " invitees imported");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < RESPONDENTS; i++) {
            tokens.add(WebClient.json(ok(call(api, "POST", "/api/v1/surveys/" + instrument.id() + "/responses", ADMIN,
                    ADMIN_PASSWORD, "{\"language\":\"nl\",\"channel\":\"LINK\"}"), 201)).asJsonObject().getString("token"));
        }
        HttpResponse<String> loaded = demo.get();
        assertTrue(loaded.statusCode() == 200 || loaded.statusCode() == 409, "demo data: " + loaded.body());

        // The wave's invitations and a reminder to every invitee: 4,000 mails that the nodes' senders
        // deliver from now on, while one of them dies.
        JsonObject invited = WebClient.json(ok(runDue(api), 200)).asJsonObject();
        assertEquals(INVITEES, invited.getInt("invitations"), "every invitee is invited once: " + invited);
        JsonObject reminded = WebClient.json(ok(call(api, "POST", "/api/v1/fieldwork/" + wave + "/remind-group", ADMIN,
                ADMIN_PASSWORD, "{\"dimension\":\"REGION\",\"value\":\"VLAANDEREN\"}"), 200)).asJsonObject();
        assertEquals(INVITEES, reminded.getInt("mailed"), "every invitee is reminded: none answered");
        note("invitations and reminders queued: " + invited + " " + reminded);

        // Signed in on the node that will die: the balancer's cookie sends them there.
        WebClient advisorPages = pinned(VICTIM);
        WebClient adminPages = pinned(VICTIM);
        String advisorHome = signIn(advisorPages, advisor, PASSWORD);
        String adminHome = signIn(adminPages, ADMIN, ADMIN_PASSWORD);
        assertSignedIn(advisorPages, "/companies/index.xhtml", "the advisor before the kill");
        assertSignedIn(adminPages, "/admin/users.xhtml", "the admin before the kill");
        note("advisor and admin signed in on node " + VICTIM);

        // The load: the course run, the respondents (half of them on the node that dies), the report.
        ok(call(api, "POST", "/api/v1/admin/course/run", ADMIN, ADMIN_PASSWORD, "{}"), 200);
        note("course run now");
        ExecutorService pool = Executors.newFixedThreadPool(RESPONDENTS);
        List<Respondent> respondents = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 240_000;
        for (int i = 0; i < RESPONDENTS; i++) {
            Respondent respondent = new Respondent(cluster.url(), tokens.get(i), "r" + i + "-" + TAG, 1000, i, deadline);
            respondents.add(respondent);
            long delay = i * 100L;
            pool.submit(() -> {
                Thread.sleep(delay);
                respondent.run();
                return null;
            });
        }
        note("respondents started");
        // The kill comes when a third of the pages are acknowledged, however fast this machine is:
        // most respondents are then between two pages.
        Instant limit = Instant.now().plusSeconds(120);
        while (acknowledged(respondents) < RESPONDENTS * SECTIONS / 3 && Instant.now().isBefore(limit)) {
            Thread.sleep(100);
        }
        note(acknowledged(respondents) + " pages acknowledged");
        WebClient analystClient = pinned(VICTIM);
        String reports = "/api/v1/analysis/" + DEMO_INSTRUMENT + "/reports";
        String report = WebClient.json(ok(analystClient.api("POST", reports + "?data=demo", analyst, PASSWORD, "{}"), 202))
                .asJsonObject().getString("id");
        note("report " + report + " started on node " + VICTIM);
        Thread.sleep(500);
        Instant killed = cluster.kill(VICTIM);
        note("node " + VICTIM + " killed (SIGKILL)");

        // Signed-in users: their next request, with at most one retry, still signed in.
        List<String> sessions = new ArrayList<>();
        sessions.addAll(stillSignedIn(advisorPages, "/companies/index.xhtml", "the advisor after the kill"));
        sessions.addAll(stillSignedIn(adminPages, "/admin/users.xhtml", "the admin after the kill"));
        note("sessions checked after the kill: " + (sessions.isEmpty() ? "signed in" : sessions));

        cluster.restart(VICTIM);
        note("node " + VICTIM + " restarting");

        // The report is followable from the other node.
        HttpResponse<String> followed = new Http11Api(cluster.url()).send("GET", reports + "/" + report, analyst,
                PASSWORD, null, null);
        assertEquals(200, followed.statusCode(), "the report is followed from the other node: " + followed.body());

        LocalDate later = today.plusDays(Integer.parseInt(System.getenv().getOrDefault("LWP_COURSE_REMINDER_DAYS", "7")));
        ok(call(api, "POST", "/api/v1/admin/course/run?asOf=" + later, ADMIN, ADMIN_PASSWORD, "{}"), 200);
        note("course run as of " + later);

        String reportOutcome = awaitReport(api, reports, report, analyst);
        note("report " + report + ": " + reportOutcome);
        cluster.awaitUp(VICTIM);
        note("node " + VICTIM + " back behind the balancer");
        sessions.addAll(stillSignedIn(advisorPages, advisorHome, "the advisor after the restart"));
        sessions.addAll(stillSignedIn(adminPages, adminHome, "the admin after the restart"));

        pool.shutdown();
        assertTrue(pool.awaitTermination(200, TimeUnit.SECONDS), "the respondents finish");
        note("respondents done");

        // Mails: every invitee its invitation and its reminder, every mentor its confirmation, module and reminder.
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < INVITEES; i++) {
            expected.put(invitee(i), 2);
        }
        for (String mentor : mentors) {
            expected.put(mentor, 3);
        }
        Map<String, List<String>> received = awaitMails(expected, Duration.ofSeconds(120));
        note("mails counted");

        List<String> problems = new ArrayList<>();
        problems.addAll(mailProblems(expected, received));
        problems.addAll(answerProblems(respondents));
        problems.addAll(jobProblems());
        problems.addAll(sessions);
        for (Respondent respondent : respondents) {
            if (respondent.failedRetries > 0) {
                problems.add("respondent " + respondent.marker("") + " failed again after a retry: " + respondent.failures);
            }
            if (!respondent.submitted) {
                problems.add("respondent " + respondent.marker("") + " did not finish: " + respondent.failures);
            }
        }
        note("recovery: every request succeeds again " + recovery(respondents, killed));
        System.out.println("ClusterIT: respondents' failures " + respondents.stream()
                .filter(r -> !r.failures.isEmpty()).map(r -> r.marker("") + " on " + r.firstNode + " " + r.failures)
                .collect(Collectors.joining("\n  ", "\n  ", "")));
        assertEquals(List.of(), problems, "after killing node " + VICTIM + ": " + problems.size() + " problems");
    }

    private static int acknowledged(List<Respondent> respondents) {
        int pages = 0;
        for (Respondent respondent : respondents) {
            synchronized (respondent) {
                pages += respondent.acknowledged.size();
            }
        }
        return pages;
    }

    private static String recovery(List<Respondent> respondents, Instant killed) {
        long kill = killed.toEpochMilli();
        long lastFailure = respondents.stream().flatMap(r -> r.requests.stream())
                .filter(t -> !t.ok() && t.endedAt() >= kill).mapToLong(Respondent.Timed::endedAt).max().orElse(kill);
        return String.format("%.1f s after the kill (last failed respondent request)", (lastFailure - kill) / 1000.0);
    }

    private static String invitee(int i) {
        return "genodigde" + i + "-" + TAG + "@cluster.example";
    }

    private long wave(Http11Api api, LocalDate today) throws Exception {
        long wave = WebClient.json(ok(call(api, "POST", "/api/v1/fieldwork", ADMIN, ADMIN_PASSWORD, "{\"name\":\"Cluster "
                + TAG + "\",\"instrumentId\":\"" + instrument.id() + "\",\"invitationDate\":\"" + today
                + "\",\"reminderMinDays\":3,\"reminderMax\":2,\"reminderLastDate\":\"" + today.plusDays(10)
                + "\",\"closingDate\":\"" + today.plusDays(14) + "\"}"), 201)).asJsonObject().getJsonNumber("id").longValue();
        StringBuilder csv = new StringBuilder("company,contact,email,language,region\n");
        for (int i = 0; i < INVITEES; i++) {
            csv.append("Bouw ").append(i).append(",Contact ").append(i).append(',').append(invitee(i)).append(",nl,VLAANDEREN\n");
        }
        ok(api.send("POST", "/api/v1/fieldwork/" + wave + "/invitees", ADMIN, ADMIN_PASSWORD, "text/csv; charset=UTF-8",
                csv.toString()), 200);
        return wave;
    }

    /** The due invitations now; a scheduled run under way on that node answers 409, then it tries again. */
    private static HttpResponse<String> runDue(Http11Api api) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> run = call(api, "POST", "/api/v1/fieldwork/run-due", ADMIN, ADMIN_PASSWORD, "{}");
            if (run.statusCode() != 409 || attempt == 20) {
                return run;
            }
            Thread.sleep(1000);
        }
    }

    /** Registers mentors on the public page and confirms each by the link of its mail; their addresses. */
    private List<String> mentors(Http11Api api) throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < MENTORS; i++) {
            String email = "mentor" + i + "-" + TAG + "@cluster.example";
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", "Mentor " + i);
            fields.put("email", email);
            fields.put("language_input", "NL");
            fields.put("companyName", "Dakwerken " + i);
            fields.put("role", "PLOEGLEIDER");
            fields.put("frequency", "QUARTERLY");
            fields.put("focus", "DIDACTIEK");
            HttpResponse<String> registered = new WebClient(cluster.url()).submit("/course/register.xhtml",
                    "registerForm", fields, "register");
            assertTrue(registered.body().contains("id=\"registered\""), "registration of " + email);
            addresses.add(email);
        }
        WebClient mentorPages = new WebClient(cluster.url());
        for (String email : addresses) {
            String text = awaitMail(api, email, "Bevestig");
            Matcher link = CONFIRM.matcher(text);
            assertTrue(link.find(), text);
            HttpResponse<String> confirmed = mentorPages.submit("/course/confirm.xhtml?t=" + link.group(1), "confirmForm",
                    Map.of("t", link.group(1)), "confirm");
            assertEquals(302, confirmed.statusCode(), "confirmation of " + email);
        }
        return addresses;
    }

    private static String awaitMail(Http11Api api, String recipient, String subject) throws Exception {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (mail.getSubject().startsWith(subject) && recipients(mail).contains(recipient)) {
                    return Mailbox.text(mail);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail '" + subject + "...' for " + recipient);
    }

    private static List<String> recipients(MimeMessage mail) throws Exception {
        return java.util.Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }

    /** The subjects received per expected address, once the count is reached (and 3 s more for late duplicates) or time is up. */
    private static Map<String, List<String>> awaitMails(Map<String, Integer> expected, Duration patience) throws Exception {
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();
        Instant until = Instant.now().plus(patience);
        int seen = -1;
        Instant stableSince = Instant.now();
        while (Instant.now().isBefore(until)) {
            int now = count(expected);
            if (now >= total) {
                break;
            }
            if (now != seen) {
                seen = now;
                stableSince = Instant.now();
            } else if (pendingMails() == 0 && stableSince.isBefore(Instant.now().minusSeconds(5))) {
                break; // nothing is waiting to be sent and nothing came for 5 s: what is missing will not come
            }
            Thread.sleep(500);
        }
        Thread.sleep(3000);
        Map<String, List<String>> received = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            for (String to : recipients(mail)) {
                if (expected.containsKey(to)) {
                    received.computeIfAbsent(to, k -> new ArrayList<>()).add(mail.getMessageID() + " " + mail.getSubject());
                }
            }
        }
        return received;
    }

    /** The run's mails still waiting in the outbox, or claimed (a claim of the killed node goes back into the queue). */
    private static int pendingMails() throws Exception {
        try (Connection db = database();
             PreparedStatement select = db.prepareStatement(
                     "SELECT COUNT(*) FROM outbox_mail WHERE recipient LIKE ? AND status IN ('PENDING', 'SENDING')")) {
            select.setString(1, "%-" + TAG + "@cluster.example");
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static int count(Map<String, Integer> expected) throws Exception {
        int count = 0;
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            for (String to : recipients(mail)) {
                if (expected.containsKey(to)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Each address its number of mails, all different; a missing one with its outbox row's state. */
    private static List<String> mailProblems(Map<String, Integer> expected, Map<String, List<String>> received)
            throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        int copies = 0;
        for (Map.Entry<String, Integer> entry : expected.entrySet()) {
            // A second copy with the same Message-ID is the same mail sent again because its sender died in the
            // instant between the server's "taken" and its own record (OutboxDelivery): one mail to a reader.
            List<String> received_ = received.getOrDefault(entry.getKey(), List.of());
            List<String> mails = received_.stream().distinct().toList();
            copies += received_.size() - mails.size();
            long subjects = mails.stream().map(mail -> mail.substring(mail.indexOf(' ') + 1)).distinct().count();
            if (mails.size() > entry.getValue() || subjects < mails.size()) {
                problems.add("duplicate mail to " + entry.getKey() + ": " + received_);
            } else if (mails.size() < entry.getValue()) {
                short_.add(entry.getKey());
            }
        }
        if (copies > 1) {
            problems.add(copies + " mails arrived twice with the same Message-ID: more than the one hand-over a kill can cut");
        }
        note("mails received twice with the same Message-ID (a kill between the server's answer and the record): " + copies);
        if (!short_.isEmpty()) {
            try (Connection db = database();
                 PreparedStatement select = db.prepareStatement("SELECT recipient, subject, status, claimed_by, attempts,"
                         + " last_error FROM outbox_mail WHERE recipient = ? AND status <> 'SENT'")) {
                for (String address : short_.subList(0, Math.min(20, short_.size()))) {
                    select.setString(1, address);
                    List<String> rows = new ArrayList<>();
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            rows.add(row.getString("subject") + " " + row.getString("status") + " by "
                                    + row.getString("claimed_by") + " attempts " + row.getInt("attempts") + " "
                                    + row.getString("last_error"));
                        }
                    }
                    problems.add("missing mail to " + address + ": got " + received.getOrDefault(address, List.of())
                            + ", outbox: " + rows);
                }
            }
            problems.add(short_.size() + " addresses got fewer mails than due");
        }
        return problems;
    }

    /** Every acknowledged page's marker is in its response's row; a respondent that submitted has a submitted response. */
    private static List<String> answerProblems(List<Respondent> respondents) throws Exception {
        Map<String, String> answersByRespondent = new HashMap<>();
        Map<String, String> statusByRespondent = new HashMap<>();
        Pattern owner = Pattern.compile("(r\\d+-" + TAG + ")@");
        try (Connection db = database();
             PreparedStatement select = db.prepareStatement(
                     "SELECT status, answers, answers_long FROM survey_response WHERE instrument_id = ?")) {
            select.setString(1, instrument.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    // the answers are kept as UTF-8 bytes, or as text in answers_long when longer (V39)
                    byte[] inline = row.getBytes("answers");
                    String answers = inline != null ? new String(inline, StandardCharsets.UTF_8)
                            : row.getString("answers_long") == null ? "" : row.getString("answers_long");
                    Matcher who = owner.matcher(answers);
                    if (who.find()) {
                        answersByRespondent.put(who.group(1), answers);
                        statusByRespondent.put(who.group(1), row.getString("status"));
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        int acknowledged = 0;
        for (Respondent respondent : respondents) {
            String name = respondent.marker("").replace("@", "");
            String stored = answersByRespondent.getOrDefault(name, "");
            for (String marker : respondent.acknowledged) {
                acknowledged++;
                if (!stored.contains(marker)) {
                    problems.add("acknowledged answer lost: " + marker);
                }
            }
            if (respondent.submitted && !"SUBMITTED".equals(statusByRespondent.get(name))) {
                problems.add("acknowledged submission lost: " + name + " is " + statusByRespondent.get(name));
            }
        }
        note(acknowledged + " acknowledged pages checked in the database");
        return problems;
    }

    /** Every job started during the run has ended (succeeded, refused or failed): none left running. */
    private static List<String> jobProblems() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection db = database();
             PreparedStatement select = db.prepareStatement(
                     "SELECT id, kind, state, instance FROM background_job WHERE started_at >= ? AND state = 'RUNNING'")) {
            select.setTimestamp(1, Timestamp.from(began));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    problems.add("job " + row.getString("id") + " (" + row.getString("kind") + ") still running on "
                            + row.getString("instance"));
                }
            }
        }
        return problems;
    }

    /**
     * Follows the report until it is READY or FAILED (a job whose node died is marked failed after
     * the silence the jobs allow); a failed one is started again and must then be READY.
     */
    private static String awaitReport(Http11Api api, String reports, String id, String analyst) throws Exception {
        String state = follow(api, reports, id, analyst);
        if (state.equals("READY")) {
            return "finished";
        }
        assertEquals("FAILED", state, "the report ends finished or failed");
        String again = WebClient.json(ok(api.send("POST", reports + "?data=demo", analyst, PASSWORD, "application/json",
                "{}"), 202)).asJsonObject().getString("id");
        assertEquals("READY", follow(api, reports, again, analyst), "the report made again after its node died");
        return "marked failed, made again as " + again;
    }

    private static String follow(Http11Api api, String reports, String id, String analyst) throws Exception {
        Instant until = Instant.now().plusSeconds(180);
        String state = "";
        while (Instant.now().isBefore(until)) {
            HttpResponse<String> status = api.send("GET", reports + "/" + id, analyst, PASSWORD, null, null);
            if (status.statusCode() == 200) {
                state = WebClient.json(status).asJsonObject().getString("state");
                if (!state.equals("RUNNING")) {
                    return state;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("report " + id + " still " + state + " after 180 s");
    }

    private static WebClient pinned(int node) {
        WebClient client = new WebClient(cluster.url(), java.net.http.HttpClient.Version.HTTP_1_1);
        client.setCookie("LWPNODE", Cluster.cookieOf(node));
        return client;
    }

    /** Signs in through the login page; the page the sign-in leads to. */
    private static String signIn(WebClient client, String user, String password) throws Exception {
        HttpResponse<String> signedIn = client.signIn(user, password);
        assertEquals(302, signedIn.statusCode(), "sign-in of " + user + ": " + signedIn.body());
        return client.location(signedIn);
    }

    private static void assertSignedIn(WebClient client, String page, String who) throws Exception {
        List<String> problems = stillSignedIn(client, page, who);
        assertEquals(List.of(), problems);
    }

    /** The next request of a signed-in user, retried once at most: a 200 that is no login page. */
    private static List<String> stillSignedIn(WebClient client, String page, String who) {
        String first = attempt(client, page);
        if (first == null) {
            return List.of();
        }
        String second = attempt(client, page);
        return second == null ? List.of() : List.of(who + ": " + first + ", then " + second);
    }

    private static String attempt(WebClient client, String page) {
        try {
            HttpResponse<String> response = client.get(page);
            if (response.statusCode() == 302) {
                return page + " redirected to " + client.location(response) + " (signed out)";
            }
            if (response.statusCode() != 200) {
                return page + " answered " + response.statusCode();
            }
            if (response.body().contains("id=\"loginForm\"")) {
                return page + " shows the login form (signed out)";
            }
            return null;
        } catch (Exception e) {
            return page + ": " + e;
        }
    }

    private String user(Http11Api api, String role) {
        String name = role.toLowerCase() + "-" + TAG;
        ok(call(api, "POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD, "{\"username\":\"" + name + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"" + role + "\"]}"), 201);
        return name;
    }

    private static HttpResponse<String> call(Http11Api api, String method, String path, String user, String password,
                                             String json) {
        try {
            return api.send(method, path, user, password, "application/json", json);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.request().method() + " " + response.request().uri() + ": "
                + response.body());
        return response;
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(DB_URL, System.getenv("LWP_DB_USER"), System.getenv("LWP_DB_PASSWORD"));
    }
}
