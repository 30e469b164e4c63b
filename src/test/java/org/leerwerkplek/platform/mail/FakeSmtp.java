package org.leerwerkplek.platform.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A mail server for the delivery tests: keeps what it took, refuses recipients as told, can be
 * unreachable, and can let the sending process "die" right after it took a mail.
 */
final class FakeSmtp implements MailTransport.Connector {

    /** Stands for the sending process dying (kill -9, power cut): nothing after it runs. */
    static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;
    }

    final List<OutboxMail> taken = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, DeliveryException.Kind> refusals = new ConcurrentHashMap<>();
    private volatile boolean unreachable;
    private volatile String dieAfterTaking;
    private volatile String dieBeforeTaking;
    private volatile Duration envelope = Duration.ZERO;
    private volatile Consumer<OutboxMail> onTaking = mail -> { };
    final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger inEnvelope = new AtomicInteger();
    final AtomicInteger mostInEnvelopeAtOnce = new AtomicInteger();

    /** Each mail's envelope and message take this long to go over, before the server is asked to take it. */
    FakeSmtp envelopeTakes(Duration time) {
        envelope = time;
        return this;
    }

    /** Runs at the instant the server takes a mail, before it is counted as taken. */
    FakeSmtp onTaking(Consumer<OutboxMail> check) {
        onTaking = check;
        return this;
    }

    FakeSmtp refuse(String recipient, DeliveryException.Kind kind) {
        refusals.put(recipient, kind);
        return this;
    }

    FakeSmtp unreachable() {
        unreachable = true;
        return this;
    }

    FakeSmtp dieAfterTaking(String recipient) {
        dieAfterTaking = recipient;
        return this;
    }

    /** The sender dies while handing over the mail to {@code recipient}: the server drops the unfinished message. */
    FakeSmtp dieBeforeTaking(String recipient) {
        dieBeforeTaking = recipient;
        return this;
    }

    /** The Message-ID each taken mail carries (the composer derives it from the outbox row), in order. */
    List<String> messageIds() {
        synchronized (taken) {
            return taken.stream().map(mail -> MailComposer.messageId(mail, from())).toList();
        }
    }

    private static jakarta.mail.internet.InternetAddress from() {
        try {
            return new jakarta.mail.internet.InternetAddress("leerwerkplek@example.org");
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> recipients() {
        synchronized (taken) {
            return taken.stream().map(OutboxMail::recipient).toList();
        }
    }

    @Override
    public MailTransport open() throws DeliveryException {
        if (unreachable) {
            throw new DeliveryException(DeliveryException.Kind.CONNECTION, "Connection refused", null);
        }
        connections.incrementAndGet();
        return new MailTransport() {
            @Override
            public void send(OutboxMail mail, Runnable beforeTaking) throws DeliveryException {
                DeliveryException.Kind refusal = refusals.get(mail.recipient());
                if (refusal != null) {
                    throw new DeliveryException(refusal, "refused: " + refusal, null);
                }
                if (mail.recipient().equals(dieBeforeTaking)) {
                    throw new ProcessDied();
                }
                if (!envelope.isZero()) {
                    mostInEnvelopeAtOnce.accumulateAndGet(inEnvelope.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(envelope.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new DeliveryException(DeliveryException.Kind.CONNECTION, "interrupted", e);
                    } finally {
                        inEnvelope.decrementAndGet();
                    }
                }
                beforeTaking.run();
                onTaking.accept(mail);
                taken.add(mail);
                if (mail.recipient().equals(dieAfterTaking)) {
                    throw new ProcessDied();
                }
            }

            @Override
            public void close() {
            }
        };
    }
}
