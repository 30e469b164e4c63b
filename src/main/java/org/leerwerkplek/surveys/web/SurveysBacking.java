package org.leerwerkplek.surveys.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.Instrument;
import org.leerwerkplek.surveys.definition.Language;

/** The surveys start page ({@code /surveys/index.xhtml}): the instruments in service. */
@Named("surveys")
@RequestScoped
public class SurveysBacking {

    /** One line of the table, in the page's language. */
    public record Row(String id, String title, int version, String languages, int sections, int questions) {
    }

    @Inject
    SurveyCatalog catalog;

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
