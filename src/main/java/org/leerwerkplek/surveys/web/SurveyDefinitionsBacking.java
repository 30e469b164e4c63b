package org.leerwerkplek.surveys.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.leerwerkplek.platform.web.AbsoluteLinks;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.surveys.PublicLinkService;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;

/** The admin page of the survey definitions ({@code /admin/surveys.xhtml}): errors and reload. */
@Named("surveyDefinitions")
@RequestScoped
public class SurveyDefinitionsBacking {

    @Inject
    SurveyCatalog catalog;

    @Inject
    PublicLinkService links;

    @Inject
    SecurityContext security;

    public boolean isPublic(String instrument) {
        return links.isOpen(instrument);
    }

    public void togglePublic(String instrument) {
        boolean open = !links.isOpen(instrument);
        links.setOpen(instrument, open, security.getCallerPrincipal().getName());
        FacesMessages.info(open ? "admin.surveys.publicOpened" : "admin.surveys.publicClosed", instrument);
    }

    /** The public link of an instrument, absolute, to copy into a newsletter or website. */
    public String publicLink(String instrument) {
        return AbsoluteLinks.to("/start.xhtml?s=" + instrument);
    }

    public void reload() {
        SurveyCatalog.Status status = catalog.reload();
        FacesMessages.info("admin.surveys.reloaded", status.active().size(), status.errors().size());
    }

    public List<DefinitionError> getErrors() {
        return catalog.status().errors();
    }

    public List<String> getWarnings() {
        return catalog.instruments().stream()
                .flatMap(a -> a.warnings().stream().map(w -> a.instrument().fileName() + ": " + w))
                .toList();
    }

    public String getFolder() {
        return catalog.folder();
    }
}
