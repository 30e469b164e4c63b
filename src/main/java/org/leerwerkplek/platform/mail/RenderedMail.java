package org.leerwerkplek.platform.mail;

import java.util.Objects;

/**
 * A mail as it will be sent: the subject, the plain-text part and the HTML part (a complete
 * document whose placeholder values were escaped).
 */
public record RenderedMail(String subject, String text, String html) {

    public RenderedMail {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }
}
