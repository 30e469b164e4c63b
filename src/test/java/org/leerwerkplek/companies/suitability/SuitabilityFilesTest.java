package org.leerwerkplek.companies.suitability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leerwerkplek.surveys.definition.DefinitionFolder;
import org.leerwerkplek.surveys.definition.LoadedDefinitions;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;

/** The rule files as the surveys folder loads them, through their companion. */
class SuitabilityFilesTest {

    @TempDir
    Path folder;

    private static LoadedDefinitions load(Path folder) throws IOException {
        return DefinitionFolder.load(folder, List.of(new SuitabilityFiles()));
    }

    private void copyShipped(String name) throws IOException {
        Files.copy(Shipped.FOLDER.resolve(name), folder.resolve(name));
    }

    @Test
    void theShippedFolderLoadsWithoutErrors() throws IOException {
        LoadedDefinitions loaded = load(Shipped.FOLDER);
        assertEquals(List.of(), loaded.allErrors());
        assertFalse(loaded.hasErrors());
        assertEquals(Set.of("werkgeversbevraging", "leerwerkplekfiche"), loaded.instruments().keySet());
        assertEquals(Set.of("leerwerkplekfiche"), loaded.companions().keySet());
        assertEquals(4, loaded.companion("leerwerkplekfiche", SuitabilityRules.class).orElseThrow().criteria().size());
    }

    @Test
    void ruleFilesBelongToTheInstrumentOfTheSameName() throws IOException {
        copyShipped("leerwerkplekfiche.yaml");
        copyShipped("leerwerkplekfiche.suitability.yaml");
        Files.writeString(folder.resolve("verdwenen.suitability.yaml"), "instrument: verdwenen\n");
        LoadedDefinitions loaded = load(folder);
        assertTrue(loaded.companion("leerwerkplekfiche", SuitabilityRules.class).isPresent());
        assertEquals(List.of("verdwenen.suitability.yaml:1:1: rule file without instrument: there is no verdwenen.yaml"),
                loaded.allErrors().stream().map(DefinitionError::toString).toList());
    }

    @Test
    void rulesOfABrokenInstrumentAreNotChecked() throws IOException {
        copyShipped("leerwerkplekfiche.suitability.yaml");
        Files.writeString(folder.resolve("leerwerkplekfiche.yaml"), "id: leerwerkplekfiche\n");
        LoadedDefinitions loaded = load(folder);
        assertTrue(loaded.instruments().isEmpty());
        assertTrue(loaded.companions().isEmpty());
        assertEquals(List.of("leerwerkplekfiche.suitability.yaml:1:1: not checked: its instrument leerwerkplekfiche.yaml "
                + "has errors"), loaded.errors().get("leerwerkplekfiche.suitability.yaml").stream()
                .map(DefinitionError::toString).toList());
        assertEquals(4, loaded.errors().get("leerwerkplekfiche.yaml").size());
    }

    @Test
    void brokenRulesAreReportedWithTheirPositionAndGiveNoRules() throws IOException {
        copyShipped("leerwerkplekfiche.yaml");
        String rules = Files.readString(Shipped.FOLDER.resolve("leerwerkplekfiche.suitability.yaml"));
        Files.writeString(folder.resolve("leerwerkplekfiche.suitability.yaml"),
                rules.replaceFirst("instrumentVersion: \\d+", "instrumentVersion: 99"));
        LoadedDefinitions loaded = load(folder);
        assertEquals(Set.of("leerwerkplekfiche"), loaded.instruments().keySet());
        assertTrue(loaded.companions().isEmpty());
        List<DefinitionError> errors = loaded.errors().get("leerwerkplekfiche.suitability.yaml");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().startsWith("instrumentVersion 99 does not match leerwerkplekfiche.yaml"),
                errors.get(0).message());
    }
}
