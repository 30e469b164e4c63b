package org.leerwerkplek.companies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.companies.suitability.Level;
import org.leerwerkplek.companies.suitability.SuitabilityRules;
import org.leerwerkplek.companies.suitability.SupportForm;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/**
 * The names of the codes the companies part stores from the suitability rules: support forms
 * ({@code MENTOROPLEIDING}) and overall verdicts ({@code GESCHIKT}), so pages show names, not codes.
 * A code the rules no longer name is shown as it is.
 */
public record CodeLabels(Map<String, LocalizedText> supportForms, Map<String, LocalizedText> verdicts) {

    /** No rules in service: every code shows as it is. */
    public static final CodeLabels NONE = new CodeLabels(Map.of(), Map.of());

    public CodeLabels {
        supportForms = Map.copyOf(supportForms);
        verdicts = Map.copyOf(verdicts);
    }

    static CodeLabels of(SuitabilityRules rules) {
        Map<String, LocalizedText> forms = new LinkedHashMap<>();
        for (SupportForm form : rules.supportForms()) {
            forms.put(form.code(), form.label());
        }
        Map<String, LocalizedText> verdicts = new LinkedHashMap<>();
        rules.overall().ifPresent(v -> v.levels().all().forEach((Level l) -> verdicts.put(l.code(), l.label())));
        return new CodeLabels(forms, verdicts);
    }

    /** The support form's name in {@code language}; its code when unknown, empty for none. */
    public String supportForm(String code, Language language) {
        return name(supportForms, code, language);
    }

    /** The verdict's name in {@code language}; its code when unknown, empty for none. */
    public String verdict(String code, Language language) {
        return name(verdicts, code, language);
    }

    /** The verdict codes, sorted. */
    public List<String> verdictCodes() {
        return verdicts.keySet().stream().sorted().toList();
    }

    private static String name(Map<String, LocalizedText> names, String code, Language language) {
        if (code == null || code.isBlank()) {
            return "";
        }
        LocalizedText text = names.get(code);
        return text == null ? code : text.in(language);
    }
}
