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
    void send(OutboxMail mail) throws DeliveryException;

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
