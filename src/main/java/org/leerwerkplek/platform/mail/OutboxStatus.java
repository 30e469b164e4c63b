package org.leerwerkplek.platform.mail;

/** Where a mail in the outbox stands. */
public enum OutboxStatus {
    /** Waiting for its next attempt ({@code next_attempt_at}). */
    PENDING,
    /** Claimed by one sender, which is handing it to the SMTP server. */
    SENDING,
    /** Taken by the SMTP server, or kept in the outbox when no SMTP server is configured. */
    SENT,
    /** Given up: attempts used up. */
    FAILED,
    /** The SMTP server refused the recipient for good. */
    BOUNCED
}
