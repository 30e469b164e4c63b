package org.leerwerkplek.surveys.definition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads the survey definitions of one folder (README section 1): every {@code <id>.yaml} is an
 * instrument, every {@code <id>.suitability.yaml} the rule file of instrument {@code <id>}. Only
 * the top level is read; a {@code .yml} file is an error, other files are ignored. Each file is
 * read on its own, so one broken file does not stop the others; a rule file is only checked when
 * its instrument loaded without errors.
 */
public final class DefinitionFolder {

    static final String INSTRUMENT_SUFFIX = ".yaml";
    static final String RULES_SUFFIX = ".suitability.yaml";

    private DefinitionFolder() {
    }

    /**
     * Loads {@code folder}.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public static LoadedDefinitions load(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, List<DefinitionError>> errors = new TreeMap<>();
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        Map<String, Path> ruleFiles = new LinkedHashMap<>();
        Map<String, Path> instrumentFiles = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yml")) {
                String base = name.substring(0, name.length() - ".yml".length());
                errors.put(name, List.of(new DefinitionError(name, 1, 1,
                        "survey definitions end in .yaml; rename this file to " + base + ".yaml")));
            } else if (name.endsWith(RULES_SUFFIX)) {
                ruleFiles.put(name.substring(0, name.length() - RULES_SUFFIX.length()), file);
            } else if (name.endsWith(INSTRUMENT_SUFFIX)) {
                instrumentFiles.put(name.substring(0, name.length() - INSTRUMENT_SUFFIX.length()), file);
            }
        }
        for (Map.Entry<String, Path> entry : instrumentFiles.entrySet()) {
            ParseResult<Instrument> result = DefinitionParser.parse(entry.getValue());
            result.value().ifPresent(i -> instruments.put(i.id(), i));
            record(errors, entry.getValue(), result.errors());
        }
        Map<String, SuitabilityRules> rules = new LinkedHashMap<>();
        for (Map.Entry<String, Path> entry : ruleFiles.entrySet()) {
            String id = entry.getKey();
            String name = entry.getValue().getFileName().toString();
            Optional<Instrument> instrument = Optional.ofNullable(instruments.get(id));
            if (!instrumentFiles.containsKey(id)) {
                errors.put(name, List.of(new DefinitionError(name, 1, 1, "rule file without instrument: there is no "
                        + id + INSTRUMENT_SUFFIX)));
            } else if (instrument.isEmpty()) {
                errors.put(name, List.of(new DefinitionError(name, 1, 1, "not checked: its instrument " + id
                        + INSTRUMENT_SUFFIX + " has errors")));
            } else {
                ParseResult<SuitabilityRules> result = SuitabilityParser.parse(entry.getValue(), instrument.get());
                result.value().ifPresent(r -> rules.put(id, r));
                record(errors, entry.getValue(), result.errors());
            }
        }
        return new LoadedDefinitions(instruments, rules, errors);
    }

    private static void record(Map<String, List<DefinitionError>> errors, Path file, List<DefinitionError> found) {
        if (!found.isEmpty()) {
            errors.put(file.getFileName().toString(), new ArrayList<>(found));
        }
    }
}
