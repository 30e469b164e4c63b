package org.leerwerkplek.surveys.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.ClientAddress;
import org.leerwerkplek.platform.web.LocaleBacking;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.PublicLinkService;
import org.leerwerkplek.surveys.ResponseService;
import org.leerwerkplek.surveys.definition.model.Language;

/** The public link of an instrument ({@code /start.xhtml?s=...}): starts a response and opens it. */
@Named("publicStart")
@RequestScoped
public class PublicStartBacking {

    @Inject
    PublicLinkService links;

    @Inject
    LocaleBacking locale;

    @Inject
    ClientAddress clientAddress;

    private String instrument;
    private String refusal;

    public void start() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String address = clientAddress.of((HttpServletRequest) external.getRequest());
        try {
            Optional<ResponseService.Started> started = instrument == null ? Optional.empty()
                    : links.start(instrument, startLanguage(locale.isChosen(), locale.getLanguage(), UiLanguage.current()),
                    address);
            if (started.isPresent()) {
                external.redirect(external.getRequestContextPath() + "/respond.xhtml?t=" + started.get().token());
                return;
            }
            refusal = "respond.publicClosed";
        } catch (DomainException e) {
            refusal = e.messageKey();
        }
    }

    /**
     * The language a public link starts a response in: the one the visitor chose (the language switch,
     * remembered in its cookie), otherwise the browser's. During this view action the page's locale is
     * still the browser's: the template applies the chosen language only when the page is rendered.
     */
    static Language startLanguage(boolean chosen, String chosenLanguage, String browserLanguage) {
        return Language.fromCode(chosen ? chosenLanguage : browserLanguage).orElse(Language.NL);
    }

    public String getRefusal() {
        return refusal;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }
}
