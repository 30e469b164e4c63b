package org.leerwerkplek.platform.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One changed field: its name and a digest of its old and new value ({@link #ABSENT} where there
 * was none). The digests tell that a value changed, and let an admin match a value they hold,
 * without the trail holding the value itself.
 */
public record FieldChange(String field, String before, String after) {

    public static final String ABSENT = "-";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,64}");
    private static final Pattern DIGEST = Pattern.compile("-|[0-9a-f]{1,64}");

    public FieldChange {
        Objects.requireNonNull(field, "field");
        if (!NAME.matcher(field).matches()) {
            throw new IllegalArgumentException("Not a field name for the audit trail: " + field);
        }
        if (!DIGEST.matcher(before).matches() || !DIGEST.matcher(after).matches()) {
            throw new IllegalArgumentException("Field changes carry digests only: " + before + " > " + after);
        }
    }

    /** As stored: {@code field=before>after}. */
    String encoded() {
        return field + "=" + before + ">" + after;
    }

    static FieldChange decode(String encoded) {
        int eq = encoded.indexOf('=');
        int gt = encoded.indexOf('>', eq);
        if (eq < 1 || gt < 0) {
            throw new IllegalArgumentException("Not a stored field change: " + encoded);
        }
        return new FieldChange(encoded.substring(0, eq), encoded.substring(eq + 1, gt), encoded.substring(gt + 1));
    }
}
