package org.leerwerkplek.platform.mail;

import java.io.Serializable;
import java.time.Instant;

/** One mail of the outbox in a list: everything but the bodies. */
public record OutboxSummary(long id, String dedupKey, String template, String recipient, MailLanguage language,
                            String subject, OutboxStatus status, DeliveryChannel transport, int attempts,
                            Instant nextAttemptAt, Instant sentAt, String lastError, Instant createdAt)
        implements Serializable {
}
