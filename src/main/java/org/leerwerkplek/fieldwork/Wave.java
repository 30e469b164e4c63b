package org.leerwerkplek.fieldwork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A fieldwork wave: personal invitations to one instrument from {@code invitationDate}, reminders
 * by its rule, answers taken up to and including {@code closingDate}.
 */
public record Wave(long id, String name, String instrumentId, LocalDate invitationDate, int reminderMinDays,
                   int reminderMax, LocalDate reminderLastDate, LocalDate closingDate, String linkKey, String linkBase,
                   String createdBy, Instant createdAt, int version) {

    /** Whether answers are no longer taken on {@code today}. */
    public boolean isClosed(LocalDate today) {
        return today.isAfter(closingDate);
    }

    /** Whether the invitations may go out on {@code today}. */
    public boolean invitesOn(LocalDate today) {
        return !today.isBefore(invitationDate) && !isClosed(today);
    }

    /** The first moment the wave's responses no longer take answers: the start of the day after closing. */
    public Instant closesAt(ZoneId zone) {
        return closingDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public ReminderRule reminderRule(Clock clock) {
        return new ReminderRule(reminderMinDays, reminderMax, reminderLastDate, closingDate, clock);
    }

    /**
     * The links of this wave's invitees, starting with {@code base}: the application's public
     * address when the mail goes ({@code platform.web.PublicUrl}), so a reminder follows a
     * corrected address. {@code linkBase} keeps the address the wave was created with.
     */
    public InviteeLinks links(String base) {
        if (!hasLinkKey()) {
            throw new IllegalStateException("The link key of wave " + id + " was removed after it closed");
        }
        return new InviteeLinks(linkKey, base);
    }

    /** Whether the wave still holds the key its links are made with (retention removes it after closing). */
    public boolean hasLinkKey() {
        return linkKey != null && !linkKey.isEmpty();
    }
}
