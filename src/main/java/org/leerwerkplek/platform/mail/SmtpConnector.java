package org.leerwerkplek.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.leerwerkplek.platform.config.PlatformSettings;

/**
 * Connections to the SMTP server of the settings ({@code lwp.mail.smtp.*}), with STARTTLS
 * required when configured, and time limits on connecting, reading and writing so that a hand-over
 * never outlasts a sender's claim.
 */
public final class SmtpConnector implements MailTransport.Connector {

    /**
     * The system property by which Jakarta Mail's {@code StreamProvider.provider()} finds its
     * implementation by name instead of through {@link java.util.ServiceLoader}.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    /** Angus Mail's implementation, the one Payara ships (and the only one). */
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private final PlatformSettings.Smtp settings;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    /**
     * @param timeout limit for each of connecting, one read and one write
     * @throws IllegalArgumentException when the settings have no host or the sender address is invalid
     */
    public SmtpConnector(PlatformSettings.Smtp settings, Duration timeout, Clock clock) {
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        String host = settings.host().orElseThrow(() -> new IllegalArgumentException("no SMTP host configured"));
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("Setting " + PlatformSettings.MAIL_FROM + " is not a mail address: "
                    + settings.from(), e);
        }
        String millis = String.valueOf(timeout.toMillis());
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        properties.setProperty("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        properties.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        properties.setProperty("mail.smtp.from", from.getAddress());
        this.session = Session.getInstance(properties);
        nameTheStreamProvider();
    }

    /**
     * Jakarta Mail 2.1 looks its {@code StreamProvider} up again on every encoding, decoding and
     * body part ({@code StreamProvider.provider()}, uncached up to 2.1.5, the version Payara
     * ships); without the system property that is a {@link java.util.ServiceLoader} search of
     * every jar of the application's class loader, a third of the sender's CPU per mail in the
     * profile. With the property naming Angus Mail's provider the look-up is a loaded class and a
     * constructor. Set only when nobody set it and when that class loads from here; the provider
     * is the same one the search finds.
     */
    static void nameTheStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) != null) {
            return;
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class.forName(ANGUS_STREAM_PROVIDER, false, loader == null ? SmtpConnector.class.getClassLoader() : loader)
                    .asSubclass(jakarta.mail.util.StreamProvider.class);
            Class.forName(ANGUS_STREAM_PROVIDER, false, jakarta.mail.util.StreamProvider.class.getClassLoader());
        } catch (ClassNotFoundException | ClassCastException | LinkageError e) {
            return;
        }
        System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
    }

    @Override
    public MailTransport open() throws DeliveryException {
        try {
            GatedTransport transport = new GatedTransport(session);
            transport.connect(settings.host().orElseThrow(), settings.port(), settings.user().orElse(null),
                    settings.password().orElse(null));
            return new Connection(transport);
        } catch (MessagingException e) {
            throw new DeliveryException(DeliveryException.Kind.CONNECTION, "SMTP server " + settings.host().orElseThrow()
                    + ":" + settings.port() + ": " + describe(e), e);
        }
    }

    private final class Connection implements MailTransport {

        private final GatedTransport transport;

        Connection(GatedTransport transport) {
            this.transport = transport;
        }

        @Override
        public void send(OutboxMail mail, Runnable beforeTaking) throws DeliveryException {
            MimeMessage message;
            try {
                message = MailComposer.compose(session, from, mail, clock.instant());
            } catch (AddressException e) {
                throw new DeliveryException(DeliveryException.Kind.BOUNCE, "Not a valid recipient address: "
                        + describe(e), e);
            } catch (MessagingException e) {
                throw new DeliveryException(DeliveryException.Kind.RETRY, "Cannot compose the message: " + describe(e), e);
            }
            try {
                transport.beforeTaking = beforeTaking;
                transport.sendMessage(message, message.getAllRecipients());
            } catch (SendFailedException e) {
                boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
                boolean later = e.getValidUnsentAddresses() != null && e.getValidUnsentAddresses().length > 0;
                DeliveryException.Kind kind = refused ? DeliveryException.Kind.BOUNCE
                        : later ? DeliveryException.Kind.RETRY : DeliveryException.Kind.CONNECTION;
                throw new DeliveryException(kind, describe(e), e);
            } catch (MessagingException e) {
                throw new DeliveryException(DeliveryException.Kind.CONNECTION, describe(e), e);
            } finally {
                transport.beforeTaking = null;
            }
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The mails of this pass are recorded already; a failing QUIT changes nothing.
            }
        }
    }

    /**
     * Angus Mail's SMTP client (the Jakarta Mail implementation Payara provides), running the
     * sender's hook just before the end of the data ({@code "."}, or the last {@code BDAT} chunk),
     * the command whose {@code 250} answer means the server took the mail: envelope and message go
     * over on several connections at once, while the moments a server takes a mail stay one after
     * the other, each followed by its record.
     */
    static final class GatedTransport extends SMTPTransport {

        /** Set for one {@code sendMessage} by the thread that uses this connection. */
        Runnable beforeTaking;

        GatedTransport(Session session) {
            super(session, new URLName("smtp", null, -1, null, null, null));
        }

        @Override
        protected void finishData() throws IOException, MessagingException {
            runHook();
            super.finishData();
        }

        @Override
        protected void finishBdat() throws IOException, MessagingException {
            runHook();
            super.finishBdat();
        }

        private void runHook() {
            Runnable hook = beforeTaking;
            beforeTaking = null;
            if (hook != null) {
                hook.run();
            }
        }
    }

    /** The message of an exception and of what it wraps, as servers phrase their refusals there. */
    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Throwable cause = e.getCause();
        while (cause != null && cause != e) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage().strip())) {
                text.append(" (").append(cause.getMessage().strip()).append(')');
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return text.toString();
    }
}
