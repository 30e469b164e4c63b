package org.leerwerkplek.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leerwerkplek.platform.i18n.Messages;

/**
 * The user's interface language: Dutch unless chosen otherwise; the choice is kept in a cookie
 * for a year so it survives signing out and closing the browser.
 */
@Named("locale")
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "lwp-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale current;

    private boolean chosen;

    public Locale getCurrent() {
        if (current == null) {
            Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(COOKIE);
            String remembered = cookie instanceof jakarta.servlet.http.Cookie c ? c.getValue() : null;
            chosen = remembered != null;
            current = Messages.supported(remembered);
        }
        return current;
    }

    /** Whether the user chose a language (now or remembered); a page may otherwise pick one for them. */
    public boolean isChosen() {
        getCurrent();
        return chosen;
    }

    public String getLanguage() {
        return getCurrent().getLanguage();
    }

    public List<String> getLanguages() {
        return Messages.SUPPORTED.stream().map(Locale::getLanguage).toList();
    }

    /**
     * The header's language switch: switches and remembers the language, and keeps the page's
     * address. On a page opened with parameters (a mentor's {@code ?t=...&m=...}, a company's
     * {@code ?id=}) the answer is a redirect to the same page with its parameters, so the address
     * bar, a reload and a bookmark still name the page; a page without parameters is rendered again
     * in place (what it holds, e.g. the dashboard's filters, stays).
     */
    public String choose(String language) {
        switchTo(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean hasParameters = jakarta.faces.view.ViewMetadata.getViewParameters(faces.getViewRoot()).stream()
                .anyMatch(parameter -> parameter.getStringValue(faces) != null);
        return hasParameters ? faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true" : null;
    }

    /** Switches the language of this and later pages and remembers it. */
    public void switchTo(String language) {
        current = Messages.supported(language);
        chosen = true;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(current);
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, current.getLanguage(), Map.of(
                "maxAge", ONE_YEAR,
                "path", external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath(),
                "httpOnly", Boolean.TRUE,
                "SameSite", "Lax"));
    }
}
