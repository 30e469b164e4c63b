package org.leerwerkplek.platform.mail;

import java.io.Serializable;

/**
 * How many mails the outbox holds per status; {@code due} counts the pending ones whose next
 * attempt has come.
 */
public record OutboxCounts(long pending, long due, long sending, long sent, long failed, long bounced) implements Serializable {
}
