package org.leerwerkplek.platform.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass of the sender over the outbox, plain Java over {@link OutboxStore} and a
 * {@link MailTransport}.
 *
 * <p>Order: the SMTP connections (up to {@code connections}) are opened first and kept for the
 * whole pass; then a batch of due rows is claimed with one conditional update that is committed at
 * once (two senders never both win a row); then the connections take the batch's mails one after
 * the other, each rendering its mail and sending envelope and message. The moment the server takes
 * a mail (the end of its data and the server's answer) is one at a time across the connections:
 * a connection waits at that point until the mail taken before is recorded, and the mail it hands
 * over is recorded sent, in its own short transaction, before the next one may be taken; a refusal
 * likewise. So at any instant at most one mail is taken by the server and not yet recorded, as
 * with one connection; the waits for the server's other answers and the writing of the messages
 * overlap. A sender that stops (crash, kill) between claiming and recording leaves its rows in
 * {@code SENDING}; when their lease has run out the next pass of any instance puts them back into
 * the queue and they are sent again. Those the dead sender had not handed over arrive once, nothing
 * is lost; the one the server took last, if its record had not committed, arrives a second time,
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

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private final OutboxStore store;
    private final RetryPolicy retry;
    private final String instance;
    private final Duration lease;
    private final int batchSize;
    private final int maxPerPass;
    private final int connections;
    private final Executor lanes;
    private final AtomicLong claims = new AtomicLong();
    /**
     * Held from the moment a connection asks the server to take a mail until that mail's outcome
     * is recorded: at most one mail taken and not yet recorded at a time.
     */
    private final ReentrantLock handOver = new ReentrantLock();

    /** One connection at a time, on the calling thread. */
    public OutboxDelivery(OutboxStore store, RetryPolicy retry, String instance, Duration lease, int batchSize,
                          int maxPerPass) {
        this(store, retry, instance, lease, batchSize, maxPerPass, 1, Runnable::run);
    }

    /**
     * @param instance    the name of this sender, unique across the cluster; {@code claimed_by} holds it with the number of the batch
     * @param lease       how long a claim holds; longer than the longest hand-over the SMTP timeouts allow
     * @param batchSize   how many due mails are read at a time
     * @param maxPerPass  how many mails one pass handles at most
     * @param connections how many SMTP connections send at once (at least 1)
     * @param lanes       runs each connection's work (when there are several) on threads of its own
     */
    public OutboxDelivery(OutboxStore store, RetryPolicy retry, String instance, Duration lease, int batchSize,
                          int maxPerPass, int connections, Executor lanes) {
        if (connections < 1) {
            throw new IllegalArgumentException("at least one connection: " + connections);
        }
        this.store = Objects.requireNonNull(store);
        this.retry = Objects.requireNonNull(retry);
        this.instance = Objects.requireNonNull(instance);
        this.lease = Objects.requireNonNull(lease);
        this.batchSize = batchSize;
        this.maxPerPass = maxPerPass;
        this.connections = connections;
        this.lanes = Objects.requireNonNull(lanes);
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
        List<MailTransport> open = new ArrayList<>();
        OutboxStore.SentRecords records = store.sentRecords();
        try {
            open.add(connector.open());
            openMore(connector, open, Math.min(connections, due.size()));
            while (!due.isEmpty() && tally.handled() < maxPerPass && tally.connectionError() == null) {
                // Each batch's claim is its own (instance and a number), so that two passes that
                // claim at the same instant never read back each other's rows.
                String claim = instance + "#" + claims.incrementAndGet();
                List<OutboxMail> claimed = store.claimAll(due, claim, lease);
                if (claimed.isEmpty()) {
                    break;
                }
                deliver(open, claimed, tally, claim, records);
                due = store.dueIds(batchSize);
                if (open.size() < connections && due.size() > open.size()) {
                    openMore(connector, open, Math.min(connections, due.size()));
                }
            }
        } catch (DeliveryException e) {
            LOG.warning(() -> "Cannot reach the SMTP server; due mails stay pending: " + e.getMessage());
            tally.connectionError(e.getMessage());
        } finally {
            records.close();
            open.forEach(MailTransport::close);
        }
        return new DeliveryRun(tally.sent, 0, tally.retrying, tally.failed, tally.bounced, interrupted,
                tally.connectionError());
    }

    /** Opens connections up to {@code wanted}; a server that refuses more than some leaves the pass with fewer. */
    private static void openMore(MailTransport.Connector connector, List<MailTransport> open, int wanted) {
        while (open.size() < wanted) {
            try {
                open.add(connector.open());
            } catch (DeliveryException e) {
                LOG.fine(() -> "The SMTP server took " + open.size() + " connection(s), not more: " + e.getMessage());
                return;
            }
        }
    }

    /**
     * Hands the claimed mails over on the open connections, each mail recorded as soon as the server
     * took it; after a broken connection the claims on the mails no connection took up are given back.
     */
    private void deliver(List<MailTransport> open, List<OutboxMail> claimed, Tally tally, String claim,
                         OutboxStore.SentRecords records) {
        Queue<OutboxMail> queue = new ConcurrentLinkedQueue<>(claimed);
        int width = Math.min(open.size(), claimed.size());
        if (width == 1) {
            lane(open.get(0), queue, tally, claim, records);
        } else {
            List<CompletableFuture<Void>> running = new ArrayList<>(width);
            for (MailTransport transport : open.subList(0, width)) {
                running.add(CompletableFuture.runAsync(() -> lane(transport, queue, tally, claim, records), lanes));
            }
            Throwable failure = null;
            for (CompletableFuture<Void> lane : running) {
                try {
                    lane.join();
                } catch (CompletionException | CancellationException e) {
                    failure = failure == null ? (e.getCause() == null ? e : e.getCause()) : failure;
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }
        if (tally.connectionError() != null && !queue.isEmpty()) {
            store.releaseClaims(queue.stream().map(OutboxMail::id).toList(), claim);
        }
    }

    /** One connection's share of a batch: takes mails from the queue until it is empty or the pass stops. */
    private void lane(MailTransport transport, Queue<OutboxMail> queue, Tally tally, String claim,
                      OutboxStore.SentRecords records) {
        try {
            OutboxMail mail;
            while (!tally.stopped() && (mail = queue.poll()) != null) {
                try {
                    handOver(transport, mail, tally, claim, records);
                } finally {
                    if (handOver.isHeldByCurrentThread()) {
                        handOver.unlock();
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            tally.stop();
            throw e;
        }
    }

    private void handOver(MailTransport transport, OutboxMail mail, Tally tally, String claim,
                          OutboxStore.SentRecords records) {
        try {
            transport.send(mail, handOver::lock);
        } catch (DeliveryException e) {
            afterFailure(mail, e.kind(), e.getMessage(), claim);
            if (e.kind() == DeliveryException.Kind.CONNECTION) {
                tally.connectionError(e.getMessage());
            }
            tally.count(e.kind(), mail.attempts() >= retry.maxAttempts());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending mail " + mail.id() + " failed unexpectedly", e);
            afterFailure(mail, DeliveryException.Kind.CONNECTION, e.toString(), claim);
            tally.connectionError(e.toString());
            tally.count(DeliveryException.Kind.CONNECTION, mail.attempts() >= retry.maxAttempts());
            return;
        }
        recordSent(records, mail.id(), claim);
        tally.sent();
    }

    /**
     * Records a mail the server took. Should that fail (the database gone for a moment), the pass
     * ends here and nothing else is recorded: the rows stay claimed, and when the lease ends the
     * mails are sent again with the same {@code Message-ID}. The pass's records share one
     * connection and statement ({@link OutboxStore#sentRecords()}): the record is what the next
     * hand-over waits for.
     */
    private static void recordSent(OutboxStore.SentRecords records, long id, String claim) {
        try {
            records.record(id, claim);
        } catch (RuntimeException e) {
            throw new OutboxException("Mail " + id + " was handed to the mail server but could not be recorded as"
                    + " sent; it stays claimed and is sent again, with the same Message-ID, when its claim ends", e);
        }
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

    /** What a pass did so far; its connections update it from their threads. */
    private static final class Tally {
        private int sent;
        private int retrying;
        private int failed;
        private int bounced;
        private String connectionError;
        private boolean stopped;

        synchronized void sent() {
            sent++;
        }

        synchronized void count(DeliveryException.Kind kind, boolean attemptsUsedUp) {
            if (kind == DeliveryException.Kind.BOUNCE) {
                bounced++;
            } else if (attemptsUsedUp) {
                failed++;
            } else {
                retrying++;
            }
        }

        synchronized void connectionError(String error) {
            if (connectionError == null) {
                connectionError = error;
            }
        }

        synchronized String connectionError() {
            return connectionError;
        }

        synchronized void stop() {
            stopped = true;
        }

        /** Whether the connections take no more mails: one failed, or the pass ends on an error. */
        synchronized boolean stopped() {
            return stopped || connectionError != null;
        }

        synchronized int handled() {
            return sent + retrying + failed + bounced;
        }
    }
}
