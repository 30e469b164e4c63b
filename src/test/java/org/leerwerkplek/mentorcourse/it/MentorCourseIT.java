package org.leerwerkplek.mentorcourse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.leerwerkplek.platform.it.WebClient;

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
    private static final int SMTP_PORT = Integer.getInteger("lwp.it.smtpPort", 3025);
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final Pattern CONFIRM_LINK = Pattern.compile("/course/confirm\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final Pattern MODULE_LINK =
            Pattern.compile("(/course/module\\.xhtml\\?t=([A-Za-z0-9_-]{43})&m=([a-z0-9-]+))");
    private static final Pattern QUIZ_ANSWER = Pattern.compile("name=\"quizForm:(q:\\d+:answer)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("lwp.war")));
    }

    private static String address(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** The admin's "run now" of the course scheduler, over HTTP/1.1 (see MailIT). */
    private HttpResponse<String> runScheduler() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(new WebClient(base).uri("/api/v1/admin/course/run"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static List<MimeMessage> receivedBy(String recipient, String subjectStart) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient))
                        && m.getSubject().startsWith(subjectStart);
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

    private static String text(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher;
    }

    private HttpResponse<String> register(String email, String name) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("language_input", "NL");
        fields.put("companyName", "Bouwbedrijf De Klinker");
        fields.put("role", "PLOEGLEIDER");
        fields.put("frequency", "MONTHLY");
        fields.put("focus", "DIDACTIEK");
        return new WebClient(base).submit("/course/register.xhtml", "registerForm", fields, "register");
    }

    /** Registers, confirms by the last confirmation mail, and returns the personal page's path. */
    private String registerAndConfirm(String email) throws Exception {
        assertEquals(200, register(email, "Sofie Peeters").statusCode());
        String token = find(CONFIRM_LINK, text(await(email, "Bevestig", 1).get(0))).group(1);
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
        List<MimeMessage> confirmations = await(email, "Bevestig je inschrijving", 2);
        runScheduler();
        Thread.sleep(3_000);
        assertEquals(0, receivedBy(email, "Nieuwe module").size(), "nothing but the confirmation before confirming");

        String oldToken = find(CONFIRM_LINK, text(confirmations.get(0))).group(1);
        String token = find(CONFIRM_LINK, text(confirmations.get(1))).group(1);
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
        Matcher link = find(MODULE_LINK, text(moduleMail));
        assertEquals("leerproces-structureren", link.group(3), "the first didactiek module in course order");

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
        HttpResponse<String> scored = mentor.post(link.group(1), "quizForm", answers, "submitQuiz",
                WebClient.viewState(module.body()));
        assertEquals(200, scored.statusCode());
        HttpResponse<String> completed = mentor.post(link.group(1), "completeForm", Map.of(), "complete",
                WebClient.viewState(scored.body()));
        assertEquals(200, completed.statusCode());

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
    }

    @Test
    void unsubscribingFromTheLinkInTheMailStopsTheCourse() throws Exception {
        String email = address("leaves");
        String me = registerAndConfirm(email);
        runScheduler();
        String token = find(MODULE_LINK, text(await(email, "Nieuwe module: ", 1).get(0))).group(2);

        WebClient mentor = new WebClient(base);
        HttpResponse<String> left = mentor.submit("/course/me.xhtml?t=" + token, "membershipForm", Map.of(), "unsubscribe");

        assertEquals(200, left.statusCode());
        assertTrue(left.body().contains("data-status=\"UNSUBSCRIBED\""), left.body());
        assertTrue(mentor.get(me).body().contains("data-status=\"UNSUBSCRIBED\""));
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
