package org.leerwerkplek.companies.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.leerwerkplek.companies.Desk;
import org.leerwerkplek.companies.DeskService;
import org.leerwerkplek.companies.DueAction;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * The companies' sections of the start page ({@code /index.xhtml}, fragments under
 * {@code /WEB-INF/includes/companies/}): the caller's desk, or for an admin the desk of the
 * advisor named by the request parameter {@code advisor}.
 */
@Named("companiesDesk")
@RequestScoped
public class CompaniesDeskBacking {

    @Inject
    DeskService desks;

    @Inject
    SecurityContext security;

    @Inject
    UserService users;

    private Desk desk;

    public Desk getDesk() {
        if (desk == null) {
            String advisor = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("advisor");
            desk = desks.desk(Callers.of(security), Optional.ofNullable(advisor));
        }
        return desk;
    }

    /** The signed-in user's name, for the admin's choice of desk. */
    public String getCallerName() {
        return users.shownName(Callers.of(security).username());
    }

    public String getCallerUsername() {
        return Callers.of(security).username();
    }

    /** Whether the desk shown is another advisor's (an admin picked it). */
    public boolean isOthers() {
        return !getDesk().whose().equals(getCallerUsername());
    }

    /** A date as the reader writes dates (4/12/2026, 04-12-2026, 4 Dec 2026). */
    public String date(LocalDate date) {
        return Dates.medium(date);
    }

    /** A day of this week or next with its weekday (di 8 dec, mar. 8 déc., Tue 8 Dec). */
    public String day(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern("EEE d MMM", Messages.supported(UiLanguage.current())));
    }

    /** A count in the reader's locale (1.234, 1 234, 1,234). */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(Messages.supported(UiLanguage.current())).format(n);
    }

    /** The language of the support forms' names: the page's, or Dutch on an English page (the rules have no English). */
    public String getFormLanguage() {
        return "fr".equals(UiLanguage.current()) ? "fr" : "nl";
    }

    public String form(DueAction action) {
        return action.form().in(Language.fromCode(UiLanguage.current()).orElse(Language.NL));
    }
}
