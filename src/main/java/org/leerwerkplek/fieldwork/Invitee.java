package org.leerwerkplek.fieldwork;

import java.time.Instant;

/** A stored invitee of a wave and what was decided for it so far. */
public record Invitee(long id, long waveId, String company, String contact, String email, String language,
                      String sizeClass, String subsector, String region, Long responseId, Instant invitedAt,
                      int reminders, Instant lastContactAt, Instant optedOutAt, Instant submittedAt) {

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
