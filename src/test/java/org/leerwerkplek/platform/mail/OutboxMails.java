package org.leerwerkplek.platform.mail;

import java.time.Instant;
import java.util.Map;

/** Outbox rows for the tests of the sending side, rendered from the shipped check mail. */
final class OutboxMails {

    private OutboxMails() {
    }

    static RenderedMail checkMail(MailLanguage language, String recipient) {
        return new MailTemplates().render(MailTemplates.SMTP_TEST, language,
                Map.of("name", recipient, "link", "https://lwp.example.org/"));
    }

    static NewMail newMail(String key, String recipient) {
        return new NewMail(key, MailTemplates.SMTP_TEST, recipient, MailLanguage.NL, checkMail(MailLanguage.NL, recipient));
    }

    static OutboxMail row(long id, String recipient, MailLanguage language) {
        RenderedMail content = checkMail(language, recipient);
        Instant created = Instant.parse("2026-03-02T08:00:00Z");
        return new OutboxMail(id, "test:" + id, MailTemplates.SMTP_TEST, recipient, language, content.subject(),
                content.text(), content.html(), OutboxStatus.SENDING, null, 1, created, "test", created.plusSeconds(300),
                null, null, created);
    }
}
