package org.leerwerkplek.platform.mail.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leerwerkplek.platform.it.Http11Api;
import org.leerwerkplek.platform.it.Mailbox;
import org.leerwerkplek.platform.it.WebClient;

/**
 * Mail on a running Payara Micro whose SMTP server is GreenMail in this test (failsafe points
 * {@code LWP_MAIL_SMTP_HOST}/{@code _PORT} at it and sets a short send interval): the check mail
 * arrives with both parts in the chosen language, by the timer and by "send due now", a repeated
 * request with one idempotency key sends once, and only admins reach the outbox. Every test uses
 * its own recipient, so the order of tests does not matter. Skipped when a unit-test run's
 * {@code -Dtest} pattern happens to match it.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "lwp.war", matches = ".+",
        disabledReason = "an integration test: failsafe runs it on the built WAR (mvn verify)")
class MailIT {

    private static final String ADMIN = System.getProperty("lwp.it.adminUser", "it-admin");
    private static final String ADMIN_PASSWORD = System.getProperty("lwp.it.adminPassword");
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lwp.war")));
    }

    private static String recipient(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** An API call with a JSON body (none when null) and extra headers given as name, value, ... */
    private HttpResponse<String> api(String method, String path, String user, String password, String json,
                                     String... headers) throws Exception {
        return new Http11Api(base).send(method, path, user, password, "application/json", json, headers);
    }

    private HttpResponse<String> admin(String method, String path, String json) throws Exception {
        return api(method, path, ADMIN, ADMIN_PASSWORD, json);
    }

    /** POST of a check mail, with an idempotency key when given. */
    private HttpResponse<String> queueCheckMail(String recipient, String language, String idempotencyKey)
            throws Exception {
        String body = "{\"recipient\":\"" + recipient + "\",\"language\":\"" + language + "\"}";
        return idempotencyKey == null ? admin("POST", "/api/v1/admin/mail/test", body)
                : api("POST", "/api/v1/admin/mail/test", ADMIN, ADMIN_PASSWORD, body, "Idempotency-Key", idempotencyKey);
    }

    private static List<MimeMessage> receivedBy(String recipient) {
        return Mailbox.to(SMTP, recipient);
    }

    private static MimeMessage awaitOne(String recipient) throws Exception {
        Instant until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> received = receivedBy(recipient);
            if (!received.isEmpty()) {
                return received.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail for " + recipient + " within " + PATIENCE);
    }

    private JsonObject outboxRow(String recipient) throws Exception {
        HttpResponse<String> list = admin("GET", "/api/v1/admin/mail?size=500", null);
        assertEquals(200, list.statusCode(), list.body());
        return WebClient.json(list).asJsonObject().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("recipient").equals(recipient)).findFirst()
                .orElseThrow(() -> new AssertionError("no outbox row for " + recipient + ": " + list.body()));
    }

    @Test
    void sendDueNowDeliversTheCheckMailWithTextAndHtmlInTheChosenLanguage() throws Exception {
        String recipient = recipient("fr");

        HttpResponse<String> queued = queueCheckMail(recipient, "fr", null);
        HttpResponse<String> run = admin("POST", "/api/v1/admin/mail/send-due", "{}");

        assertEquals(202, queued.statusCode(), queued.body());
        assertTrue(WebClient.json(queued).asJsonObject().getBoolean("queued"));
        assertEquals(200, run.statusCode(), run.body());
        MimeMessage mail = awaitOne(recipient);
        assertEquals("Message de test de Leerwerkplek", mail.getSubject());
        assertEquals("leerwerkplek@it.example", mail.getFrom()[0].toString());
        assertEquals("fr", mail.getHeader("Content-Language", null));
        assertTrue(mail.getMessageID().startsWith("<outbox."), mail.getMessageID());
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        String text = (String) parts.getBodyPart(0).getContent();
        assertTrue(text.startsWith("Bonjour " + recipient), text);
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        String html = (String) parts.getBodyPart(1).getContent();
        assertTrue(html.contains("<html lang=\"fr\">")
                && html.contains("<a href=\"http://localhost:" + base.getPort() + base.getPath()), html);

        JsonObject row = outboxRow(recipient);
        assertEquals("SENT", row.getString("status"));
        assertEquals("SMTP", row.getString("transport"));
        assertEquals(1, row.getInt("attempts"));
        HttpResponse<String> detail = admin("GET", "/api/v1/admin/mail/" + row.getJsonNumber("id").longValue(), null);
        assertEquals(200, detail.statusCode(), detail.body());
        assertEquals(text.replace("\r\n", "\n").strip(),
                WebClient.json(detail).asJsonObject().getString("bodyText").strip());
    }

    @Test
    void theTimerSendsWithoutBeingAsked() throws Exception {
        String recipient = recipient("timer");

        assertEquals(202, queueCheckMail(recipient, "en", null).statusCode());

        assertEquals("Test message from Leerwerkplek", awaitOne(recipient).getSubject());
    }

    @Test
    void aRepeatedRequestWithTheSameIdempotencyKeySendsOneMail() throws Exception {
        String recipient = recipient("twice");
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = queueCheckMail(recipient, "nl", key);
        HttpResponse<String> second = queueCheckMail(recipient, "nl", key);
        admin("POST", "/api/v1/admin/mail/send-due", "{}");

        assertTrue(WebClient.json(first).asJsonObject().getBoolean("queued"));
        assertFalse(WebClient.json(second).asJsonObject().getBoolean("queued"), second.body());
        assertEquals("Testbericht van Leerwerkplek", awaitOne(recipient).getSubject());
        Thread.sleep(5_000);
        admin("POST", "/api/v1/admin/mail/send-due", "{}");
        assertEquals(1, receivedBy(recipient).size(), "sent once");
        assertEquals("smtp-test:" + key, outboxRow(recipient).getString("dedupKey"));
    }

    @Test
    void theAdminPageShowsTheOutboxAndSendsDueMail() throws Exception {
        WebClient adminPages = new WebClient(base);
        String recipient = recipient("page");
        assertEquals(202, queueCheckMail(recipient, "nl", null).statusCode());

        adminPages.signIn(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> page = adminPages.get("/admin/mail.xhtml");
        HttpResponse<String> sent = adminPages.submit("/admin/mail.xhtml", "mailForm", Map.of(), "sendDue");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Mail"), "page title");
        assertTrue(page.body().contains(recipient), "the queued mail is listed");
        assertTrue(sent.statusCode() == 200 || sent.statusCode() == 302, String.valueOf(sent.statusCode()));
        awaitOne(recipient);
    }

    @Test
    void onlyAdminsReachTheOutboxAndBadInputIsRefusedWithAMessage() throws Exception {
        String advisor = "advisor-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Werfleider-Gent-2026";
        HttpResponse<String> created = admin("POST", "/api/v1/admin/users",
                "{\"username\":\"" + advisor + "\",\"password\":\"" + password + "\",\"roles\":[\"ADVISOR\"]}");
        assertEquals(201, created.statusCode(), created.body());

        assertEquals(403, api("GET", "/api/v1/admin/mail", advisor, password, null).statusCode());
        assertEquals(403, api("POST", "/api/v1/admin/mail/send-due", advisor, password, "{}").statusCode());
        WebClient advisorPages = new WebClient(base);
        advisorPages.signIn(advisor, password);
        assertEquals(403, advisorPages.get("/admin/mail.xhtml").statusCode());

        HttpResponse<String> badAddress = queueCheckMail("not an address", "nl", null);
        assertEquals(400, badAddress.statusCode(), badAddress.body());
        assertEquals("'not an address' is geen bruikbaar e-mailadres.",
                WebClient.json(badAddress).asJsonObject().getString("message"));
        assertEquals(400, admin("GET", "/api/v1/admin/mail?status=LOST", null).statusCode());
        assertEquals(404, admin("GET", "/api/v1/admin/mail/987654321", null).statusCode());
    }
}
