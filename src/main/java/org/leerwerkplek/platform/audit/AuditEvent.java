package org.leerwerkplek.platform.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the trail as stored. {@code changes} is kept as stored text (see
 * {@link #fieldChanges()}) so that verifying the chain hashes exactly what the row holds.
 */
public record AuditEvent(long seq, Instant occurredAt, String actorKind, String actorRef, String action,
                         String objectKind, String objectId, String changes, String prevHash, String hash) {

    /** The hash of the empty chain: the {@code prevHash} of the first row. */
    public static final String GENESIS = "0".repeat(64);
    private static final int MAX_CHANGES = 4000;

    /** The changed fields; empty when none were recorded. */
    public List<FieldChange> fieldChanges() {
        if (changes == null || changes.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(changes.split(";")).filter(s -> !s.startsWith("+")).map(FieldChange::decode).toList();
    }

    /** How many changed fields did not fit in the row and are only counted. */
    public int fieldsLeftOut() {
        if (changes == null) {
            return 0;
        }
        int plus = changes.lastIndexOf(";+");
        return plus < 0 ? 0 : Integer.parseInt(changes.substring(plus + 2));
    }

    /**
     * The stored text of {@code changes}: {@code field=before>after} joined by {@code ;}, null when
     * there are none. What does not fit in the column is counted at the end ({@code ;+12}).
     */
    static String encode(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            String next = (i == 0 ? "" : ";") + changes.get(i).encoded();
            int rest = changes.size() - i;
            if (text.length() + next.length() + 12 > MAX_CHANGES) {
                return text.append(";+").append(rest).toString();
            }
            text.append(next);
        }
        return text.toString();
    }
}
