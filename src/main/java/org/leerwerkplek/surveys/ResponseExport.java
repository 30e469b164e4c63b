package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.tables.RecordSink;
import org.leerwerkplek.platform.tables.XlsxStream;
import org.leerwerkplek.surveys.csv.CodebookWriter;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.csv.ExportedResponse;
import org.leerwerkplek.surveys.csv.ResponseCsvWriter;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.syntax.StatisticsFiles;

/**
 * The responses of a version out, as CSV or as an XLSX workbook, and its codebook: exports
 * stream straight from the database row by row (memory stays flat), and each one leaves an
 * EXPORT row in the audit trail.
 */
@ApplicationScoped
public class ResponseExport {

    /** The object kind of an export of responses or of a codebook in the audit trail. */
    public static final String SURVEY_DATA = "survey-data";

    private ResponseStore store;
    private AuditLog audit;

    /** For the CDI proxy only. */
    protected ResponseExport() {
    }

    @Inject
    public ResponseExport(ResponseStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Writes every response of the version as CSV, texts that look like formulas neutralised; returns how many were written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long export(InstrumentVersion version, boolean labels, Language language, CsvDialect dialect, Writer out)
            throws IOException {
        return export(version, labels, language, dialect, false, out);
    }

    /**
     * As {@link #export(InstrumentVersion, boolean, Language, CsvDialect, Writer)}; with {@code raw} texts are
     * written exactly as typed, formulas included (for programs only: a spreadsheet would run them).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long export(InstrumentVersion version, boolean labels, Language language, CsvDialect dialect, boolean raw,
                       Writer out) throws IOException {
        ResponseCsvWriter chosen = writer(version, labels, language, dialect);
        ResponseCsvWriter writer = raw ? chosen.rawText() : chosen;
        long count = store.ofVersion(version.instrument().id(), version.instrument().version(),
                responses -> writer.write(exported(responses, version.instrument()), out));
        exported(version, (labels ? "csv-labels" : "csv") + (raw ? "-raw" : ""), count);
        return count;
    }

    /**
     * Writes every response of the version as an XLSX workbook with a sheet of responses and a
     * sheet with the codebook; returns how many responses were written.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long exportXlsx(InstrumentVersion version, boolean labels, Language language, OutputStream out)
            throws IOException {
        return exportXlsx(version, labels, language, false, out);
    }

    /** As {@link #exportXlsx(InstrumentVersion, boolean, Language, OutputStream)}; {@code raw} leaves formula-like texts unmarked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long exportXlsx(InstrumentVersion version, boolean labels, Language language, boolean raw, OutputStream out)
            throws IOException {
        ResponseCsvWriter writer = writer(version, labels, language, CsvDialect.STANDARD);
        XlsxStream workbook = new XlsxStream(out, raw);
        RecordSink sheet = workbook.sheet("responses");
        long count = store.ofVersion(version.instrument().id(), version.instrument().version(),
                responses -> writer.write(exported(responses, version.instrument()), sheet));
        new CodebookWriter(version.instrument()).write(workbook.sheet("codebook"));
        workbook.finish();
        out.flush();
        exported(version, labels ? "xlsx-labels" : "xlsx", count);
        return count;
    }

    /**
     * A statistics export of the version ({@link StatisticsFiles}): the CSV, its SPSS syntax and its R script
     * with labels in {@code language}, as a ZIP or one of them. {@code chosen} holds the responses to write
     * with their weights (the analysis' selection: wave, data, subgroup, weighting); without it every
     * submitted response of the version is written, unweighted. Leaves an EXPORT row in the audit trail
     * ({@code stats-zip-fr}, ...) with the number of responses.
     *
     * @param weighted whether the weights of {@code chosen} go in a weight column
     * @return the number of responses written (0 for the syntax or the script alone)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long exportStatistics(InstrumentVersion version, Optional<Map<Long, Double>> chosen, boolean weighted,
                                 Language language, StatisticsFiles.Part part, boolean raw, OutputStream out)
            throws IOException {
        Instrument instrument = version.instrument();
        StatisticsFiles files = new StatisticsFiles(instrument, language,
                weighted ? Optional.of(chosen.orElseThrow(() -> new IllegalArgumentException("weights without responses")))
                        : Optional.empty(), raw);
        long count;
        if (part == StatisticsFiles.Part.CSV || part == StatisticsFiles.Part.ZIP) {
            count = store.ofVersion(instrument.id(), instrument.version(), responses -> files.write(part,
                    exported(chosen(responses, chosen), instrument), out));
        } else {
            count = files.write(part, Collections.emptyIterator(), out);
        }
        exported(version, "stats-" + part.extension().toLowerCase(Locale.ROOT) + "-"
                + files.variables().language().code() + (weighted ? "-weighted" : "") + (raw ? "-raw" : ""), count);
        return count;
    }

    /** The responses in {@code chosen}, or every submitted one when nothing is chosen. */
    private static Iterator<SurveyResponse> chosen(Iterator<SurveyResponse> responses, Optional<Map<Long, Double>> chosen) {
        return new Iterator<>() {
            private SurveyResponse next = advance();

            private SurveyResponse advance() {
                while (responses.hasNext()) {
                    SurveyResponse response = responses.next();
                    boolean wanted = chosen.map(c -> c.containsKey(response.getId()))
                            .orElse(response.getStatus() == ResponseStatus.SUBMITTED);
                    if (wanted) {
                        return response;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public SurveyResponse next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                SurveyResponse current = next;
                next = advance();
                return current;
            }
        };
    }

    public void codebook(InstrumentVersion version, CsvDialect dialect, Writer out) throws IOException {
        codebook(version, dialect, false, out);
    }

    /** The codebook as CSV; {@code raw} writes texts that look like formulas as they are. */
    public void codebook(InstrumentVersion version, CsvDialect dialect, boolean raw, Writer out) throws IOException {
        new CodebookWriter(version.instrument()).write(out, dialect, raw);
        exported(version, "codebook", version.instrument().questions().size());
    }

    /**
     * One EXPORT row in the audit trail: which version went out in which form, and how many
     * responses ({@code <instrument>:v<version>:<form>:<count>}), by the signed-in account.
     */
    private void exported(InstrumentVersion version, String form, long count) {
        audit.record(AuditAction.EXPORT, SURVEY_DATA, version.instrument().id() + ":v" + version.instrument().version()
                + ":" + form + ":" + count, List.of());
    }

    private static ResponseCsvWriter writer(InstrumentVersion version, boolean labels, Language language,
                                            CsvDialect dialect) {
        return labels ? ResponseCsvWriter.labels(version.instrument(), dialect, language)
                : ResponseCsvWriter.codes(version.instrument(), dialect);
    }

    /** The stored responses as the CSV and XLSX writers take them, answers decoded with {@code instrument}. */
    static Iterator<ExportedResponse> exported(Iterator<SurveyResponse> responses, Instrument instrument) {
        // each question's type looked up once, not by a walk through the sections per answer of every response
        Map<String, Optional<QuestionType>> types = new HashMap<>();
        instrument.questions().forEach(q -> types.put(q.code(), Optional.of(q.type())));
        Function<String, Optional<QuestionType>> typeOf = code -> types.getOrDefault(code, Optional.empty());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return responses.hasNext();
            }

            @Override
            public ExportedResponse next() {
                SurveyResponse response = responses.next();
                return new ExportedResponse(response.getId(), response.getVersion(), response.getStatus().name(),
                        response.getChannel().name(), Optional.ofNullable(response.getSubmittedAt()),
                        AnswerDocument.decode(response.getAnswers(), typeOf));
            }
        };
    }
}
