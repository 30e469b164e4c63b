package org.leerwerkplek.platform.mail;

import java.util.Map;

/**
 * A mail a part decided to send, before it is rendered: the arguments of
 * {@link MailOutbox#enqueue(String, String, MailLanguage, String, Map)}, for
 * {@link MailOutbox#enqueueAll(java.util.List)}, which checks them.
 */
public record MailRequest(String dedupKey, String recipient, MailLanguage language, String template,
                          Map<String, String> values) {
}
