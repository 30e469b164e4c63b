package org.leerwerkplek.platform.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords that passed the PBKDF2 check a moment ago, so that an API client sending the same
 * Basic credentials on every request does not pay 210,000 iterations each time. Only an HMAC of
 * (stored hash, password) under a key made at start and never stored is kept, for a short time;
 * a changed password (another stored hash) or an expired entry goes through PBKDF2 again. Failures
 * are never remembered, and the caller still checks lock-out and the account's state every time.
 */
final class VerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;

    private final Duration keep;
    private final SecretKeySpec key;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(Duration keep) {
        this.keep = keep;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this password matched {@code storedHash} less than the keeping time before {@code now}. */
    boolean recentlyVerified(String storedHash, char[] password, Instant now) {
        Instant until = verified.get(fingerprint(storedHash, password));
        return until != null && now.isBefore(until);
    }

    /** Remembers that this password matched {@code storedHash} at {@code now}. */
    void remember(String storedHash, char[] password, Instant now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(until -> !now.isBefore(until));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(fingerprint(storedHash, password), now.plus(keep));
    }

    private String fingerprint(String storedHash, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
