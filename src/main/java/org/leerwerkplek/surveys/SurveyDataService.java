package org.leerwerkplek.surveys;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.surveys.csv.CodebookWriter;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.csv.ExportedResponse;
import org.leerwerkplek.surveys.csv.ImportResult;
import org.leerwerkplek.surveys.csv.ResponseCsvReader;
import org.leerwerkplek.surveys.csv.ResponseCsvWriter;
import org.leerwerkplek.surveys.definition.AnswerValue;
import org.leerwerkplek.surveys.definition.Instrument;
import org.leerwerkplek.surveys.definition.Language;
import org.leerwerkplek.surveys.definition.Question;

/**
 * Responses in and out as CSV: exports stream straight from the database row by row (memory
 * stays flat), an import is checked completely and stored in one transaction, so a file with
 * any error stores nothing.
 */
@ApplicationScoped
public class SurveyDataService {

    /** The instrument version an export or import is about, with the definition it was given under. */
    public record VersionOf(long snapshotId, Instrument instrument) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SurveyCatalog catalog;

    @Inject
    SurveyDefinitionService definitions;

    private final Clock clock = Clock.systemUTC();

    /** The newest stored revision of {@code version} (or of the version in service when empty). */
    public VersionOf version(String instrumentId, Optional<Integer> version) {
        int wanted = version.orElseGet(() -> catalog.instrument(instrumentId)
                .map(a -> a.instrument().version())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", instrumentId)));
        DefinitionSnapshot snapshot = definitions.snapshots().stream()
                .filter(s -> s.getInstrumentId().equals(instrumentId) && s.getVersion() == wanted)
                .max(Comparator.comparingInt(DefinitionSnapshot::getRevision))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownVersion",
                        instrumentId, wanted));
        Instrument instrument = catalog.bySnapshot(snapshot.getId()).orElseThrow();
        return new VersionOf(snapshot.getId(), instrument);
    }

    /** Writes every response of the version as CSV; returns how many were written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long export(VersionOf version, boolean labels, Language language, CsvDialect dialect, Writer out)
            throws IOException {
        Instrument instrument = version.instrument();
        ResponseCsvWriter writer = labels ? ResponseCsvWriter.labels(instrument, dialect, language)
                : ResponseCsvWriter.codes(instrument, dialect);
        String sql = "SELECT r.id, r.version, r.status, r.channel, r.submitted_at, a.question_code, a.item_code,"
                + " a.value_code, a.value_number, a.value_text FROM survey_response r"
                + " LEFT JOIN survey_answer a ON a.response_id = r.id"
                + " WHERE r.instrument_id = ? AND r.version = ? ORDER BY r.id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            statement.setString(1, instrument.id());
            statement.setInt(2, instrument.version());
            try (ResultSet rows = statement.executeQuery()) {
                return writer.write(new ExportCursor(rows, instrument), out);
            }
        } catch (SQLException e) {
            throw new IOException("Reading responses for the export failed: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public void codebook(VersionOf version, CsvDialect dialect, Writer out) throws IOException {
        new CodebookWriter(version.instrument()).write(out, dialect);
    }

    /**
     * Imports a CSV of the version as submitted responses. All or nothing: when any line has an
     * error, nothing is stored and every error is returned with its line and column.
     */
    @Transactional(rollbackOn = Exception.class)
    public ImportResult importCsv(VersionOf version, Reader in, String importedBy, IntConsumer progress)
            throws IOException {
        Instrument instrument = version.instrument();
        List<SurveyResponse> batch = new ArrayList<>();
        ImportResult result = new ResponseCsvReader(instrument, clock).read(in, imported -> {
            SurveyResponse response = new SurveyResponse(version.snapshotId(), instrument.id(), instrument.version(),
                    null, ResponseChannel.IMPORT, Language.NL.code(), null, importedBy, clock.instant());
            response.submit(clock.instant());
            em.persist(response);
            em.flush();
            imported.answers().forEach((code, value) -> AnswerRows.toRows(code, value)
                    .forEach(row -> em.persist(new StoredAnswer(response.getId(), row))));
            batch.add(response);
            if (batch.size() >= 200) {
                em.flush();
                em.clear();
                batch.clear();
            }
        }, progress);
        if (!result.isValid()) {
            throw new ImportRefused(result);
        }
        return result;
    }

    /** Rolls an import back; carries what was wrong with the file. */
    public static final class ImportRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient ImportResult result;

        ImportRefused(ImportResult result) {
            super("import refused: " + result.errors().size() + " errors");
            this.result = result;
        }

        public ImportResult result() {
            return result;
        }
    }

    /** Walks the joined rows once, one response at a time. */
    private static final class ExportCursor implements java.util.Iterator<ExportedResponse> {

        private final ResultSet rows;
        private final Instrument instrument;
        private boolean hasRow;

        ExportCursor(ResultSet rows, Instrument instrument) throws SQLException {
            this.rows = rows;
            this.instrument = instrument;
            this.hasRow = rows.next();
        }

        @Override
        public boolean hasNext() {
            return hasRow;
        }

        @Override
        public ExportedResponse next() {
            try {
                long id = rows.getLong(1);
                int version = rows.getInt(2);
                String status = rows.getString(3);
                String channel = rows.getString(4);
                Timestamp submitted = rows.getTimestamp(5);
                Map<String, List<AnswerRows.Row>> byQuestion = new HashMap<>();
                while (hasRow && rows.getLong(1) == id) {
                    String question = rows.getString(6);
                    if (question != null) {
                        BigDecimal number = rows.getBigDecimal(9);
                        byQuestion.computeIfAbsent(question, q -> new ArrayList<>()).add(new AnswerRows.Row(question,
                                rows.getString(7), rows.getString(8), StoredAnswer.plain(number), rows.getString(10)));
                    }
                    hasRow = rows.next();
                }
                Map<String, AnswerValue> answers = new HashMap<>();
                byQuestion.forEach((code, list) -> instrument.question(code).map(Question::type)
                        .flatMap(type -> AnswerRows.fromRows(type, list))
                        .ifPresent(value -> answers.put(code, value)));
                return new ExportedResponse(id, version, status, channel,
                        Optional.ofNullable(submitted).map(Timestamp::toInstant), answers);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("Reading responses failed: " + e.getMessage(), e));
            }
        }
    }
}
