package org.leerwerkplek.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Digests stand for values without holding them; changes name only fields that differ. */
class AuditDigestTest {

    private final AuditDigest digest = new AuditDigest("0123456789abcdef".getBytes());

    @Test
    void aDigestIsKeyedAndHoldsNoValue() {
        String phone = digest.of("+32 470 12 34 56");

        assertEquals(16, phone.length());
        assertFalse(phone.contains("470"));
        assertEquals(phone, digest.of("+32 470 12 34 56"));
        assertNotEquals(phone, new AuditDigest("fedcba9876543210".getBytes()).of("+32 470 12 34 56"));
        // HMAC-SHA256(key "0123456789abcdef", "abc"), first 16 hex digits:
        // python3 -c "import hmac,hashlib;print(hmac.new(b'0123456789abcdef',b'abc',hashlib.sha256).hexdigest()[:16])"
        assertEquals("bcaa92843247bc25", digest.of("abc"));
    }

    @Test
    void changesNameTheFieldsThatDiffer() {
        List<FieldChange> changes = digest.changes(
                Map.of("name", "Bouw NV", "city", "Gent", "systems", List.of("DUAAL", "LEERTIJD")),
                Map.of("name", "Bouw NV", "city", "Aalst", "systems", List.of("LEERTIJD", "DUAAL"), "phone", "09 123"));

        assertEquals(List.of("city", "phone"), changes.stream().map(FieldChange::field).sorted().toList());
        FieldChange city = changes.stream().filter(c -> c.field().equals("city")).findFirst().orElseThrow();
        assertEquals(digest.of("Gent"), city.before());
        assertEquals(digest.of("Aalst"), city.after());
        FieldChange phone = changes.stream().filter(c -> c.field().equals("phone")).findFirst().orElseThrow();
        assertEquals(FieldChange.ABSENT, phone.before());
    }

    @Test
    void anEmptyTextAndNoValueAreTheSame() {
        assertTrue(digest.changes(Map.of("note", ""), Map.of()).isEmpty());
    }

    @Test
    void aFieldChangeHoldsDigestsOnly() {
        assertThrows(IllegalArgumentException.class, () -> new FieldChange("email", "jan@example.org", "-"));
        assertThrows(IllegalArgumentException.class, () -> new FieldChange("e mail", "-", "-"));
    }

    @Test
    void changesThatDoNotFitAreCounted() {
        List<FieldChange> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(new FieldChange("field" + i, digest.of(i), digest.of(i + 1)));
        }
        String stored = AuditEvent.encode(many);
        AuditEvent event = new AuditEvent(1, java.time.Instant.EPOCH, "SYSTEM", null, "UPDATE", "fiche", "1", stored,
                AuditEvent.GENESIS, "x");

        assertTrue(stored.length() <= 4000, "fits the column: " + stored.length());
        assertEquals(200, event.fieldChanges().size() + event.fieldsLeftOut());
        assertTrue(event.fieldsLeftOut() > 0);
    }
}
