package org.leerwerkplek.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the language the user chose (the header's switch, remembered in a cookie),
 * not the browser's. JSF applies the layout's {@code f:view locale} only when it renders, after the
 * view actions ran: without this, a message a view action adds ("this company does not exist or you
 * have no access to it") came out in the browser's language, English on a Dutch page.
 */
public class ChosenLocaleViewHandler extends ViewHandlerWrapper {

    public ChosenLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleBacking.class).get().getCurrent();
    }
}
