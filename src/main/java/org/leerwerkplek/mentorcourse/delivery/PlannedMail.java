package org.leerwerkplek.mentorcourse.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.content.Language;

/**
 * The next mail to one mentor: a delivery, a reminder, or a digest of several.
 *
 * @param sendOn   the day it may be sent: the day its items fall due, or later when the mentor
 *                 had a mail less than a week before
 * @param language the mentor's language
 * @param items    what it carries: the delivery first (if any), then reminders by due day
 */
public record PlannedMail(LocalDate sendOn, Language language, List<MailItem> items) {

    public PlannedMail {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a mail carries at least one item");
        }
    }

    /** Whether the mail combines several items into one digest. */
    public boolean isDigest() {
        return items.size() > 1;
    }

    /** The new module the mail delivers, if any. */
    public Optional<MailItem> delivery() {
        return items.stream().filter(item -> item.kind() == MailItem.Kind.DELIVERY).findFirst();
    }

    /** The reminders the mail carries. */
    public List<MailItem> reminders() {
        return items.stream().filter(item -> item.kind() == MailItem.Kind.REMINDER).toList();
    }
}
