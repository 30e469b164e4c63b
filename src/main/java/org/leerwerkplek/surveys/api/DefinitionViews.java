package org.leerwerkplek.surveys.api;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.Section;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;

/** The JSON shapes of the survey API, made from the definition model. */
public final class DefinitionViews {

    private DefinitionViews() {
    }

    /**
     * One instrument in service.
     *
     * @param suitabilityRules whether a companion file was read with it (today only the companies part's rule file
     *                         {@code <id>.suitability.yaml} is one); the name stays, clients read it
     */
    public record InstrumentSummary(String id, int version, long snapshotId, Map<String, String> title, List<String> languages,
                             int sections, int questions, boolean suitabilityRules) {
    }

    /** A whole definition: sections, questions, options, as respondents see them. */
    public record DefinitionView(String id, int version, long snapshotId, List<String> languages, Map<String, String> title,
                          List<SectionView> sections) {
    }

    public record SectionView(String id, Map<String, String> title, List<QuestionView> questions) {
    }

    public record QuestionView(String code, String type, Map<String, String> label, boolean required, List<OptionView> options,
                        List<OptionView> items, List<OptionView> scale) {
    }

    public record OptionView(String code, Map<String, String> label) {
    }

    public record ErrorView(String file, int line, int column, String message) {
    }

    public record ReloadView(List<InstrumentSummary> instruments, List<ErrorView> errors) {
    }

    public record SnapshotView(String instrument, int version, int revision, long snapshotId, String contentHash,
                        String loadedAt) {
    }

    static InstrumentSummary summary(SurveyCatalog.ActiveInstrument active) {
        Instrument i = active.instrument();
        return new InstrumentSummary(i.id(), i.version(), active.snapshotId(), texts(i.title()), codes(i.languages()),
                i.sections().size(), i.questions().size(), !active.companions().isEmpty());
    }

    static DefinitionView definition(long snapshotId, Instrument i) {
        return new DefinitionView(i.id(), i.version(), snapshotId, codes(i.languages()), texts(i.title()),
                i.sections().stream().map(DefinitionViews::section).toList());
    }

    static ErrorView error(DefinitionError e) {
        return new ErrorView(e.file(), e.line(), e.column(), e.message());
    }

    private static SectionView section(Section s) {
        return new SectionView(s.id(), texts(s.title()), s.questions().stream().map(DefinitionViews::question).toList());
    }

    private static QuestionView question(Question q) {
        List<OptionView> scale = q.scale().map(sc -> {
            List<OptionView> points = new java.util.ArrayList<>(sc.points().stream()
                    .map(p -> new OptionView(p.code(), texts(p.label()))).toList());
            sc.na().ifPresent(na -> points.add(option(na)));
            return List.copyOf(points);
        }).orElse(List.of());
        return new QuestionView(q.code(), q.type().key(), texts(q.label()), q.required(),
                q.choices().all().stream().map(DefinitionViews::option).toList(),
                q.items().stream().map(DefinitionViews::option).toList(), scale);
    }

    private static OptionView option(Option o) {
        return new OptionView(o.code(), texts(o.label()));
    }

    static Map<String, String> texts(LocalizedText text) {
        Map<Language, String> ordered = new EnumMap<>(text.texts());
        Map<String, String> result = new LinkedHashMap<>();
        ordered.forEach((language, value) -> result.put(language.code(), value));
        return result;
    }

    private static List<String> codes(List<Language> languages) {
        return languages.stream().map(Language::code).toList();
    }
}
