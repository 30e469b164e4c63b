package org.leerwerkplek.platform.mail;

import java.util.Objects;

/**
 * A mail on its way into the outbox, with the key that makes it unique: rendered
 * ({@code templateValues} null), or with its subject rendered and its bodies left to the sender,
 * which renders them from {@code templateValues} ({@link TemplateValues}) when it sends the mail.
 */
public record NewMail(String dedupKey, String template, String recipient, MailLanguage language, RenderedMail content,
                      String templateValues) {

    public NewMail {
        Objects.requireNonNull(dedupKey);
        Objects.requireNonNull(template);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(language);
        Objects.requireNonNull(content);
    }

    /** A rendered mail. */
    public NewMail(String dedupKey, String template, String recipient, MailLanguage language, RenderedMail content) {
        this(dedupKey, template, recipient, language, content, null);
    }
}
