package org.leerwerkplek.platform.api;

import java.util.Arrays;

/**
 * A request body that cannot be read as the operation's JSON: too large, not UTF-8, not JSON,
 * nested too deep, or a value of the wrong kind for its field. Carries the HTTP status (400, or
 * 413 for a body over the limit), a message key of the {@code messages} bundle and its arguments,
 * so the API answers in the caller's language ({@link BadBodyExceptionMapper}).
 */
public class BadBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    /** A problem of the body as a whole. */
    public BadBodyException(int status, String messageKey, Object... arguments) {
        this(status, null, messageKey, arguments);
    }

    /**
     * A problem of one value: {@code field} is its path in the body ({@code contacts[1].email}),
     * empty for the body itself; the message's first argument ({@code {0}}) names it.
     */
    public static BadBodyException at(String field, String messageKey, Object... arguments) {
        return new BadBodyException(400, field, messageKey, arguments);
    }

    private BadBodyException(int status, String field, String messageKey, Object... arguments) {
        super((field == null ? "" : "[" + field + "] ") + messageKey + Arrays.toString(arguments), null, false, false);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The path of the value the problem is about; null for a problem of the body as a whole. */
    public String field() {
        return field;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
