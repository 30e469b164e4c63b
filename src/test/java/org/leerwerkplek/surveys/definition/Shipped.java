package org.leerwerkplek.surveys.definition;

import java.nio.file.Path;

/** The definitions shipped in {@code surveys/} (tests run from the project root), loaded once. */
final class Shipped {

    static final Path FOLDER = Path.of("surveys");

    private static Instrument werkgeversbevraging;
    private static Instrument fiche;

    private Shipped() {
    }

    static synchronized Instrument werkgeversbevraging() {
        if (werkgeversbevraging == null) {
            werkgeversbevraging = DefinitionParser.parse(FOLDER.resolve("werkgeversbevraging.yaml")).orThrow();
        }
        return werkgeversbevraging;
    }

    static synchronized Instrument fiche() {
        if (fiche == null) {
            fiche = DefinitionParser.parse(FOLDER.resolve("leerwerkplekfiche.yaml")).orThrow();
        }
        return fiche;
    }
}
