package org.leerwerkplek.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.i18n.Messages;

/** Messages on a page, in the page's language, from bundle keys. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void error(DomainException e) {
        add(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Messages.get(faces.getViewRoot().getLocale(), key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
