package org.leerwerkplek.surveys.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link DefinitionFolder} read from a folder: the instruments and rule files without
 * errors, and the errors of every other file. A file with errors contributes nothing else.
 *
 * @param instruments by id
 * @param suitabilityRules by instrument id
 * @param errors by file name, only files with errors
 */
public record LoadedDefinitions(Map<String, Instrument> instruments, Map<String, SuitabilityRules> suitabilityRules,
                                Map<String, List<DefinitionError>> errors) {

    public LoadedDefinitions {
        instruments = Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
        suitabilityRules = Collections.unmodifiableMap(new LinkedHashMap<>(suitabilityRules));
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

    public Optional<SuitabilityRules> suitabilityRules(String instrumentId) {
        return Optional.ofNullable(suitabilityRules.get(instrumentId));
    }
}
