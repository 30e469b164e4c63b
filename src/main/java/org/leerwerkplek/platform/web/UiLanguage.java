package org.leerwerkplek.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.leerwerkplek.platform.i18n.Messages;

/** The language of the page being rendered, as a lower-case code: {@code nl}, {@code fr} or {@code en}. */
public final class UiLanguage {

    private UiLanguage() {
    }

    public static String current() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Messages.DUTCH : faces.getViewRoot().getLocale();
        return Messages.supported(locale).getLanguage();
    }
}
