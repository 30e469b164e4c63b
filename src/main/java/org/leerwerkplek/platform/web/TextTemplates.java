package org.leerwerkplek.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.leerwerkplek.platform.i18n.Messages;

/**
 * Texts with placeholders for a page's scripts: the text formatted once (so {@code ''} shows as
 * one apostrophe) with its placeholders left as {@code {0}}, {@code {1}}, which the script fills.
 * Only for texts whose placeholders are plain ({@code {0}}, not {@code {0,number}}).
 */
@Named("texts")
@RequestScoped
public class TextTemplates {

    public String template(String key) {
        return Messages.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, "{0}", "{1}", "{2}");
    }
}
