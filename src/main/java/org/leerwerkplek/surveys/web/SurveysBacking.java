package org.leerwerkplek.surveys.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.leerwerkplek.platform.web.AbsoluteLinks;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.ResponseChannel;
import org.leerwerkplek.surveys.ResponseService;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

/** The surveys start page ({@code /surveys/index.xhtml}): the instruments in service. */
@Named("surveys")
@RequestScoped
public class SurveysBacking {

    /** One line of the table, in the page's language. */
    public record Row(String id, String title, int version, String languages, int sections, int questions) {
    }

    @Inject
    SurveyCatalog catalog;

    @Inject
    ResponseService responses;

    @Inject
    SecurityContext security;

    /** Starts a paper entry on behalf of an employer and opens it, marked with who entered it. */
    public void enterPaper(String instrument) throws IOException {
        ResponseService.Started started = responses.start(instrument, language(), ResponseChannel.PAPER,
                security.getCallerPrincipal().getName());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/respond.xhtml?t=" + started.token());
    }

    /** Makes a personal link to send to one respondent; shown once. */
    public void createLink(String instrument) {
        ResponseService.Started started = responses.start(instrument, language(), ResponseChannel.LINK, null);
        createdLink = AbsoluteLinks.to("/respond.xhtml?t=" + started.token());
    }

    private String createdLink;

    public String getCreatedLink() {
        return createdLink;
    }

    private static Language language() {
        return Language.fromCode(UiLanguage.current()).orElse(Language.NL);
    }

    public List<Row> getRows() {
        Language language = Language.fromCode(UiLanguage.current()).orElse(Language.NL);
        return catalog.instruments().stream().map(active -> {
            Instrument i = active.instrument();
            return new Row(i.id(), i.title().in(language), i.version(),
                    i.languages().stream().map(Language::code).collect(Collectors.joining(", ")),
                    i.sections().size(), i.questions().size());
        }).toList();
    }
}
