package org.leerwerkplek.surveys.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionFolderTest {

    @TempDir
    Path folder;

    private void copyShipped(String name) throws IOException {
        Files.copy(Shipped.FOLDER.resolve(name), folder.resolve(name));
    }

    @Test
    void theShippedFolderLoadsWithoutErrors() throws IOException {
        LoadedDefinitions loaded = DefinitionFolder.load(Shipped.FOLDER);
        assertEquals(List.of(), loaded.allErrors());
        assertFalse(loaded.hasErrors());
        assertEquals(Set.of("werkgeversbevraging", "leerwerkplekfiche"), loaded.instruments().keySet());
        assertEquals(Set.of("leerwerkplekfiche"), loaded.suitabilityRules().keySet());
        assertEquals(4, loaded.suitabilityRules("leerwerkplekfiche").orElseThrow().criteria().size());
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
    void ruleFilesBelongToTheInstrumentOfTheSameName() throws IOException {
        copyShipped("leerwerkplekfiche.yaml");
        copyShipped("leerwerkplekfiche.suitability.yaml");
        Files.writeString(folder.resolve("verdwenen.suitability.yaml"), "instrument: verdwenen\n");
        LoadedDefinitions loaded = DefinitionFolder.load(folder);
        assertTrue(loaded.suitabilityRules("leerwerkplekfiche").isPresent());
        assertEquals(List.of("verdwenen.suitability.yaml:1:1: rule file without instrument: there is no verdwenen.yaml"),
                loaded.allErrors().stream().map(DefinitionError::toString).toList());
    }

    @Test
    void rulesOfABrokenInstrumentAreNotChecked() throws IOException {
        copyShipped("leerwerkplekfiche.suitability.yaml");
        Files.writeString(folder.resolve("leerwerkplekfiche.yaml"), "id: leerwerkplekfiche\n");
        LoadedDefinitions loaded = DefinitionFolder.load(folder);
        assertTrue(loaded.instruments().isEmpty());
        assertTrue(loaded.suitabilityRules().isEmpty());
        assertEquals(List.of("leerwerkplekfiche.suitability.yaml:1:1: not checked: its instrument leerwerkplekfiche.yaml "
                + "has errors"), loaded.errors().get("leerwerkplekfiche.suitability.yaml").stream()
                .map(DefinitionError::toString).toList());
        assertEquals(4, loaded.errors().get("leerwerkplekfiche.yaml").size());
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
}
