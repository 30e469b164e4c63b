package org.leerwerkplek.platform.web;

import jakarta.inject.Inject;
import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.leerwerkplek.platform.i18n.Messages;

/**
 * Days on pages as the reader's language writes them ({@code #{dates.medium(day)}}): "4 dec. 2026",
 * "4 déc. 2026", "Dec 4, 2026" instead of the ISO "2026-12-04" a {@code LocalDate} prints.
 */
@Named("dates")
@ApplicationScoped
public class DatesBacking {

    @Inject
    Clock clock;

    /** Today in the fund's time zone ({@code lwp.zone}), e.g. the latest day a date field takes. */
    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    /** {@code day} in the page's language; empty for none. */
    public String medium(LocalDate day) {
        return medium(day, Messages.supported(UiLanguage.current()));
    }

    /** {@code day} as {@code locale} writes it (medium length); empty for none. */
    public static String medium(LocalDate day, Locale locale) {
        return day == null ? "" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }
}
