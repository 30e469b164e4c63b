package org.leerwerkplek.companies.suitability;

import java.nio.file.Path;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;

/** The fiche and its rules shipped in {@code surveys/} (tests run from the project root), loaded once. */
final class Shipped {

    static final Path FOLDER = Path.of("surveys");

    private static Instrument werkgeversbevraging;
    private static Instrument fiche;
    private static SuitabilityRules rules;

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

    static synchronized SuitabilityRules rules() {
        if (rules == null) {
            rules = SuitabilityParser.parse(FOLDER.resolve("leerwerkplekfiche.suitability.yaml"), fiche()).orThrow();
        }
        return rules;
    }
}
