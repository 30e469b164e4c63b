package org.leerwerkplek.platform.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
        return new MailTransport() {
            @Override
            public void send(OutboxMail mail) throws DeliveryException {
                DeliveryException.Kind refusal = refusals.get(mail.recipient());
                if (refusal != null) {
                    throw new DeliveryException(refusal, "refused: " + refusal, null);
                }
                if (mail.recipient().equals(dieBeforeTaking)) {
                    throw new ProcessDied();
                }
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
