package org.leerwerkplek.platform.mail;

import java.util.Objects;

/**
 * A mail a part queues by reference ({@link MailOutbox#enqueueReferences}): instead of the template's
 * values the row holds {@code reference}, a short text only the part reads (e.g. the mentor, the
 * day and the modules), and the part's {@link MailValues} turns it into the values when the mail is
 * sent. The row's {@code template_values} is {@link #PREFIX} and the reference: values encoded by
 * {@link TemplateValues} never start with it (a {@code :} is encoded there).
 */
public record MailReference(String dedupKey, String recipient, MailLanguage language, String template,
                            String reference) {

    /** What starts the {@code template_values} of a row queued by reference. */
    static final String PREFIX = "ref:";

    public MailReference {
        Objects.requireNonNull(template);
        Objects.requireNonNull(language);
        Objects.requireNonNull(reference);
    }
}
