package org.leerwerkplek.surveys.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;

/**
 * What {@link DefinitionFolder} read from a folder: the instruments and companion files without
 * errors, and the errors of every other file. A file with errors contributes nothing else.
 *
 * @param instruments by id
 * @param companions what the companions read, by instrument id, then by {@link DefinitionCompanion#type()}
 * @param errors by file name, only files with errors
 */
public record LoadedDefinitions(Map<String, Instrument> instruments, Map<String, Map<Class<?>, Object>> companions,
                                Map<String, List<DefinitionError>> errors) {

    public LoadedDefinitions {
        instruments = Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
        Map<String, Map<Class<?>, Object>> read = new LinkedHashMap<>();
        companions.forEach((id, values) -> read.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        companions = Collections.unmodifiableMap(read);
        Map<String, List<DefinitionError>> copy = new LinkedHashMap<>();
        errors.forEach((file, list) -> copy.put(file, List.copyOf(list)));
        errors = Collections.unmodifiableMap(copy);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** All errors of all files, file by file in name order, each file's in line order. */
    public List<DefinitionError> allErrors() {
        List<DefinitionError> all = new ArrayList<>();
        errors.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    public Optional<Instrument> instrument(String id) {
        return Optional.ofNullable(instruments.get(id));
    }

    /** What the companions read for instrument {@code instrumentId}, by type; empty when none. */
    public Map<Class<?>, Object> companions(String instrumentId) {
        return companions.getOrDefault(instrumentId, Map.of());
    }

    /** What the companion of {@code type} read for instrument {@code instrumentId}. */
    public <T> Optional<T> companion(String instrumentId, Class<T> type) {
        return Optional.ofNullable(companions(instrumentId).get(type)).map(type::cast);
    }
}
