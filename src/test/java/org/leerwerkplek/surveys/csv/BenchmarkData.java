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
        int count = Integer.parseInt(args[0]);
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
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        ResponseCsvWriter.codes(instrument, CsvDialect.STANDARD).write(responses, out);
        out.flush();
    }
}
