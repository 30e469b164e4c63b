package org.leerwerkplek.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must meet: length over complexity (NIST SP 800-63B), not the user name,
 * not one repeated character.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** A reason a password is refused; {@link #messageKey()} is its text in the bundle. */
    public enum Problem {
        TOO_SHORT("password.tooShort"),
        TOO_LONG("password.tooLong"),
        CONTAINS_USERNAME("password.containsUsername"),
        TOO_SIMPLE("password.tooSimple");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private PasswordPolicy() {
    }

    /** The problems of {@code password} for {@code username}; empty when it is acceptable. */
    public static List<Problem> check(String username, String password) {
        List<Problem> problems = new ArrayList<>();
        String value = password == null ? "" : password;
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(Problem.TOO_LONG);
        }
        if (username != null && !username.isBlank()
                && value.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.CONTAINS_USERNAME);
        }
        if (!value.isEmpty() && value.chars().distinct().count() < 4) {
            problems.add(Problem.TOO_SIMPLE);
        }
        return List.copyOf(problems);
    }
}
