package org.leerwerkplek.fieldwork;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a wave has pending: the invitations and reminders due now, and the next day with any and
 * how many then. Reminders count the invitees not recorded as submitted; the run checks each
 * against the surveys part, so it may skip a few who answered since.
 *
 * @param invitationsNextOn the invitation date when it is still to come, else null
 * @param remindersNextOn   the first day after today with reminders due, or null
 */
public record Pending(long waveId, String waveName, long invitationsNow,
                      @Schema(type = SchemaType.STRING, format = "date") LocalDate invitationsNextOn,
                      long invitationsNext, long remindersNow,
                      @Schema(type = SchemaType.STRING, format = "date") LocalDate remindersNextOn, long remindersNext) {

    /**
     * @param notInvited the invitees not invited yet and not opted out
     * @param open       the invited invitees that have neither opted out nor (as recorded) submitted
     */
    public static Pending of(Wave wave, long notInvited, List<ReminderRule.InviteeState> open, ReminderRule rule,
                             LocalDate today) {
        if (wave.isClosed(today)) {
            return new Pending(wave.id(), wave.name(), 0, null, 0, 0, null, 0);
        }
        boolean invitesNow = wave.invitesOn(today);
        long remindersNow = 0;
        LocalDate next = null;
        long remindersNext = 0;
        for (ReminderRule.InviteeState invitee : open) {
            Optional<LocalDate> day = rule.nextDay(invitee);
            if (day.isEmpty()) {
                continue;
            }
            if (!day.get().isAfter(today)) {
                remindersNow++;
            } else if (next == null || day.get().isBefore(next)) {
                next = day.get();
                remindersNext = 1;
            } else if (day.get().equals(next)) {
                remindersNext++;
            }
        }
        return new Pending(wave.id(), wave.name(), invitesNow ? notInvited : 0,
                invitesNow ? null : wave.invitationDate(), invitesNow ? 0 : notInvited, remindersNow, next,
                remindersNext);
    }
}
