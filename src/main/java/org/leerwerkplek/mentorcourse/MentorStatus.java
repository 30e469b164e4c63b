package org.leerwerkplek.mentorcourse;

/** Where a mentor stands with the course: waiting for the confirmation, following it, or left. */
public enum MentorStatus {
    /** Registered; nothing is sent but the confirmation mail until the mentor confirms. */
    PENDING,
    /** Confirmed; modules and reminders are delivered. */
    ACTIVE,
    /** Left by the link in a mail; nothing more is sent. */
    UNSUBSCRIBED
}
