package org.leerwerkplek.companies.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leerwerkplek.companies.CodeLabels;
import org.leerwerkplek.companies.VisitService;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.definition.model.Language;

/** Names of support forms and suitability verdicts in the page's language: {@code #{companyLabels.verdict(code)}}. */
@Named("companyLabels")
@RequestScoped
public class CodeLabelsBacking {

    @Inject
    VisitService visits;

    private CodeLabels labels;

    private CodeLabels labels() {
        if (labels == null) {
            labels = visits.labels();
        }
        return labels;
    }

    public String supportForm(String code) {
        return labels().supportForm(code, language());
    }

    public String verdict(String code) {
        return labels().verdict(code, language());
    }

    public List<String> getVerdictCodes() {
        return labels().verdictCodes();
    }

    private static Language language() {
        return Language.fromCode(UiLanguage.current()).orElse(Language.NL);
    }
}
