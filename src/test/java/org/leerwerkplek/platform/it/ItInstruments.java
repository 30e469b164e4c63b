package org.leerwerkplek.platform.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Test instruments for integration tests: written as YAML into the surveys folder that the
 * deployed application reads ({@code lwp.it.surveysDir}), each under an id no other test uses, and
 * removed again. The application reads them on its next reload ({@code POST /api/v1/surveys/reload}).
 */
public final class ItInstruments {

    /** The surveys folder of the application under test. */
    public static final Path FOLDER = Path.of(System.getProperty("lwp.it.surveysDir", "target/it-surveys"));

    /** A written instrument: its id and its file. */
    public record Written(String id, Path file) {
    }

    private ItInstruments() {
    }

    /** An instrument id that no test has used: {@code prefix} and eight random characters. */
    public static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
    }

    /** The file of the instrument {@code id} in {@link #FOLDER}. */
    public static Path file(String id) {
        return FOLDER.resolve(id + ".yaml");
    }

    /** Writes {@code yaml}, in which {@code %s} stands for a new id starting with {@code prefix}. */
    public static Written write(String prefix, String yaml) throws IOException {
        String id = newId(prefix);
        Path file = file(id);
        Files.writeString(file, yaml.formatted(id), StandardCharsets.UTF_8);
        return new Written(id, file);
    }

    /** Removes the file of the instrument {@code id}, if it is there. */
    public static void remove(String id) throws IOException {
        Files.deleteIfExists(file(id));
    }
}
