package org.leerwerkplek.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass of the sender over the outbox, plain Java over {@link OutboxStore} and a
 * {@link MailTransport}.
 *
 * <p>Order: the SMTP connection is opened first and kept for the whole pass; then a batch of due
 * rows is claimed with one conditional update that is committed at once (two senders never both
 * win a row); then the mails are rendered and handed to the server one after the other; the mails
 * the server took are recorded sent {@link #RECORD_EVERY} at a time, a refusal at once. A sender
 * that stops (crash, kill) between claiming and recording leaves its rows in {@code SENDING}; when
 * their lease has run out the next pass of any instance puts them back into the queue and they
 * are sent again. Those the dead sender had not handed over arrive once, nothing is lost; those
 * the server took since the last record (at most {@link #RECORD_EVERY}) arrive a second time,
 * both copies with the same {@code Message-ID}, which mail programs recognise as one mail.
 *
 * <p>What SMTP itself leaves open: when the connection breaks after the server received the end
 * of the message but before its answer arrived, the sender cannot know that the mail was taken;
 * it records a retry and the mail can arrive twice. Every mail carries a {@code Message-ID}
 * derived from its row, the same on every attempt, so such a duplicate can be recognised.
 */
public final class OutboxDelivery {

    /** The note on a mail whose sender stopped while handing it over, when it goes back into the queue. */
    public static final String INTERRUPTED = "Interrupted while being handed to the mail server: the sender stopped "
            + "before it recorded the outcome. Sent again with the same Message-ID.";

    /**
     * How many handed-over mails are recorded sent in one statement: at most this many arrive twice
     * after a kill. One, so that a kill costs at most one second copy (the several-node test holds
     * the sender to that); recording is one short update per mail, the batch's claim and the open
     * connection are what make sending fast.
     */
    static final int RECORD_EVERY = 1;

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private final OutboxStore store;
    private final RetryPolicy retry;
    private final String instance;
    private final Duration lease;
    private final int batchSize;
    private final int maxPerPass;
    private final java.util.concurrent.atomic.AtomicLong claims = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param instance   the name of this sender, unique across the cluster; {@code claimed_by} holds it with the number of the batch
     * @param lease      how long a claim holds; longer than the longest hand-over the SMTP timeouts allow
     * @param batchSize  how many due mails are read at a time
     * @param maxPerPass how many mails one pass handles at most
     */
    public OutboxDelivery(OutboxStore store, RetryPolicy retry, String instance, Duration lease, int batchSize,
                          int maxPerPass) {
        this.store = Objects.requireNonNull(store);
        this.retry = Objects.requireNonNull(retry);
        this.instance = Objects.requireNonNull(instance);
        this.lease = Objects.requireNonNull(lease);
        this.batchSize = batchSize;
        this.maxPerPass = maxPerPass;
    }

    /**
     * Puts expired claims back into the queue, then sends the due mails through {@code smtp}, or
     * without an SMTP server keeps them in the outbox as sent.
     */
    public DeliveryRun run(Optional<MailTransport.Connector> smtp) {
        int interrupted = store.requeueExpiredClaims(INTERRUPTED);
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " mail(s) were interrupted while being sent (their sender stopped) and"
                    + " are sent again with the same Message-ID.");
        }
        return smtp.map(connector -> send(connector, interrupted)).orElseGet(() -> keepLocally(interrupted));
    }

    private DeliveryRun keepLocally(int interrupted) {
        int kept = 0;
        List<Long> due = store.dueIds(batchSize);
        while (!due.isEmpty() && kept < maxPerPass) {
            int now = store.deliverLocallyAll(due, instance);
            if (now == 0) {
                break;
            }
            kept += now;
            due = store.dueIds(batchSize);
        }
        return new DeliveryRun(0, kept, 0, 0, 0, interrupted, null);
    }

    private DeliveryRun send(MailTransport.Connector connector, int interrupted) {
        List<Long> due = store.dueIds(batchSize);
        if (due.isEmpty()) {
            return DeliveryRun.nothing(interrupted);
        }
        Tally tally = new Tally();
        try (MailTransport transport = connector.open()) {
            while (!due.isEmpty() && tally.handled() < maxPerPass && tally.connectionError == null) {
                // Each batch's claim is its own (instance and a number), so that two passes that
                // claim at the same instant never read back each other's rows.
                String claim = instance + "#" + claims.incrementAndGet();
                List<OutboxMail> claimed = store.claimAll(due, claim, lease);
                if (claimed.isEmpty()) {
                    break;
                }
                deliver(transport, claimed, tally, claim);
                due = store.dueIds(batchSize);
            }
        } catch (DeliveryException e) {
            LOG.warning(() -> "Cannot reach the SMTP server; due mails stay pending: " + e.getMessage());
            tally.connectionError = e.getMessage();
        }
        return new DeliveryRun(tally.sent, 0, tally.retrying, tally.failed, tally.bounced, interrupted,
                tally.connectionError);
    }

    /**
     * Hands the claimed mails over one after the other on the open connection, recording them sent
     * {@link #RECORD_EVERY} at a time; after a broken connection the claims on the rest are given back.
     */
    private void deliver(MailTransport transport, List<OutboxMail> claimed, Tally tally, String claim) {
        List<Long> sent = new ArrayList<>(RECORD_EVERY);
        for (int i = 0; i < claimed.size(); i++) {
            OutboxMail mail = claimed.get(i);
            if (tally.connectionError != null) {
                store.releaseClaims(claimed.subList(i, claimed.size()).stream().map(OutboxMail::id).toList(), claim);
                break;
            }
            try {
                transport.send(mail);
            } catch (DeliveryException e) {
                recordSent(sent, claim);
                afterFailure(mail, e.kind(), e.getMessage(), claim);
                if (e.kind() == DeliveryException.Kind.CONNECTION) {
                    tally.connectionError = e.getMessage();
                }
                tally.count(e.kind(), mail.attempts() >= retry.maxAttempts());
                continue;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sending mail " + mail.id() + " failed unexpectedly", e);
                recordSent(sent, claim);
                afterFailure(mail, DeliveryException.Kind.CONNECTION, e.toString(), claim);
                tally.connectionError = e.toString();
                tally.count(DeliveryException.Kind.CONNECTION, mail.attempts() >= retry.maxAttempts());
                continue;
            }
            sent.add(mail.id());
            tally.sent++;
            if (sent.size() >= RECORD_EVERY) {
                recordSent(sent, claim);
            }
        }
        recordSent(sent, claim);
    }

    /**
     * Records mails the server took, and empties the list. Should that fail (the database gone
     * for a moment), nothing else is recorded either: the rows stay claimed, and the pass ends
     * here; when the lease ends the mails are sent again with the same {@code Message-ID}.
     */
    private void recordSent(List<Long> ids, String claim) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            store.recordSentAll(ids, claim);
        } catch (RuntimeException e) {
            throw new OutboxException("Mails " + ids + " were handed to the mail server but could not be recorded as"
                    + " sent; they stay claimed and are sent again, with the same Message-ID, when their claim ends", e);
        }
        ids.clear();
    }

    private void afterFailure(OutboxMail mail, DeliveryException.Kind kind, String error, String claim) {
        String message = error == null ? kind.name() : error;
        if (kind == DeliveryException.Kind.BOUNCE) {
            store.recordGivenUp(mail.id(), claim, OutboxStatus.BOUNCED, message);
            return;
        }
        Optional<Instant> next = retry.nextAttempt(mail.attempts());
        if (next.isPresent()) {
            store.recordRetry(mail.id(), claim, message, next.get());
        } else {
            store.recordGivenUp(mail.id(), claim, OutboxStatus.FAILED, message);
        }
    }

    private static final class Tally {
        int sent;
        int retrying;
        int failed;
        int bounced;
        String connectionError;

        void count(DeliveryException.Kind kind, boolean attemptsUsedUp) {
            if (kind == DeliveryException.Kind.BOUNCE) {
                bounced++;
            } else if (attemptsUsedUp) {
                failed++;
            } else {
                retrying++;
            }
        }

        int handled() {
            return sent + retrying + failed + bounced;
        }
    }
}
