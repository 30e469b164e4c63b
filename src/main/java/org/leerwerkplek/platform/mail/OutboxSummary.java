package org.leerwerkplek.platform.mail;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One mail of the outbox in a list: everything but the bodies. */
public record OutboxSummary(long id, String dedupKey, String template, String recipient, MailLanguage language,
                            String subject, OutboxStatus status, DeliveryChannel transport, int attempts,
                            @Schema(type = SchemaType.STRING, format = "date-time") Instant nextAttemptAt,
                            @Schema(type = SchemaType.STRING, format = "date-time") Instant sentAt, String lastError,
                            @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt) {
}
