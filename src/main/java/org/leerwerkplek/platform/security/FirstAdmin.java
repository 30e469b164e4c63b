package org.leerwerkplek.platform.security;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The first admin of an empty database, created once even when two nodes start on that database at
 * the same moment: both see no account, one inserts and the other fails on the unique user name.
 * The failing node tries again in a new transaction, where it sees the account and creates none;
 * a failure for any other reason fails again and is reported as it was.
 */
public final class FirstAdmin {

    private FirstAdmin() {
    }

    /**
     * @param attempt creates the first admin in its own transaction if there is no account yet;
     *                gives the generated password when it made one
     */
    public static Optional<String> ensure(Supplier<Optional<String>> attempt) {
        try {
            return attempt.get();
        } catch (RuntimeException raced) {
            try {
                return attempt.get();
            } catch (RuntimeException again) {
                if (again != raced) {
                    again.addSuppressed(raced);
                }
                throw again;
            }
        }
    }
}
