package org.leerwerkplek.surveys.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.DefinitionError;

/** The admin page of the survey definitions ({@code /admin/surveys.xhtml}): errors and reload. */
@Named("surveyDefinitions")
@RequestScoped
public class SurveyDefinitionsBacking {

    @Inject
    SurveyCatalog catalog;

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
