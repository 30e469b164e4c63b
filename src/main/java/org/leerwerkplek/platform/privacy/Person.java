package org.leerwerkplek.platform.privacy;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The person an access request or an erasure is about: an e-mail address (lower case) and, when an
 * account has that address, the account's user name (parts may know staff by it).
 */
public record Person(String email, Optional<String> username) {

    public Person {
        Objects.requireNonNull(email, "email");
        email = email.trim().toLowerCase(Locale.ROOT);
        username = username == null ? Optional.empty() : username;
    }

    public static Person of(String email) {
        return new Person(email, Optional.empty());
    }
}
