package org.leerwerkplek.companies.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.platform.web.LocaleBacking;

/**
 * Puts the user's chosen language on the page before its {@code f:viewAction}s run. On the first
 * request of a page, JSF runs the view actions before the layout's {@code f:view locale} is applied,
 * so a message a view action adds (such as "this company does not exist or you have no access to
 * it") would otherwise be written in the browser's language instead of the one chosen. Pages of the
 * companies part call it as their first view action. It also writes dates for those pages.
 */
@Named("companyPages")
@RequestScoped
public class PageLanguageBacking {

    @Inject
    LocaleBacking locale;

    public void useChosenLanguage() {
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale.getCurrent());
    }

    /** A date as the reader's language writes it. */
    public String date(java.time.LocalDate date) {
        return Dates.medium(date);
    }
}
