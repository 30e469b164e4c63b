package org.leerwerkplek.platform.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parts' {@link MailValues}, by the templates each declares: who gives the values of a mail queued by reference. */
public final class MailValueSources {

    /** No part gives values: a mail queued by reference cannot be read. */
    public static final MailValueSources NONE = new MailValueSources(List.of());

    private final Map<String, MailValues> byTemplate = new HashMap<>();

    /** @throws IllegalStateException when two of {@code sources} declare the same template */
    public MailValueSources(Iterable<? extends MailValues> sources) {
        for (MailValues source : sources) {
            for (String template : source.templates()) {
                MailValues earlier = byTemplate.putIfAbsent(template, source);
                if (earlier != null && earlier != source) {
                    throw new IllegalStateException("Two parts give the values of mail template " + template);
                }
            }
        }
    }

    /** The source of {@code template}'s values, if a part declares it. */
    public Optional<MailValues> forTemplate(String template) {
        return Optional.ofNullable(byTemplate.get(template));
    }
}
