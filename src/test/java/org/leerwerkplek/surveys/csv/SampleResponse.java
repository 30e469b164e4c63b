package org.leerwerkplek.surveys.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Likert;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Multiple;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Numeric;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Ranking;
import org.leerwerkplek.surveys.definition.model.AnswerValue.Single;
import org.leerwerkplek.surveys.definition.model.Instrument;

/**
 * One complete, valid response to the employer questionnaire, written by hand so that tests know
 * what is shown: no experience (Q09 NEE hides section stelsels and Q18), Q07 = 1.5 (hides Q08),
 * support FINANCIEEL and ADMIN (shows Q21, Q22, Q26; hides Q23-Q25), Q27 and Q32 NEE (hide
 * Q28, Q29, Q33).
 */
final class SampleResponse {

    private SampleResponse() {
    }

    static Map<String, AnswerValue> werkgevers() {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("Q01_ARBEIDERS", Numeric.of("12"));
        answers.put("Q02_GROOTTE", Single.of("W10_19"));
        answers.put("Q03_ACTIVITEITEN", Multiple.of("RUWBOUW", "DAKWERKEN"));
        answers.put("Q04_HOOFDACTIVITEIT", Single.of("RUWBOUW"));
        answers.put("Q05_REGIO", Single.of("ANTWERPEN"));
        answers.put("Q06_EVOLUTIE", Single.of("STABIEL"));
        answers.put("Q07_RENDABEL", Numeric.of("1.5"));
        answers.put("Q09_ERVARING", Single.of("NEE"));
        answers.put("Q13_MOTIEVEN", new Multiple(List.of("INSTROOM", "ANDERS"), Optional.of("Eigen \"kinderen\" opleiden")));
        answers.put("Q14_MEERWAARDE", Likert.of(4));
        Map<String, String> knelpunten = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            knelpunten.put(String.format("K%02d", i), i == 12 ? "WEET_NIET" : "3");
        }
        answers.put("Q15_KNELPUNTEN", new AnswerValue.Matrix(knelpunten));
        answers.put("Q16_DREMPELS_KANDIDAAT", Multiple.of("MOTIVATIE", "TAAL"));
        answers.put("Q17_DREMPELS_BEDRIJF", Multiple.of("GEEN"));
        answers.put("Q19_DREMPELS_REGELS", Multiple.of("ADMINISTRATIE"));
        answers.put("Q20_ONDERSTEUNING", Multiple.of("FINANCIEEL", "ADMIN"));
        answers.put("Q21_PRIORITEIT", Ranking.of("ADMIN", "FINANCIEEL"));
        answers.put("Q22_FINANCIEEL_VORM", Single.of("CASH"));
        answers.put("Q26_ADMIN_VORM", Single.of("ONLINE"));
        answers.put("Q27_OPVOLGAANBOD", Single.of("NEE"));
        answers.put("Q30_AMBITIE", Single.of("BEHOUDEN"));
        answers.put("Q31_OPMERKINGEN", new AnswerValue.Text("=HYPERLINK(\"http://x\")\nen meer; of niet"));
        answers.put("Q32_VERDIEPING", Single.of("NEE"));
        return answers;
    }

    static ExportedResponse exported(Instrument instrument, long id, Map<String, AnswerValue> answers) {
        return new ExportedResponse(id, instrument.version(), "SUBMITTED", "IMPORT",
                Optional.of(Instant.parse("2026-11-22T10:15:30.123456Z")), answers);
    }

    /** The cells of one response as the codes writer gives them, by column name. */
    static Map<String, String> cells(Instrument instrument, Map<String, AnswerValue> answers) {
        return cells(ResponseCsvWriter.codes(instrument, CsvDialect.STANDARD), exported(instrument, 1, answers));
    }

    /** The cells of one response as {@code writer} gives them, by column name. */
    static Map<String, String> cells(ResponseCsvWriter writer, ExportedResponse response) {
        try {
            StringWriter out = new StringWriter();
            writer.write(List.of(response).iterator(), out);
            CsvRecordReader reader = CsvRecordReader.detecting(new StringReader(out.toString()));
            List<String> header = reader.next().orElseThrow().fields();
            List<String> row = reader.next().orElseThrow().fields();
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), row.get(i));
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV text with the header {@code columns} and one record per row of cells (missing cells empty). */
    static String csv(List<String> columns, char separator, List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, columns, separator);
        for (Map<String, String> row : rows) {
            appendRecord(out, columns.stream().map(c -> row.getOrDefault(c, "")).toList(), separator);
        }
        return out.toString();
    }

    private static void appendRecord(StringBuilder out, List<String> fields, char separator) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            CsvRecordWriter.append(out, fields.get(i), separator);
        }
        out.append("\r\n");
    }

    static BigDecimal number(String text) {
        return new BigDecimal(text);
    }
}
