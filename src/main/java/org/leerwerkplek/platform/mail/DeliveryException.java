package org.leerwerkplek.platform.mail;

import java.util.Objects;

/** A mail server did not take a mail; the kind says what the sender does next. */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, from the sender's point of view. */
    public enum Kind {
        /** The server refused the recipient for good: trying again will not help. */
        BOUNCE,
        /** The server refused this mail for now (a full mailbox, greylisting): try it again later. */
        RETRY,
        /** The connection failed or the server cannot be used: try again later, stop this pass. */
        CONNECTION
    }

    private final Kind kind;

    public DeliveryException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
    }

    public Kind kind() {
        return kind;
    }
}
