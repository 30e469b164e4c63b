package org.leerwerkplek.platform.mail;

/** The outbox table could not be read or written (the database is gone, the schema is wrong). */
public class OutboxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutboxException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    public OutboxException(String message) {
        super(message);
    }
}
