package org.leerwerkplek.platform.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;

/**
 * The in-process SMTP server that failsafe points every IT's Payara at ({@code lwp.it.smtpPort}),
 * and what it received. One server per IT class, kept for all of its tests.
 */
public final class Mailbox {

    private Mailbox() {
    }

    /** The GreenMail server on the port failsafe gives the application, to register as a static extension. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("lwp.it.smtpPort", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    /** Every mail the server received for {@code recipient}, oldest first. */
    public static List<MimeMessage> to(GreenMailExtension server, String recipient) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain-text part of a mail (the first part of its multipart/alternative). */
    public static String text(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }
}
