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
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;

/**
 * Loads the survey definitions of one folder (README section 1): every {@code <id>.yaml} is an
 * instrument, every {@code <id><suffix>} of a {@link DefinitionCompanion} (such as the rule file
 * {@code <id>.suitability.yaml}) that companion's file of instrument {@code <id>}. Only the top
 * level is read; a {@code .yml} file is an error, other files are ignored. Each file is read on
 * its own, so one broken file does not stop the others; a companion's file is only checked when
 * its instrument loaded without errors.
 */
public final class DefinitionFolder {

    static final String INSTRUMENT_SUFFIX = ".yaml";

    private DefinitionFolder() {
    }

    /**
     * Loads the instruments of {@code folder}, with no companion files.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public static LoadedDefinitions load(Path folder) throws IOException {
        return load(folder, List.of());
    }

    /**
     * Loads {@code folder}: its instruments and the files of {@code companions}.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public static LoadedDefinitions load(Path folder, List<? extends DefinitionCompanion<?>> companions)
            throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, List<DefinitionError>> errors = new TreeMap<>();
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        List<CompanionFile> companionFiles = new ArrayList<>();
        Map<String, Path> instrumentFiles = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Optional<? extends DefinitionCompanion<?>> companion = companions.stream()
                    .filter(c -> name.endsWith(c.suffix())).findFirst();
            if (name.endsWith(".yml")) {
                String base = name.substring(0, name.length() - ".yml".length());
                errors.put(name, List.of(new DefinitionError(name, 1, 1,
                        "survey definitions end in .yaml; rename this file to " + base + ".yaml")));
            } else if (companion.isPresent()) {
                String id = name.substring(0, name.length() - companion.get().suffix().length());
                companionFiles.add(new CompanionFile(id, file, companion.get()));
            } else if (name.endsWith(INSTRUMENT_SUFFIX)) {
                instrumentFiles.put(name.substring(0, name.length() - INSTRUMENT_SUFFIX.length()), file);
            }
        }
        for (Map.Entry<String, Path> entry : instrumentFiles.entrySet()) {
            ParseResult<Instrument> result = DefinitionParser.parse(entry.getValue());
            result.value().ifPresent(i -> instruments.put(i.id(), i));
            record(errors, entry.getValue(), result.errors());
        }
        Map<String, Map<Class<?>, Object>> read = new LinkedHashMap<>();
        for (CompanionFile companionFile : companionFiles) {
            String id = companionFile.instrumentId();
            String name = companionFile.file().getFileName().toString();
            Optional<Instrument> instrument = Optional.ofNullable(instruments.get(id));
            if (!instrumentFiles.containsKey(id)) {
                errors.put(name, List.of(new DefinitionError(name, 1, 1, "rule file without instrument: there is no "
                        + id + INSTRUMENT_SUFFIX)));
            } else if (instrument.isEmpty()) {
                errors.put(name, List.of(new DefinitionError(name, 1, 1, "not checked: its instrument " + id
                        + INSTRUMENT_SUFFIX + " has errors")));
            } else {
                DefinitionCompanion<?> companion = companionFile.companion();
                ParseResult<?> result = companion.read(companionFile.file(), instrument.get());
                result.value().ifPresent(v -> read.computeIfAbsent(id, i -> new LinkedHashMap<>())
                        .put(companion.type(), v));
                record(errors, companionFile.file(), result.errors());
            }
        }
        return new LoadedDefinitions(instruments, read, errors);
    }

    /** A companion's file, of the instrument {@code instrumentId}. */
    private record CompanionFile(String instrumentId, Path file, DefinitionCompanion<?> companion) {
    }

    private static void record(Map<String, List<DefinitionError>> errors, Path file, List<DefinitionError> found) {
        if (!found.isEmpty()) {
            errors.put(file.getFileName().toString(), new ArrayList<>(found));
        }
    }
}
