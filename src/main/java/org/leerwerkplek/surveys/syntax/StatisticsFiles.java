package org.leerwerkplek.surveys.syntax;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.csv.ExportedResponse;
import org.leerwerkplek.surveys.csv.ResponseCsvWriter;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * A statistics export of one instrument version: the responses as CSV in codes (UTF-8, comma, a weight
 * column last when weighted), an SPSS syntax file that reads and labels it ({@link SpssSyntax}) and an R
 * script that does the same ({@link RScript}), labels in one language; as a ZIP of the three or each alone.
 * Plain Java: the caller chooses the responses and their weights.
 */
public final class StatisticsFiles {

    /** What is written. */
    public enum Part {
        ZIP("zip", "application/zip"), CSV("csv", "text/csv; charset=UTF-8"),
        SPS("sps", "text/plain; charset=UTF-8"), R("R", "text/plain; charset=UTF-8");

        private final String extension;
        private final String mediaType;

        Part(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The part for {@code zip}, {@code csv}, {@code sps} or {@code r}; empty otherwise. */
        public static Optional<Part> of(String text) {
            for (Part part : values()) {
                if (part.extension.equalsIgnoreCase(text == null ? "" : text)) {
                    return Optional.of(part);
                }
            }
            return Optional.empty();
        }
    }

    private static final CsvDialect DIALECT = CsvDialect.STANDARD;
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    private final Instrument instrument;
    private final StatVariables variables;
    private final Optional<Map<Long, Double>> weights;
    private final boolean raw;

    /**
     * @param weights the weight of each response, when the export is weighted
     * @param raw     texts exactly as typed (else a text a spreadsheet would run as a formula gets an apostrophe)
     */
    public StatisticsFiles(Instrument instrument, Language language, Optional<Map<Long, Double>> weights, boolean raw) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.variables = StatVariables.of(instrument, language, weights.isPresent());
        this.raw = raw;
    }

    public StatVariables variables() {
        return variables;
    }

    /** The name of a file of {@code part}: {@code werkgeversbevraging-v1-fr.sps}. */
    public String fileName(Part part) {
        return instrument.id() + "-v" + instrument.version() + "-" + variables.language().code() + "." + part.extension();
    }

    /**
     * Writes {@code part}; the responses are read only for the CSV (alone or in the ZIP).
     *
     * @return how many responses were written (0 for the syntax or the script alone)
     */
    public long write(Part part, Iterator<ExportedResponse> responses, OutputStream out) throws IOException {
        return switch (part) {
            case CSV -> csv(responses, out);
            case SPS -> {
                new SpssSyntax(variables, fileName(Part.CSV), DIALECT).write(writer(out));
                yield 0;
            }
            case R -> {
                new RScript(variables, fileName(Part.CSV), DIALECT).write(writer(out));
                yield 0;
            }
            case ZIP -> {
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(fileName(Part.CSV)));
                long count = csv(responses, zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(fileName(Part.SPS)));
                new SpssSyntax(variables, fileName(Part.CSV), DIALECT).write(writer(zip));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(fileName(Part.R)));
                new RScript(variables, fileName(Part.CSV), DIALECT).write(writer(zip));
                zip.closeEntry();
                zip.finish();
                yield count;
            }
        };
    }

    private long csv(Iterator<ExportedResponse> responses, OutputStream out) throws IOException {
        ResponseCsvWriter writer = ResponseCsvWriter.codes(instrument, DIALECT);
        if (raw) {
            writer = writer.rawText();
        }
        if (weights.isPresent()) {
            Map<Long, Double> byId = weights.get();
            writer = writer.withColumn(new ResponseCsvWriter.ExtraColumn(StatVariables.WEIGHT,
                    response -> weight(byId.get(response.id()))));
        }
        Writer text = writer(out);
        Iterator<ExportedResponse> oneLine = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return responses.hasNext();
            }

            @Override
            public ExportedResponse next() {
                return onOneLine(responses.next());
            }
        };
        long count = writer.write(oneLine, text);
        text.flush();
        return count;
    }

    /**
     * The response with every line break in a typed text (CR, LF or both) made one space: SPSS and PSPP read
     * one case per line and cannot read a line break inside a quoted field.
     */
    static ExportedResponse onOneLine(ExportedResponse response) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        response.answers().forEach((code, answer) -> answers.put(code, oneLine(answer)));
        return new ExportedResponse(response.id(), response.version(), response.status(), response.channel(),
                response.submittedAt(), answers);
    }

    private static AnswerValue oneLine(AnswerValue answer) {
        if (answer instanceof AnswerValue.Text text) {
            return new AnswerValue.Text(oneLine(text.text()));
        }
        if (answer instanceof AnswerValue.Single single) {
            return new AnswerValue.Single(single.code(), single.otherText().map(StatisticsFiles::oneLine));
        }
        if (answer instanceof AnswerValue.Multiple multiple) {
            return new AnswerValue.Multiple(multiple.codes(), multiple.otherText().map(StatisticsFiles::oneLine));
        }
        return answer;
    }

    static String oneLine(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ");
    }

    /** A weight with every digit a double has, never in exponent form. */
    static String weight(Double weight) {
        return weight == null ? "" : new java.math.BigDecimal(Double.toString(weight)).toPlainString();
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
    }

    /** Leaves the stream open when its writer is flushed or closed (the ZIP writes more entries to it). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "statistics export of %s v%d", instrument.id(), instrument.version());
    }
}
