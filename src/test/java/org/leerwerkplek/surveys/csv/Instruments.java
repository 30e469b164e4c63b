package org.leerwerkplek.surveys.csv;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;

/** The instruments shipped in {@code surveys/} (tests run from the project root), loaded once, and a fixed clock. */
final class Instruments {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(BRUSSELS).toInstant(), BRUSSELS);

    private static Instrument werkgeversbevraging;
    private static Instrument fiche;

    private Instruments() {
    }

    static synchronized Instrument werkgeversbevraging() {
        if (werkgeversbevraging == null) {
            werkgeversbevraging = DefinitionParser.parse(Path.of("surveys/werkgeversbevraging.yaml")).orThrow();
        }
        return werkgeversbevraging;
    }

    static synchronized Instrument fiche() {
        if (fiche == null) {
            fiche = DefinitionParser.parse(Path.of("surveys/leerwerkplekfiche.yaml")).orThrow();
        }
        return fiche;
    }
}
