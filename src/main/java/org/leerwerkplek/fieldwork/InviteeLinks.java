package org.leerwerkplek.fieldwork;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.leerwerkplek.platform.security.SecretToken;

/**
 * The links of a wave's invitees, derived from the wave's secret key with HMAC-SHA256, with the
 * shape of a {@link SecretToken} (32 bytes, URL-safe), different for answering and for opting out.
 *
 * <p>A token carries the invitee's id in its first 8 bytes and the first 24 bytes (192 bits) of
 * the HMAC of purpose and id in the rest: it is checked by looking the invitee up by its key and
 * computing the MAC again, so an invitation stores no hash of its links and needs no index on
 * them (scheduling a wave writes only {@code invited_at}). A reminder carries the same link as
 * the invitation. Whoever holds the key can make every link of the wave: it stays in the
 * database, as the mails in the outbox do. One instance keys its HMAC once.
 *
 * <p>Links of invitations recorded before this form (issue 17) are the full HMAC of the purpose
 * alone, found by the hash stored on the invitee ({@link #legacyOf(long)}); they keep working, and
 * a reminder to such an invitee carries its old link.
 */
public final class InviteeLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_BYTES = Long.BYTES;
    private static final int MAC_BYTES = 32 - ID_BYTES;

    private final Mac mac;
    private final String base;

    /**
     * @param key  the wave's key ({@link #newKey()})
     * @param base the application's address that links start with, ending in {@code /}
     */
    public InviteeLinks(String key, String base) {
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            this.mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(key), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** A fresh random key for a new wave. */
    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The invitee a token of this form names, unchecked: only {@link #isResponseToken} or
     * {@link #isOptOutToken} with the key of the invitee's wave says whether it is genuine.
     */
    public static Optional<Long> inviteeOf(String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Optional.empty();
        }
        long id = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token), 0, ID_BYTES).getLong();
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    /** The token of the invitee's survey response. */
    public String responseToken(long inviteeId) {
        return token("respond", inviteeId);
    }

    /** The token of the invitee's opt-out link. */
    public String optOutToken(long inviteeId) {
        return token("opt-out", inviteeId);
    }

    /** Whether {@code token} is the answering token of {@code inviteeId} under this wave's key (constant time). */
    public boolean isResponseToken(long inviteeId, String token) {
        return matches(responseToken(inviteeId), token);
    }

    /** Whether {@code token} is the opt-out token of {@code inviteeId} under this wave's key (constant time). */
    public boolean isOptOutToken(long inviteeId, String token) {
        return matches(optOutToken(inviteeId), token);
    }

    public String responseLink(long inviteeId) {
        return base + "respond.xhtml?t=" + responseToken(inviteeId);
    }

    public String optOutLink(long inviteeId) {
        return base + "optout.xhtml?t=" + optOutToken(inviteeId);
    }

    /** Both tokens of an invitee and the links that carry them. */
    public record Of(String responseToken, String optOutToken, String responseLink, String optOutLink) {
    }

    /** Both tokens and links of the invitee, each derived once. */
    public Of of(long inviteeId) {
        return of(responseToken(inviteeId), optOutToken(inviteeId));
    }

    /**
     * The links of an invitee invited before tokens carried the id: the HMAC of the purpose alone,
     * whose hashes the invitee row holds.
     */
    public Of legacyOf(long inviteeId) {
        return of(derive("respond:" + inviteeId), derive("opt-out:" + inviteeId));
    }

    private Of of(String respond, String optOut) {
        return new Of(respond, optOut, base + "respond.xhtml?t=" + respond, base + "optout.xhtml?t=" + optOut);
    }

    private String token(String purpose, long inviteeId) {
        byte[] full = mac(purpose + ":id:" + inviteeId);
        ByteBuffer token = ByteBuffer.allocate(32).putLong(inviteeId).put(full, 0, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
    }

    private static boolean matches(String expected, String token) {
        return token != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private String derive(String purpose) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(purpose));
    }

    private synchronized byte[] mac(String input) {
        return Arrays.copyOf(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)), 32);
    }
}
