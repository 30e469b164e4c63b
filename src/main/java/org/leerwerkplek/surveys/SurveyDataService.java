package org.leerwerkplek.surveys;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.tables.XlsxWorkbook;
import org.leerwerkplek.surveys.csv.CodebookWriter;
import org.leerwerkplek.surveys.csv.CsvDialect;
import org.leerwerkplek.surveys.csv.ExportedResponse;
import org.leerwerkplek.surveys.csv.ImportResult;
import org.leerwerkplek.surveys.csv.ResponseCsvReader;
import org.leerwerkplek.surveys.csv.ResponseCsvWriter;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * Responses in and out as CSV and XLSX: exports stream straight from the database row by row
 * (memory stays flat), an import is checked completely and stored in JDBC batches in one
 * transaction, so a file with any error stores nothing.
 */
@ApplicationScoped
public class SurveyDataService {

    /** The instrument version an export or import is about, with the definition it was given under. */
    public record VersionOf(long snapshotId, Instrument instrument) {
    }

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SurveyCatalog catalog;

    @Inject
    SurveyDefinitionService definitions;

    @Inject
    AuditLog audit;

    /** The object kind of an export of responses or of a codebook in the audit trail. */
    public static final String SURVEY_DATA = "survey-data";

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

    /** Writes every response of the version as CSV, texts that look like formulas neutralised; returns how many were written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long export(VersionOf version, boolean labels, Language language, CsvDialect dialect, Writer out)
            throws IOException {
        return export(version, labels, language, dialect, false, out);
    }

    /**
     * As {@link #export(VersionOf, boolean, Language, CsvDialect, Writer)}; with {@code raw} texts are written
     * exactly as typed, formulas included (for programs only: a spreadsheet would run them).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long export(VersionOf version, boolean labels, Language language, CsvDialect dialect, boolean raw,
                       Writer out) throws IOException {
        ResponseCsvWriter chosen = writer(version, labels, language, dialect);
        ResponseCsvWriter writer = raw ? chosen.rawText() : chosen;
        long count = streamResponses(version, cursor -> writer.write(cursor, out));
        exported(version, (labels ? "csv-labels" : "csv") + (raw ? "-raw" : ""), count);
        return count;
    }

    /**
     * One EXPORT row in the audit trail: which version went out in which form, and how many
     * responses ({@code <instrument>:v<version>:<form>:<count>}), by the signed-in account.
     */
    private void exported(VersionOf version, String form, long count) {
        audit.record(AuditAction.EXPORT, SURVEY_DATA, version.instrument().id() + ":v" + version.instrument().version()
                + ":" + form + ":" + count, List.of());
    }

    /**
     * Writes every response of the version as an XLSX workbook with a sheet of responses and a
     * sheet with the codebook; returns how many responses were written.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long exportXlsx(VersionOf version, boolean labels, Language language, OutputStream out) throws IOException {
        return exportXlsx(version, labels, language, false, out);
    }

    /** As {@link #exportXlsx(VersionOf, boolean, Language, OutputStream)}; {@code raw} leaves formula-like texts unmarked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long exportXlsx(VersionOf version, boolean labels, Language language, boolean raw, OutputStream out)
            throws IOException {
        ResponseCsvWriter writer = writer(version, labels, language, CsvDialect.STANDARD);
        try (XlsxWorkbook workbook = new XlsxWorkbook(raw)) {
            long count = streamResponses(version, cursor -> writer.write(cursor, workbook.sheet("responses")));
            new CodebookWriter(version.instrument()).write(workbook.sheet("codebook"));
            workbook.write(out);
            exported(version, labels ? "xlsx-labels" : "xlsx", count);
            return count;
        }
    }

    public void codebook(VersionOf version, CsvDialect dialect, Writer out) throws IOException {
        codebook(version, dialect, false, out);
    }

    /** The codebook as CSV; {@code raw} writes texts that look like formulas as they are. */
    public void codebook(VersionOf version, CsvDialect dialect, boolean raw, Writer out) throws IOException {
        new CodebookWriter(version.instrument()).write(out, dialect, raw);
        exported(version, "codebook", version.instrument().questions().size());
    }

    /**
     * Imports a CSV of the version as submitted responses, written in JDBC batches inside one
     * transaction. All or nothing: when any line has an error, nothing is stored and every error
     * is returned with its line and column.
     */
    @Transactional(rollbackOn = Exception.class)
    public ImportResult importCsv(VersionOf version, Reader in, String importedBy, IntConsumer progress)
            throws IOException {
        try (Connection connection = dataSource.getConnection();
             BatchInsert insert = new BatchInsert(connection, version, ResponseChannel.IMPORT, importedBy)) {
            ImportResult result = new ResponseCsvReader(version.instrument(), clock)
                    .read(in, imported -> insert.add(imported.answers()), progress);
            if (!result.isValid()) {
                throw new ImportRefused(result);
            }
            insert.flush();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Storing imported responses failed: " + e.getMessage(), e);
        }
    }

    /**
     * Stores answers that the caller has already checked against the version (such as generated
     * demo data) as submitted responses of {@code channel}, in one transaction.
     *
     * @return how many responses were stored
     */
    @Transactional(rollbackOn = Exception.class)
    public long store(VersionOf version, Iterator<Map<String, AnswerValue>> responses, ResponseChannel channel,
                      String enteredBy) {
        long count = 0;
        try (Connection connection = dataSource.getConnection();
             BatchInsert insert = new BatchInsert(connection, version, channel, enteredBy)) {
            while (responses.hasNext()) {
                insert.add(responses.next());
                count++;
            }
            insert.flush();
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("Storing responses failed: " + e.getMessage(), e);
        }
    }

