package org.leerwerkplek.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leerwerkplek.platform.config.PlatformSettings;

/** The SMTP side against GreenMail, an SMTP server inside the test. */
class SmtpConnectorTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static SmtpConnector connector(int port) {
        return new SmtpConnector(new PlatformSettings.Smtp(Optional.of("localhost"), port, false, Optional.empty(),
                Optional.empty(), "leerwerkplek@fonds.example"), Duration.ofSeconds(5), Clock.systemUTC());
    }

    @Test
    void aMailArrivesWithItsTextAndHtmlParts() throws Exception {
        OutboxMail row = OutboxMails.row(3, "mentor@example.org", MailLanguage.EN);

        try (MailTransport transport = connector(SMTP.getSmtp().getPort()).open()) {
            transport.send(row);
        }

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Test message from Leerwerkplek", received[0].getSubject());
        assertEquals("leerwerkplek@fonds.example", received[0].getFrom()[0].toString());
        MimeMultipart parts = (MimeMultipart) received[0].getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("mentor@example.org"));
    }

    @Test
    void jakartaMailFindsItsStreamProviderByNameNotByASearchOfEveryJar() {
        String before = System.getProperty(SmtpConnector.STREAM_PROVIDER);
        System.clearProperty(SmtpConnector.STREAM_PROVIDER);
        try {
            connector(SMTP.getSmtp().getPort());

            assertEquals(SmtpConnector.ANGUS_STREAM_PROVIDER, System.getProperty(SmtpConnector.STREAM_PROVIDER));
            assertEquals(SmtpConnector.ANGUS_STREAM_PROVIDER, jakarta.mail.util.StreamProvider.provider().getClass().getName());

            System.setProperty(SmtpConnector.STREAM_PROVIDER, "set.by.Someone");
            SmtpConnector.nameTheStreamProvider();
            assertEquals("set.by.Someone", System.getProperty(SmtpConnector.STREAM_PROVIDER), "a value set before is kept");
        } finally {
            if (before == null) {
                System.clearProperty(SmtpConnector.STREAM_PROVIDER);
            } else {
                System.setProperty(SmtpConnector.STREAM_PROVIDER, before);
            }
        }
    }

    @Test
    void oneConnectionTakesSeveralMails() throws Exception {
        try (MailTransport transport = connector(SMTP.getSmtp().getPort()).open()) {
            transport.send(OutboxMails.row(1, "a@example.org", MailLanguage.NL));
            transport.send(OutboxMails.row(2, "b@example.org", MailLanguage.FR));
        }

        assertEquals(2, SMTP.getReceivedMessages().length);
    }

    @Test
    void theSendersHookRunsOncePerMailBeforeTheServerTakesIt() throws Exception {
        java.util.List<Integer> heldAt = new java.util.ArrayList<>();
        try (MailTransport transport = connector(SMTP.getSmtp().getPort()).open()) {
            transport.send(OutboxMails.row(1, "a@example.org", MailLanguage.NL),
                    () -> heldAt.add(SMTP.getReceivedMessages().length));
            transport.send(OutboxMails.row(2, "b@example.org", MailLanguage.FR),
                    () -> heldAt.add(SMTP.getReceivedMessages().length));
        }

        assertEquals(java.util.List.of(0, 1), heldAt, "each time the server held the mails before it, not this one");
        assertEquals(2, SMTP.getReceivedMessages().length);
    }

    @Test
    void anInvalidRecipientNeverReachesTheHook() throws Exception {
        try (MailTransport transport = connector(SMTP.getSmtp().getPort()).open()) {
            assertThrows(DeliveryException.class, () -> transport.send(OutboxMails.row(4, "not an address",
                    MailLanguage.EN), () -> { throw new AssertionError("hook ran"); }));
        }
    }

    @Test
    void anUnreachableServerIsAConnectionProblem() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        DeliveryException e = assertThrows(DeliveryException.class, () -> connector(closedPort).open());

        assertEquals(DeliveryException.Kind.CONNECTION, e.kind());
        assertTrue(e.getMessage().contains("localhost:" + closedPort), e.getMessage());
    }

    @Test
    void anInvalidRecipientBouncesWithoutReachingTheServer() throws Exception {
        try (MailTransport transport = connector(SMTP.getSmtp().getPort()).open()) {
            DeliveryException e = assertThrows(DeliveryException.class,
                    () -> transport.send(OutboxMails.row(9, "no address", MailLanguage.NL)));
            assertEquals(DeliveryException.Kind.BOUNCE, e.kind());
        }
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void anInvalidSenderSettingIsRefusedAtOnce() {
        PlatformSettings.Smtp settings = new PlatformSettings.Smtp(Optional.of("localhost"), 25, false, Optional.empty(),
                Optional.empty(), "not an address");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SmtpConnector(settings, Duration.ofSeconds(1), Clock.systemUTC()));
        assertTrue(e.getMessage().contains("lwp.mail.from"), e.getMessage());
    }
}
