package org.leerwerkplek.surveys.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;

class DefinitionFolderTest {

    @TempDir
    Path folder;

    private void copyShipped(String name) throws IOException {
        Files.copy(Shipped.FOLDER.resolve(name), folder.resolve(name));
    }

    @Test
    void theShippedInstrumentsLoadWithoutErrors() throws IOException {
        LoadedDefinitions loaded = DefinitionFolder.load(Shipped.FOLDER,
                List.of(new AnyOtherYaml(".suitability.yaml")));
        assertEquals(List.of(), loaded.allErrors());
        assertFalse(loaded.hasErrors());
        assertEquals(Set.of("werkgeversbevraging", "leerwerkplekfiche"), loaded.instruments().keySet());
    }

    @Test
    void oneBrokenFileDoesNotStopTheOthers() throws IOException {
        copyShipped("werkgeversbevraging.yaml");
        Files.copy(Path.of("src/test/resources/surveys-broken/min_max.yaml"), folder.resolve("min_max.yaml"));
        LoadedDefinitions loaded = DefinitionFolder.load(folder);
        assertEquals(Set.of("werkgeversbevraging"), loaded.instruments().keySet());
        assertEquals(List.of("min_max.yaml:13:14: Q01: min (10) is larger than max (5)"),
                loaded.allErrors().stream().map(DefinitionError::toString).toList());
    }

    @Test
    void companionFilesBelongToTheInstrumentOfTheSameName() throws IOException {
        copyShipped("werkgeversbevraging.yaml");
        Files.writeString(folder.resolve("werkgeversbevraging.notes.yaml"), "notes: for the advisors\n");
        Files.writeString(folder.resolve("verdwenen.notes.yaml"), "notes: gone\n");
        LoadedDefinitions loaded = DefinitionFolder.load(folder, List.of(new Notes()));
        assertEquals(Set.of("werkgeversbevraging"), loaded.instruments().keySet());
        assertEquals(Optional.of("notes: for the advisors\n"), loaded.companion("werkgeversbevraging", String.class));
        assertEquals(Map.of(String.class, "notes: for the advisors\n"), loaded.companions("werkgeversbevraging"));
        assertEquals(Set.of("werkgeversbevraging"), loaded.companions().keySet());
        assertEquals(List.of("verdwenen.notes.yaml:1:1: rule file without instrument: there is no verdwenen.yaml"),
                loaded.allErrors().stream().map(DefinitionError::toString).toList());
    }

    @Test
    void companionFilesOfABrokenInstrumentAreNotChecked() throws IOException {
        Files.writeString(folder.resolve("werkgeversbevraging.notes.yaml"), "notes: for the advisors\n");
        Files.writeString(folder.resolve("werkgeversbevraging.yaml"), "id: werkgeversbevraging\n");
        LoadedDefinitions loaded = DefinitionFolder.load(folder, List.of(new Notes()));
        assertTrue(loaded.instruments().isEmpty());
        assertTrue(loaded.companions().isEmpty());
        assertEquals(List.of("werkgeversbevraging.notes.yaml:1:1: not checked: its instrument werkgeversbevraging.yaml "
                + "has errors"), loaded.errors().get("werkgeversbevraging.notes.yaml").stream()
                .map(DefinitionError::toString).toList());
        assertEquals(4, loaded.errors().get("werkgeversbevraging.yaml").size());
    }

    @Test
    void aCompanionsErrorsAreListedWithTheOthersAndItsFileGivesNothing() throws IOException {
        copyShipped("werkgeversbevraging.yaml");
        Files.writeString(folder.resolve("werkgeversbevraging.notes.yaml"), "notes: kapot\n");
        LoadedDefinitions loaded = DefinitionFolder.load(folder, List.of(new Notes()));
        assertEquals(Set.of("werkgeversbevraging"), loaded.instruments().keySet());
        assertEquals(Map.of(), loaded.companions("werkgeversbevraging"));
        assertEquals(List.of("werkgeversbevraging.notes.yaml:1:8: broken notes for werkgeversbevraging version 1"),
                loaded.allErrors().stream().map(DefinitionError::toString).toList());
    }

    @Test
    void withoutItsCompanionACompanionFileIsReadAsAnInstrument() throws IOException {
        Files.writeString(folder.resolve("werkgeversbevraging.notes.yaml"), "notes: for the advisors\n");
        LoadedDefinitions loaded = DefinitionFolder.load(folder);
        assertEquals(Set.of("werkgeversbevraging.notes.yaml"), loaded.errors().keySet());
    }

    @Test
    void aYmlFileIsAnErrorOtherFilesAndSubfoldersAreIgnored() throws IOException {
        copyShipped("werkgeversbevraging.yaml");
        Files.writeString(folder.resolve("enquete.yml"), "id: enquete\n");
        Files.writeString(folder.resolve("README.md"), "# notes\n");
        Files.writeString(folder.resolve("werkgeversbevraging.yaml.bak"), "kapot: [\n");
        Files.createDirectories(folder.resolve("oud"));
        Files.writeString(folder.resolve("oud/kapot.yaml"), "kapot: [\n");
        LoadedDefinitions loaded = DefinitionFolder.load(folder);
        assertEquals(Set.of("werkgeversbevraging"), loaded.instruments().keySet());
        assertEquals(List.of("enquete.yml:1:1: survey definitions end in .yaml; rename this file to enquete.yaml"),
                loaded.allErrors().stream().map(DefinitionError::toString).toList());
    }

    @Test
    void aFileThatIsNotUtf8IsReported() throws IOException {
        Files.write(folder.resolve("latin.yaml"), new byte[] {'i', 'd', ':', ' ', (byte) 0xE9, '\n'});
        assertEquals(List.of("latin.yaml:1:1: the file is not valid UTF-8; save it as UTF-8"),
                DefinitionFolder.load(folder).allErrors().stream().map(DefinitionError::toString).toList());
    }

    @Test
    void errorsOfAllFilesAreListedFileByFile() throws IOException {
        for (String name : List.of("unknown_type.yaml", "min_max.yaml")) {
            Files.copy(Path.of("src/test/resources/surveys-broken").resolve(name), folder.resolve(name));
        }
        assertEquals(List.of("min_max.yaml", "unknown_type.yaml"),
                DefinitionFolder.load(folder).allErrors().stream().map(DefinitionError::file).toList());
    }

    @Test
    void aMissingFolderCannotBeLoaded() {
        assertThrows(NoSuchFileException.class, () -> DefinitionFolder.load(folder.resolve("nergens")));
    }

    /** A companion that reads its file as text, and finds it broken when it says "kapot". */
    private static final class Notes implements DefinitionCompanion<String> {
        @Override
        public String suffix() {
            return ".notes.yaml";
        }

        @Override
        public Class<String> type() {
            return String.class;
        }

        @Override
        public ParseResult<String> read(Path file, Instrument instrument) {
            try {
                String text = Files.readString(file);
                if (text.contains("kapot")) {
                    return ParseResult.failure(List.of(new DefinitionError(file.getFileName().toString(), 1, 8,
                            "broken notes for " + instrument.id() + " version " + instrument.version())));
                }
                return ParseResult.success(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A companion of another part that takes every file with its suffix as it is. */
    private record AnyOtherYaml(String suffix) implements DefinitionCompanion<Object> {
        @Override
        public Class<Object> type() {
            return Object.class;
        }

        @Override
        public ParseResult<Object> read(Path file, Instrument instrument) {
            return ParseResult.success(file);
        }
    }
}
