package org.leerwerkplek.companies.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.web.UiLanguage;

/** Dates on the companies' pages, written as the reader's language writes them. */
final class Dates {

    private Dates() {
    }

    /** e.g. {@code 4 dec 2026} (NL), {@code 4 déc. 2026} (FR), {@code 4 Dec 2026} (EN); empty for none. */
    static String medium(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Messages.supported(UiLanguage.current())));
    }
}
