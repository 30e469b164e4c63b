package org.leerwerkplek.surveys.definition;

import java.nio.file.Path;
import org.leerwerkplek.surveys.definition.model.Instrument;

/** The definitions shipped in {@code surveys/} (tests run from the project root), loaded once. */
public final class Shipped {

    public static final Path FOLDER = Path.of("surveys");

    private static Instrument werkgeversbevraging;
    private static Instrument fiche;

    private Shipped() {
    }

    public static synchronized Instrument werkgeversbevraging() {
        if (werkgeversbevraging == null) {
            werkgeversbevraging = DefinitionParser.parse(FOLDER.resolve("werkgeversbevraging.yaml")).orThrow();
        }
        return werkgeversbevraging;
    }

    public static synchronized Instrument fiche() {
        if (fiche == null) {
            fiche = DefinitionParser.parse(FOLDER.resolve("leerwerkplekfiche.yaml")).orThrow();
        }
        return fiche;
    }
}