    /** How many responses to the instrument came in by {@code channel}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String instrumentId, ResponseChannel channel) {
        return queryLong("SELECT COUNT(*) FROM survey_response WHERE instrument_id = ? AND channel = ?",
                instrumentId, channel.name());
    }

    /** Deletes every response to the instrument that came in by {@code channel}; returns how many. */
    @Transactional
    public int delete(String instrumentId, ResponseChannel channel) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM survey_response WHERE instrument_id = ? AND channel = ?")) {
            delete.setString(1, instrumentId);
            delete.setString(2, channel.name());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting responses failed: " + e.getMessage(), e);
        }
    }

    /**
     * A short text that changes whenever a response to the instrument is submitted or removed, so
     * that results computed from the submitted responses can be kept until it changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String submittedState(String instrumentId) {
        String sql = "SELECT COUNT(*), MAX(id), MAX(submitted_at) FROM survey_response"
                + " WHERE instrument_id = ? AND status = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, instrumentId);
            statement.setString(2, ResponseStatus.SUBMITTED.name());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) + "/" + row.getLong(2) + "/" + row.getTimestamp(3);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the state of the responses failed: " + e.getMessage(), e);
        }
    }

    /**
     * One submitted response as the analysis reads it: the definition it was given under, its
     * answers, and whether it is synthetic demo data (channel {@code DEMO}).
     */
    public record SubmittedResponse(long id, Instrument instrument, Map<String, AnswerValue> answers, boolean demo) {
    }

    /**
     * Hands every submitted response to the instrument to {@code consumer}, oldest first, in one
     * pass over the database (nothing is kept here); returns how many were handed over.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long forEachSubmitted(String instrumentId, Consumer<SubmittedResponse> consumer) {
        String sql = "SELECT id, definition_id, answers, channel FROM survey_response WHERE instrument_id = ? AND status = ?"
                + " ORDER BY id";
        Map<Long, Optional<Instrument>> instruments = new HashMap<>();
        long count = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            statement.setString(1, instrumentId);
            statement.setString(2, ResponseStatus.SUBMITTED.name());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Optional<Instrument> instrument = instruments.computeIfAbsent(rows.getLong(2), catalog::bySnapshot);
                    if (instrument.isPresent()) {
                        Instrument given = instrument.get();
                        consumer.accept(new SubmittedResponse(rows.getLong(1), given, AnswerDocument.decode(
                                rows.getString(3), code -> given.question(code).map(Question::type)),
                                ResponseChannel.DEMO.name().equals(rows.getString(4))));
                        count++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading responses failed: " + e.getMessage(), e);
        }
        return count;
    }

    private long queryLong(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting responses failed: " + e.getMessage(), e);
        }
    }

    /** Submitted responses of one version written in JDBC batches on the caller's connection. */
    private final class BatchInsert implements AutoCloseable {

        private static final int BATCH = 500;
        private static final String INSERT = "INSERT INTO survey_response (definition_id, instrument_id, version,"
                + " status, channel, language, entered_by, created_at, updated_at, submitted_at, answers, row_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

        private final PreparedStatement insert;
        private final VersionOf version;
        private final ResponseChannel channel;
        private final String enteredBy;
        private final Timestamp now = Timestamp.from(clock.instant());
        private int pending;

        BatchInsert(Connection connection, VersionOf version, ResponseChannel channel, String enteredBy)
                throws SQLException {
            this.insert = connection.prepareStatement(INSERT);
            this.version = version;
            this.channel = channel;
            this.enteredBy = enteredBy;
        }

        void add(Map<String, AnswerValue> answers) {
            Instrument instrument = version.instrument();
            try {
                insert.setLong(1, version.snapshotId());
                insert.setString(2, instrument.id());
                insert.setInt(3, instrument.version());
                insert.setString(4, ResponseStatus.SUBMITTED.name());
                insert.setString(5, channel.name());
                insert.setString(6, Language.NL.code());
                insert.setString(7, enteredBy);
                insert.setTimestamp(8, now);
                insert.setTimestamp(9, now);
                insert.setTimestamp(10, now);
                insert.setString(11, AnswerDocument.encode(answers));
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Storing responses failed: " + e.getMessage(), e);
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }

    private ResponseCsvWriter writer(VersionOf version, boolean labels, Language language, CsvDialect dialect) {
        return labels ? ResponseCsvWriter.labels(version.instrument(), dialect, language)
                : ResponseCsvWriter.codes(version.instrument(), dialect);
    }

    /** What is done with the responses of a version while the query is open. */
    @FunctionalInterface
    private interface CursorUse {
        long use(Iterator<ExportedResponse> cursor) throws IOException;
    }

    private long streamResponses(VersionOf version, CursorUse use) throws IOException {
        Instrument instrument = version.instrument();
        String sql = "SELECT id, version, status, channel, submitted_at, answers FROM survey_response"
                + " WHERE instrument_id = ? AND version = ? ORDER BY id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            statement.setString(1, instrument.id());
            statement.setInt(2, instrument.version());
            try (ResultSet rows = statement.executeQuery()) {
                return use.use(new ExportCursor(rows, instrument));
            }
        } catch (SQLException e) {
            throw new IOException("Reading responses for the export failed: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
    private static final class ExportCursor implements Iterator<ExportedResponse> {

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
                Timestamp submitted = rows.getTimestamp(5);
                Map<String, AnswerValue> answers = AnswerDocument.decode(rows.getString(6),
                        code -> instrument.question(code).map(Question::type));
                ExportedResponse response = new ExportedResponse(rows.getLong(1), rows.getInt(2), rows.getString(3),
                        rows.getString(4), Optional.ofNullable(submitted).map(Timestamp::toInstant), answers);
                hasRow = rows.next();
                return response;
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("Reading responses failed: " + e.getMessage(), e));
            }
        }
    }
}
