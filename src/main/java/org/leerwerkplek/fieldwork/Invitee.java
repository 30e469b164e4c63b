package org.leerwerkplek.fieldwork;

import java.time.Instant;

/**
 * A stored invitee of a wave and what was decided for it so far. {@code legacyLinks}: invited
 * before links carried the invitee's id, so its links are found by the hashes on its row
 * ({@link InviteeLinks#legacyOf(long)}).
 */
public record Invitee(long id, long waveId, String company, String contact, String email, String language,
                      String sizeClass, String subsector, String region, Long responseId, Instant invitedAt,
                      int reminders, Instant lastContactAt, Instant optedOutAt, Instant submittedAt,
                      boolean legacyLinks) {

    /** An invitee whose links carry its id (every invitation since issue 17). */
    public Invitee(long id, long waveId, String company, String contact, String email, String language,
                   String sizeClass, String subsector, String region, Long responseId, Instant invitedAt,
                   int reminders, Instant lastContactAt, Instant optedOutAt, Instant submittedAt) {
        this(id, waveId, company, contact, email, language, sizeClass, subsector, region, responseId, invitedAt,
                reminders, lastContactAt, optedOutAt, submittedAt, false);
    }

    /** The invitee's links under its wave's key. */
    public InviteeLinks.Of links(InviteeLinks wave) {
        return legacyLinks ? wave.legacyOf(id) : wave.of(id);
    }

    /** The value of a subgroup dimension, or null when the invitee has none. */
    public String group(Dimension dimension) {
        return switch (dimension) {
            case SIZE_CLASS -> sizeClass;
            case SUBSECTOR -> subsector;
            case REGION -> region;
        };
    }

    public ReminderRule.InviteeState state(boolean submitted) {
        return new ReminderRule.InviteeState(invitedAt, reminders, lastContactAt, optedOutAt != null,
                submitted || submittedAt != null);
    }
}
