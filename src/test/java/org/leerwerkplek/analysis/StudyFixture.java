package org.leerwerkplek.analysis;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.analysis.demo.DemoResponse;
import org.leerwerkplek.analysis.demo.DemoResponses;
import org.leerwerkplek.analysis.stats.CrossTabOptions;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

/** The study's 305 synthetic employers (the demo generator on a fixed day) as the analysis tests read them. */
public final class StudyFixture {

    private StudyFixture() {
    }

    /** The employer questionnaire of {@code surveys/}. */
    public static Instrument questionnaire() {
        return DefinitionParser.parse(Path.of("surveys/werkgeversbevraging.yaml")).orThrow();
    }

    /** The text of the employer questionnaire's file, to make other versions of it. */
    public static String questionnaireText() {
        try {
            return java.nio.file.Files.readString(Path.of("surveys/werkgeversbevraging.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The answers of the 305 employers to {@code instrument}. */
    public static List<Map<String, AnswerValue>> answers(Instrument instrument) {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay(brussels).toInstant(), brussels);
        return new DemoResponses(clock).study(instrument).map(DemoResponse::values).toList();
    }

    /** The 305 employers read into a finished table. */
    public static ResponseTable table() {
        Instrument instrument = questionnaire();
        ResponseTable table = ResponseTable.of(instrument, 16);
        answers(instrument).forEach(given -> table.add(instrument, given));
        return table.finish();
    }

    /** The unweighted dashboard of the 305 employers, labelled in {@code language}. */
    public static Dashboard dashboard(Language language) {
        return Dashboard.of(Tables.unweighted(table(), language), CrossTabOptions.DEFAULTS, language);
    }
}
