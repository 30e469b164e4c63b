package org.leerwerkplek.platform;

import java.util.Arrays;

/**
 * A refused request that the user can correct: bad input, a conflict, a missing object. Carries
 * a message key of the {@code messages} bundle and its arguments, so every page and the API
 * show it in the user's language. Thrown from services, it rolls the transaction back.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal this is; the API maps it to an HTTP status. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
