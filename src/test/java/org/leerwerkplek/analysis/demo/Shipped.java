package org.leerwerkplek.analysis.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;

/** The shipped employer questionnaire (tests run from the project root), its study data set, and a fixed clock. */
final class Shipped {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 25).atTime(10, 0).atZone(BRUSSELS).toInstant(),
            BRUSSELS);

    private static Instrument werkgeversbevraging;
    private static List<DemoResponse> study;

    private Shipped() {
    }

    static synchronized Instrument werkgeversbevraging() {
        if (werkgeversbevraging == null) {
            werkgeversbevraging = DefinitionParser.parse(Path.of("surveys/werkgeversbevraging.yaml")).orThrow();
        }
        return werkgeversbevraging;
    }

    /** The 305 responses with the default seed, made once. */
    static synchronized List<DemoResponse> study() {
        if (study == null) {
            study = new DemoResponses(CLOCK).study(werkgeversbevraging()).toList();
        }
        return study;
    }
}
