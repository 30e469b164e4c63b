package org.leerwerkplek.platform.mail;

import java.util.List;

/** A page of the outbox, newest first, with the number of mails in all pages. */
public record OutboxPage(List<OutboxSummary> items, long total, int page, int size) {

    public OutboxPage {
        items = List.copyOf(items);
    }
}
