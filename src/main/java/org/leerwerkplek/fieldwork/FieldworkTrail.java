package org.leerwerkplek.fieldwork;

import java.util.LinkedHashMap;
import java.util.Map;

/** How fieldwork's services name what they record in the audit trail. */
final class FieldworkTrail {

    /** Object kinds in the audit trail. */
    static final String WAVE = "wave";
    static final String INVITEE = InviteeAnonymiser.INVITEE;

    private FieldworkTrail() {
    }

    /** The fields of a wave the trail follows (as digests): its settings, never its key. */
    static Map<String, Object> fields(Wave wave) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", wave.name());
        fields.put("instrumentId", wave.instrumentId());
        fields.put("invitationDate", wave.invitationDate());
        fields.put("reminderMinDays", wave.reminderMinDays());
        fields.put("reminderMax", wave.reminderMax());
        fields.put("reminderLastDate", wave.reminderLastDate());
        fields.put("closingDate", wave.closingDate());
        return fields;
    }

    /**
     * The trail's object id for something done to many invitees of a wave at once, one row per
     * import or run: {@code wave:<id>:<what>:<how many>}.
     */
    static String invitees(long waveId, String what, int count) {
        return "wave:" + waveId + ":" + what + ":" + count;
    }
}
