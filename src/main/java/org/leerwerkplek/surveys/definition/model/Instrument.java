package org.leerwerkplek.surveys.definition.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.Analysis;

/**
 * A questionnaire as defined in {@code <id>.yaml}: complete and checked, never half-loaded.
 *
 * @param languages the languages every text has; always contains {@link Language#NL}
 * @param optionSets named option lists, as written (questions hold their own resolved copy)
 * @param scales named scales, as written
 * @param contentHash SHA-256 of the file text (line endings normalised), to tell whether it changed
 * @param versionLine the line of the {@code version} key, for messages
 */
public record Instrument(String id, int version, List<Language> languages, LocalizedText title,
                         Optional<LocalizedText> intro, List<Change> changes,
                         Map<String, List<Option>> optionSets, Map<String, Scale> scales,
                         List<Section> sections, Analysis analysis, String contentHash, int versionLine) {

    public Instrument {
        Objects.requireNonNull(id, "id");
        languages = List.copyOf(languages);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(intro, "intro");
        changes = List.copyOf(changes);
        optionSets = Collections.unmodifiableMap(new LinkedHashMap<>(optionSets));
        scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
        sections = List.copyOf(sections);
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The file this instrument is read from: {@code <id>.yaml}. */
    public String fileName() {
        return id + ".yaml";
    }

    /** All questions in order: section by section, in the order written. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** The section that holds the question with {@code code}. */
    public Optional<Section> sectionOf(String code) {
        return sections.stream().filter(s -> s.questions().stream().anyMatch(q -> q.code().equals(code)))
                .findFirst();
    }

    /** The option {@code optionCode} of question {@code questionCode}. */
    public Optional<Option> option(String questionCode, String optionCode) {
        return question(questionCode).flatMap(q -> q.option(optionCode));
    }
}
