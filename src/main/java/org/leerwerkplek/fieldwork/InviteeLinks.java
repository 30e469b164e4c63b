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
 * the wave: it stays in the database, as the rendered mails in the outbox do. One instance keys
 * its HMAC once, so deriving the links of a whole wave costs a hash per link.
 */
public final class InviteeLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** Both tokens of an invitee and the links that carry them. */
    public record Of(String responseToken, String optOutToken, String responseLink, String optOutLink) {
    }

    /** Both tokens and links of the invitee, each derived once. */
    public Of of(long inviteeId) {
        String respond = responseToken(inviteeId);
        String optOut = optOutToken(inviteeId);
        return new Of(respond, optOut, base + "respond.xhtml?t=" + respond, base + "optout.xhtml?t=" + optOut);
    }

    private synchronized String derive(String purpose) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII)));
    }
}
