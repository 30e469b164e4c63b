package org.leerwerkplek.platform.mail;

import java.util.Objects;

/** A rendered mail on its way into the outbox, with the key that makes it unique. */
public record NewMail(String dedupKey, String template, String recipient, MailLanguage language, RenderedMail content) {

    public NewMail {
        Objects.requireNonNull(dedupKey);
        Objects.requireNonNull(template);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(language);
        Objects.requireNonNull(content);
    }
}
