package org.leerwerkplek.platform.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * One mail in the outbox with its bodies.
 *
 * @param transport   how it left; {@code null} until it is sent
 * @param claimedBy   the sender instance that claimed it last; {@code null} before the first claim
 * @param claimedUntil the end of the current claim's lease; {@code null} when not claimed
 * @param lastError   the last refusal or failure, if any
 */
public record OutboxMail(long id, String dedupKey, String template, String recipient, MailLanguage language,
                         String subject, String bodyText, String bodyHtml, OutboxStatus status,
                         DeliveryChannel transport, int attempts, Instant nextAttemptAt, String claimedBy,
                         Instant claimedUntil, Instant sentAt, String lastError, Instant createdAt)
        implements Serializable {

    /** The same mail without its bodies, for lists. */
    public OutboxSummary summary() {
        return new OutboxSummary(id, dedupKey, template, recipient, language, subject, status, transport, attempts,
                nextAttemptAt, sentAt, lastError, createdAt);
    }
}
