package org.leerwerkplek.platform.security;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The password of the first admin, chosen (the configured one, or a generated one) before the schema is migrated,
 * with its hash: on a first start the PBKDF2 hash (about 5 % of a first start's CPU samples) is begun on a
 * thread of its own and runs beside the migration instead of after it. On a database that has accounts
 * already nothing is hashed ahead: the hash is then only made if an account has to be created after all.
 */
public final class FirstAdminPassword {

    private final String password;
    private final boolean generated;
    private final Supplier<String> hash;

    FirstAdminPassword(String password, boolean generated, Supplier<String> hash) {
        this.password = password;
        this.generated = generated;
        this.hash = hash;
    }

    /** The configured password or a generated one; hashed when asked ({@link #hash()}), or ahead when {@code ahead}. */
    public static FirstAdminPassword of(Optional<String> configured, boolean ahead) {
        String password = configured.orElseGet(UserService::randomPassword);
        PasswordHasher hasher = new PasswordHasher();
        Supplier<String> hash = () -> hasher.hash(password.toCharArray());
        if (ahead) {
            CompletableFuture<String> future = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    future.complete(hash.get());
                } catch (RuntimeException | Error e) {
                    future.completeExceptionally(e);
                }
            }, "lwp-first-admin-hash");
            thread.setDaemon(true);
            thread.start();
            return new FirstAdminPassword(password, configured.isEmpty(), future::join);
        }
        return new FirstAdminPassword(password, configured.isEmpty(), hash);
    }

    String password() {
        return password;
    }

    /** Whether the password was generated here (and must be shown once), not configured. */
    boolean generated() {
        return generated;
    }

    /** The stored form of the password's hash; waits for it when it was begun ahead. */
    String hash() {
        return hash.get();
    }
}
