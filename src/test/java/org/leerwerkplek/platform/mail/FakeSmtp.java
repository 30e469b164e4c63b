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
