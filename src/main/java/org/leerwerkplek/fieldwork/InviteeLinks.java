package org.leerwerkplek.fieldwork;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.leerwerkplek.platform.security.SecretToken;

/**
 * The links of a wave's invitees, derived from the wave's secret key with HMAC-SHA256: 256 bits
 * per link, with the shape of a {@link SecretToken}, different for answering and for opting
 * out. Derived rather than stored, so a reminder carries the same link as the invitation while
 * the invitee and response rows keep only hashes. Whoever holds the key can make every link of
 * the wave: it stays in the database, as the rendered mails in the outbox do.
 */
public final class InviteeLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final String base;

    /**
     * @param key  the wave's key ({@link #newKey()})
     * @param base the application's address that links start with, ending in {@code /}
     */
    public InviteeLinks(String key, String base) {
        this.key = Base64.getUrlDecoder().decode(key);
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** A fresh random key for a new wave. */
    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token of the invitee's survey response. */
    public String responseToken(long inviteeId) {
        return derive("respond:" + inviteeId);
    }

    /** The token of the invitee's opt-out link. */
    public String optOutToken(long inviteeId) {
        return derive("opt-out:" + inviteeId);
    }

    public String responseLink(long inviteeId) {
        return base + "respond.xhtml?t=" + responseToken(inviteeId);
    }

    public String optOutLink(long inviteeId) {
        return base + "optout.xhtml?t=" + optOutToken(inviteeId);
    }

    private String derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
