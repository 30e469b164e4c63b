package org.leerwerkplek.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    private final Session session = Session.getInstance(new Properties());
    private final Instant now = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void theMessageIsTextThenHtmlAsAlternativesInUtf8() throws Exception {
        OutboxMail row = OutboxMails.row(42, "élodie@example.org", MailLanguage.FR);

        MimeMessage message = MailComposer.compose(session, new InternetAddress("lwp@fonds.example"), row, now);

        assertEquals("Message de test de Leerwerkplek", message.getSubject());
        assertEquals("élodie@example.org", ((InternetAddress) message.getAllRecipients()[0]).getAddress());
        assertEquals("lwp@fonds.example", ((InternetAddress) message.getFrom()[0]).getAddress());
        assertEquals("fr", message.getHeader("Content-Language", null));
        assertEquals("auto-generated", message.getHeader("Auto-Submitted", null));
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertTrue(text.getContentType().toLowerCase().contains("charset=utf-8"), text.getContentType());
        assertEquals(row.bodyText(), text.getContent());
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        assertEquals(row.bodyHtml(), html.getContent());

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        assertTrue(raw.toString(StandardCharsets.US_ASCII).contains("Message-ID: <outbox.42."), "the row's Message-ID");
    }

    @Test
    void everyAttemptOfARowCarriesTheSameMessageId() throws Exception {
        OutboxMail row = OutboxMails.row(7, "jan@example.org", MailLanguage.NL);
        InternetAddress from = new InternetAddress("lwp@fonds.example");

        String first = MailComposer.compose(session, from, row, now).getMessageID();
        String second = MailComposer.compose(session, from, row, now.plusSeconds(3600)).getMessageID();

        assertEquals(first, second);
        assertEquals("<outbox.7." + row.createdAt().toEpochMilli() + "@fonds.example>", first);
    }

    @Test
    void anInvalidRecipientIsAnAddressError() {
        OutboxMail row = OutboxMails.row(1, "not an address", MailLanguage.EN);

        assertThrows(AddressException.class,
                () -> MailComposer.compose(session, new InternetAddress("lwp@fonds.example"), row, now));
    }
}
