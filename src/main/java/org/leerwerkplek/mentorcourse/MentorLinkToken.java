package org.leerwerkplek.mentorcourse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A mentor's personal link as the course run issues it: derived, not stored. The token names the
 * mentor and the day it was issued and carries an HMAC-SHA256 of both under the mentor's own
 * random key ({@code mentor.link_key}): {@code <mentor id>.<epoch day>.<43 characters>}. Whoever
 * holds the key can make the mentor's links, as whoever holds a stored hash's table could once
 * check them; a copy of the keys opens links, so the keys stay in the database as the fieldwork
 * wave keys do. A link works for {@link MentorLink#VALID} from its day; a mentor whose key is
 * removed (erasure) has no working derived link left. Links stored before (a random token whose
 * hash is a {@code mentor_link} row: the confirmation mail's, and every mail's before this form)
 * keep working until they expire.
 */
public final class MentorLinkToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]{0,17})\\.(-?[0-9]{1,7})\\.([A-Za-z0-9_-]{43})");
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    });

    /** What a token of this form says: the mentor, the day it was issued and its MAC. */
    public record Claim(long mentorId, LocalDate issuedOn, String mac) {

        /** Whether the link still works on {@code today}: for {@link MentorLink#VALID} from its day. */
        public boolean isValidOn(LocalDate today) {
            return today.isBefore(issuedOn.plusDays(MentorLink.VALID.toDays()));
        }

        /** Whether the MAC is the one {@code key} gives this mentor and day (compared in constant time). */
        public boolean isSignedWith(String key) {
            return key != null && MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
                    MentorLinkToken.mac(key, mentorId, issuedOn).getBytes(StandardCharsets.US_ASCII));
        }
    }

    private MentorLinkToken() {
    }

    /** A fresh random key for a mentor: 256 bits, URL-safe, 43 characters. */
    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token of the mentor's link issued on {@code day} under the mentor's {@code key}. */
    public static String issue(String key, long mentorId, LocalDate day) {
        return mentorId + "." + day.toEpochDay() + "." + mac(key, mentorId, day);
    }

    /** What {@code token} claims, if it has this form; not yet checked against a key or a day. */
    public static Optional<Claim> read(String token) {
        if (token == null || token.length() > 80) {
            return Optional.empty();
        }
        Matcher parts = SHAPE.matcher(token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(Long.parseLong(parts.group(1)), LocalDate.ofEpochDay(Long.parseLong(parts.group(2))),
                parts.group(3)));
    }

    private static String mac(String key, long mentorId, LocalDate day) {
        try {
            Mac mac = MACS.get();
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(key), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(("mentor-link:" + mentorId + ":" + day.toEpochDay()).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A mentor's link key could not be used", e);
        }
    }
}
