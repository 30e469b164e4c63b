package org.leerwerkplek.platform.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leerwerkplek.platform.security.PasswordPolicy;
import org.leerwerkplek.platform.security.UserService;

/**
 * The first admin's account as the settings give it ({@code lwp.admin.user}, {@code lwp.admin.password}),
 * checked against the account rules when the settings are read, at the very start. A name or password
 * that the account rules would refuse stops the start at once with one line naming the rule, instead
 * of failing later when the account is made.
 */
public final class FirstAdminSettings {

    /** The first admin's user name when {@code lwp.admin.user} is not set. */
    public static final String DEFAULT_USER = "admin";

    private FirstAdminSettings() {
    }

    /**
     * Refuses a user name or password that the account rules do not accept.
     *
     * @throws InvalidSettingException naming the setting and the rule; never repeats the password
     */
    public static void check(Optional<String> user, Optional<String> password) {
        String username = user.orElse(DEFAULT_USER).trim().toLowerCase(Locale.ROOT);
        if (!UserService.isPossibleUsername(username)) {
            throw new InvalidSettingException(PlatformSettings.ADMIN_USER, user.orElse(""),
                    "3 to 64 characters: lower-case letters, digits and . _ @ -, starting with a letter or digit");
        }
        if (password.isEmpty()) {
            return;
        }
        List<PasswordPolicy.Problem> problems = PasswordPolicy.check(username, password.get());
        if (!problems.isEmpty()) {
            throw new InvalidSettingException(PlatformSettings.ADMIN_PASSWORD,
                    rule(problems.get(0), username) + " (the rules: " + RULES + ")");
        }
    }

    /** Every rule a password must meet, as the README says it. */
    static final String RULES = PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
            + " characters, not containing the user name, at least 4 different characters";

    private static String rule(PasswordPolicy.Problem problem, String username) {
        return switch (problem) {
            case TOO_SHORT -> "at least " + PasswordPolicy.MIN_LENGTH + " characters long";
            case TOO_LONG -> "at most " + PasswordPolicy.MAX_LENGTH + " characters long";
            case CONTAINS_USERNAME -> "free of the admin's user name '" + username + "' (" + PlatformSettings.ADMIN_USER
                    + ", default " + DEFAULT_USER + "), in any case";
            case TOO_SIMPLE -> "made of at least 4 different characters";
        };
    }
}
