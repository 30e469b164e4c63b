package org.leerwerkplek.surveys.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.Instrument;

/**
 * Writes a response CSV of the employer questionnaire with {@code count} valid, seeded random
 * responses to standard output, for {@code bench/survey-data.sh}:
 * {@code java -cp ... org.leerwerkplek.surveys.csv.BenchmarkData 100000 > responses.csv}.
 */
public final class BenchmarkData {

    private BenchmarkData() {
    }

    public static void main(String[] args) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        write(Integer.parseInt(args[0]), out);
        out.flush();
    }

    /** The CSV of {@code count} responses, as {@link #main} writes it. */
    public static String csv(int count) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        write(count, out);
        return out.toString();
    }

    /** The version of the employer questionnaire the responses are given under. */
    public static int version() {
        return Instruments.werkgeversbevraging().version();
    }

    private static void write(int count, Writer out) throws IOException {
        Instrument instrument = Instruments.werkgeversbevraging();
        ValidAnswers answers = new ValidAnswers(instrument, 20261123L);
        Iterator<ExportedResponse> responses = new Iterator<>() {
            private int written;

            @Override
            public boolean hasNext() {
                return written < count;
            }

            @Override
            public ExportedResponse next() {
                written++;
                return new ExportedResponse(written, instrument.version(), "SUBMITTED", "IMPORT", Optional.empty(),
                        answers.next());
            }
        };
        ResponseCsvWriter.codes(instrument, CsvDialect.STANDARD).write(responses, out);
    }
}
