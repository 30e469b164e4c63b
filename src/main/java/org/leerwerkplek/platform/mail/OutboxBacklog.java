package org.leerwerkplek.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What an operator watches of the outbox.
 *
 * @param queued       mails waiting to be sent (pending), whether their next attempt has come or not
 * @param due          of those, the ones whose next attempt has come: the sender's work right now
 * @param failed       mails given up after the attempts ran out (kept until retention removes them)
 * @param bounced      mails the recipient's server refused
 * @param oldestQueued when the oldest waiting mail was queued; empty when none waits
 */
public record OutboxBacklog(long queued, long due, long failed, long bounced, Optional<Instant> oldestQueued) {

    /** How long the oldest waiting mail has waited at {@code now}; zero when none waits. */
    public Duration oldestQueuedAge(Instant now) {
        return oldestQueued.map(at -> Duration.between(at, now)).filter(age -> !age.isNegative()).orElse(Duration.ZERO);
    }
}
