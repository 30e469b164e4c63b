package org.leerwerkplek.fieldwork.web;

import java.io.Serializable;
import java.time.LocalDate;

/** The dates and reminder rule of a wave as a form edits them (a new wave, or a change to a running one). */
public class ScheduleFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate invitationDate;
    private int reminderMinDays;
    private int reminderMax;
    private LocalDate reminderLastDate;
    private LocalDate closingDate;

    public ScheduleFields(LocalDate invitationDate, int reminderMinDays, int reminderMax, LocalDate reminderLastDate,
                          LocalDate closingDate) {
        this.invitationDate = invitationDate;
        this.reminderMinDays = reminderMinDays;
        this.reminderMax = reminderMax;
        this.reminderLastDate = reminderLastDate;
        this.closingDate = closingDate;
    }

    public LocalDate getInvitationDate() {
        return invitationDate;
    }

    public void setInvitationDate(LocalDate invitationDate) {
        this.invitationDate = invitationDate;
    }

    public int getReminderMinDays() {
        return reminderMinDays;
    }

    public void setReminderMinDays(int reminderMinDays) {
        this.reminderMinDays = reminderMinDays;
    }

    public int getReminderMax() {
        return reminderMax;
    }

    public void setReminderMax(int reminderMax) {
        this.reminderMax = reminderMax;
    }

    public LocalDate getReminderLastDate() {
        return reminderLastDate;
    }

    public void setReminderLastDate(LocalDate reminderLastDate) {
        this.reminderLastDate = reminderLastDate;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public void setClosingDate(LocalDate closingDate) {
        this.closingDate = closingDate;
    }
}
