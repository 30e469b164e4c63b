package org.leerwerkplek.fieldwork;

import java.time.LocalDate;
import org.leerwerkplek.platform.DomainException;

/** What an analyst sets for a new wave; {@link #check()} refuses what does not fit together. */
public record WaveDraft(String name, String instrumentId, LocalDate invitationDate, int reminderMinDays,
                        int reminderMax, LocalDate reminderLastDate, LocalDate closingDate) {

    static final int MAX_REMINDERS = 10;

    /** @throws DomainException INVALID naming the first setting that is wrong */
    public WaveDraft check() {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.wave.nameInvalid");
        }
        if (instrumentId == null || instrumentId.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.wave.instrumentMissing");
        }
        if (invitationDate == null || closingDate == null || reminderLastDate == null) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.wave.datesMissing");
        }
        if (closingDate.isBefore(invitationDate)) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.wave.closingBeforeInvitation");
        }
        if (reminderLastDate.isBefore(invitationDate) || reminderLastDate.isAfter(closingDate)) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.wave.lastReminderOutside");
        }
        if (reminderMinDays < 1 || reminderMinDays > 365) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.wave.minDaysInvalid");
        }
        if (reminderMax < 0 || reminderMax > MAX_REMINDERS) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.wave.maxInvalid", MAX_REMINDERS);
        }
        return new WaveDraft(name.strip(), instrumentId.strip(), invitationDate, reminderMinDays, reminderMax,
                reminderLastDate, closingDate);
    }
}
