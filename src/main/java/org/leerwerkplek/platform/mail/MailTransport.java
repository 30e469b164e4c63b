package org.leerwerkplek.platform.mail;

/**
 * An open connection to a mail server that takes one mail after the other. Plain interface so
 * that {@link OutboxDelivery} is tested without a server.
 */
public interface MailTransport extends AutoCloseable {

    /**
     * Hands one mail to the server; returns when the server took it.
     *
     * @throws DeliveryException when the server refused it or the connection failed
     */
    default void send(OutboxMail mail) throws DeliveryException {
        send(mail, () -> { });
    }

    /**
     * Hands one mail to the server, running {@code beforeTaking} at the last moment before the server
     * is asked to take it (SMTP: before the end of the data, after the envelope and the message went
     * over), on this thread; not when the hand-over fails before that point. The sender waits
     * there until the mail handed over before, on any connection, is recorded, so that at most one
     * mail at a time is taken and not yet recorded.
     *
     * @throws DeliveryException when the server refused it or the connection failed
     */
    void send(OutboxMail mail, Runnable beforeTaking) throws DeliveryException;

    /** Closes the connection; failures to close are not reported. */
    @Override
    void close();

    /** Opens connections: to the configured SMTP server in production. */
    @FunctionalInterface
    interface Connector {

        /** @throws DeliveryException when the server cannot be reached or refuses to sign in */
        MailTransport open() throws DeliveryException;
    }
}
