package org.leerwerkplek.mentorcourse.web;

import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Days on the course's pages, written as the page's language writes them ("12 maart 2027", "12 mars 2027"). */
final class PageDates {

    private PageDates() {
    }

    static String of(LocalDate day) {
        return day == null ? "" : of(day, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    static String of(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
