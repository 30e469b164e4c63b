package org.leerwerkplek.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digest that stands for a value in the trail: HMAC-SHA256 under the trail's own random key,
 * cut to 16 hex digits. Keyed, so that a short value (a phone number, a postal code) cannot be
 * found back by trying every candidate from a copy of the trail alone.
 */
public final class AuditDigest {

    private static final int HEX_DIGITS = 16;
    private final SecretKeySpec key;

    public AuditDigest(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("The audit digest key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The digest of {@code value}; {@link FieldChange#ABSENT} for null. Collections digest their sorted elements. */
    public String of(Object value) {
        if (value == null) {
            return FieldChange.ABSENT;
        }
        String text = value instanceof Collection<?> c ? String.join("\u001f", new TreeSet<>(c.stream().map(String::valueOf).toList()))
                : value.toString();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] sum = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sum).substring(0, HEX_DIGITS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * The fields whose value differs between {@code before} and {@code after} (a field missing on
     * one side counts as absent there), in the order they first appear, each with its digests.
     */
    public List<FieldChange> changes(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(normal(old), normal(now))) {
                changes.add(new FieldChange(field, of(old), of(now)));
            }
        }
        return changes;
    }

    /** The fields of a new object (every field set), or of a removed one with {@code removed}. */
    public List<FieldChange> fieldsOf(Map<String, ?> values, boolean removed) {
        return removed ? changes(values, Map.of()) : changes(Map.of(), values);
    }

    private static Object normal(Object value) {
        if (value instanceof String s && s.isEmpty()) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : new TreeSet<>(c.stream().map(String::valueOf).toList());
        }
        return value;
    }
}
