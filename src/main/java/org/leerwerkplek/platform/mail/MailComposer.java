package org.leerwerkplek.platform.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Turns an outbox row into a MIME message: {@code multipart/alternative} with the plain-text part
 * first and the HTML part second (mail programs show the last part they can display), UTF-8
 * throughout, and a {@code Message-ID} derived from the row so that every attempt of the same
 * row carries the same one.
 */
public final class MailComposer {

    private MailComposer() {
    }

    /**
     * @param from the sender address (from {@code lwp.mail.from})
     * @param now  the date of the message
     * @throws jakarta.mail.internet.AddressException when the recipient is not a valid address
     */
    public static MimeMessage compose(Session session, InternetAddress from, OutboxMail mail, Instant now)
            throws MessagingException {
        String messageId = messageId(mail, from);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        message.setHeader("Content-Language", mail.language().code());
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.bodyText(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.bodyHtml(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** {@code <outbox.ID.CREATED@DOMAIN>}: stable per row, distinct between installations' rows. */
    static String messageId(OutboxMail mail, InternetAddress from) {
        String address = from.getAddress();
        int at = address == null ? -1 : address.lastIndexOf('@');
        String domain = at < 0 || at == address.length() - 1 ? "leerwerkplek.invalid" : address.substring(at + 1);
        long created = mail.createdAt() == null ? 0 : mail.createdAt().toEpochMilli();
        return "<outbox." + mail.id() + "." + created + "@" + domain + ">";
    }
}
