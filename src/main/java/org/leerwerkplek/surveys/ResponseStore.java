package org.leerwerkplek.surveys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.persistence.Batches;
import org.leerwerkplek.platform.persistence.DatabaseMigrator;
import org.leerwerkplek.platform.persistence.Sql;

/**
 * The {@code survey_response} table in plain JDBC, on the connection of the caller's transaction:
 * the only place that writes it (and that knows its columns). Imports and fieldwork's link starts
 * run to 100,000 rows, written in batches; exports and the analysis read row by row. The SQL is
 * the same on Derby and PostgreSQL.
 *
 * <p>Every change of answers or state moves {@code row_version} on, and {@link #update} writes
 * only over the version it read, so two saves of one response at the same moment, or a save
 * during an erasure, give a conflict instead of one silently undoing the other.
 *
 * <p>Every change to an instrument's submitted responses also moves the instrument's counter in
 * {@code survey_response_change} on, in the same transaction (migration V31): a single change
 * stamps its response with the new value ({@code change_seq}, and a row of
 * {@code survey_response_stamp}, V47), a change in bulk marks a rebuild.
 * Readers that keep results (the analysis) read the counter and then only what changed since.
 */
public final class ResponseStore {

    /** What a stream of responses is used for while the query is open. */
    @FunctionalInterface
    public interface CursorUse<T> {
        T use(Iterator<SurveyResponse> responses) throws IOException;
    }

    private static final int BATCH = 500;
    /** The columns of a response without its answers, in the order {@link #response} reads them. */
    private static final String STATE = "id, definition_id, instrument_id, version, token_hash, status, channel, language,"
            + " current_section, entered_by, created_at, updated_at, submitted_at, opened_at, closes_at, row_version";
    /**
     * The answers text is in {@code answers} as its UTF-8 bytes (V39: a VARCHAR FOR BIT DATA on
     * Derby, which writes a VARCHAR's or CLOB's characters into its log a byte at a time, and bytes
     * whole) when they fit, {@value DatabaseMigrator#INLINE_BYTES_MAX} bytes, and in
     * {@code answers_long} as text otherwise; the other one is NULL.
     */
    private static final String COLUMNS = STATE + ", answers, answers_long";
    private static final String INSERT = "INSERT INTO survey_response (definition_id, instrument_id, version, token_hash,"
            + " status, channel, language, current_section, entered_by, created_at, updated_at, submitted_at, opened_at,"
            + " closes_at, row_version, answers, answers_long) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /**
     * Derby's hint to look tokens up through their unique index (a comment to PostgreSQL). Without
     * it Derby keeps the plan it made for the long {@code IN} list while the table was small, a
     * full scan per lookup, which made starting 100,000 responses quadratic.
     */
    private static final String TOKEN_INDEX = " --DERBY-PROPERTIES constraint=UQ_SURVEY_RESPONSE_TOKEN\n";
    /** Derby's hint to read the rows through the primary key, already in id order (a comment to PostgreSQL). */
    private static final String IN_ID_ORDER = " --DERBY-PROPERTIES constraint=PK_SURVEY_RESPONSE\n";
    private static final String OPEN_PAST = " FROM survey_response WHERE status = 'PARTIAL' AND channel IN ('LINK', 'PUBLIC_LINK')"
            + " AND ((closes_at IS NOT NULL AND closes_at < ?) OR (closes_at IS NULL AND updated_at < ?))";

    /** A batch with at most this many submitted responses stamps them one by one; a larger one marks a rebuild. */
    static final int STAMPED_BATCH = 1000;
    /** SQLSTATE of a unique key violated, on Derby and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";

    /**
     * How far the changes to an instrument's submitted responses have come: every change moves
     * {@code seq} on; a change in bulk also sets {@code rebuildSeq} to its {@code seq}. (0, 0) before any.
     */
    public record ChangeState(long seq, long rebuildSeq) {
    }

    /** One stored response as a reader of answers needs it: no token, no moments. */
    public record AnswersRow(long id, long snapshotId, ResponseStatus status, ResponseChannel channel, String answers) {
    }

    private final DataSource dataSource;

    public ResponseStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // ---- writes ----

    /** Stores a new response and gives it its id. */
    long insert(SurveyResponse response) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, response);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                response.stored(id);
                if (response.getStatus() == ResponseStatus.SUBMITTED) {
                    stamp(connection, response.getInstrumentId(), id);
                }
                return id;
            }
        } catch (SQLException e) {
            throw Sql.failed("Storing a response", e);
        }
    }

    /**
     * A new response with its answers' bytes as {@code answers} takes them ({@link #encoded}), worked
     * out before it is stored: an import does it on the thread that reads the file, not on the
     * storing one.
     */
    public record Encoded(SurveyResponse response, byte[] inline) {
    }

    /** {@code response} with its answers' bytes worked out. */
    static Encoded encoded(SurveyResponse response) {
        return new Encoded(response, inline(response.getAnswers()));
    }

    /** New responses written in JDBC batches of {@value #BATCH} on one connection; {@link Batch#finish()} writes the rest. */
    Batch batch() {
        try {
            return new Batch(dataSource.getConnection());
        } catch (SQLException e) {
            throw Sql.failed("Storing responses", e);
        }
    }

    /** New responses in batches (their ids are not read back: look them up by token hash when needed). */
    public final class Batch implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement insert;
        /** Derby's moments are bound through this one calendar, not a new one per moment; null elsewhere. */
        private final Calendar calendar;
        private int pending;
        private long added;
        /** Per instrument, how many submitted responses this batch added (they change what the analysis reads). */
        private final Map<String, Integer> submitted = new HashMap<>();
        /** The highest response id before this batch's first submitted response; -1 before it. */
        private long highestBefore = -1;

        private Batch(Connection connection) throws SQLException {
            this.connection = connection;
            try {
                this.calendar = connection.getMetaData().getDatabaseProductName().startsWith("Apache Derby")
                        ? new GregorianCalendar() : null;
                this.insert = connection.prepareStatement(INSERT);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }

        void add(SurveyResponse response) {
            add(encoded(response));
        }

        /** Adds a response whose answers' bytes were worked out already (by an import's reading thread). */
        void add(Encoded encoded) {
            SurveyResponse response = encoded.response();
            try {
                if (response.getStatus() == ResponseStatus.SUBMITTED) {
                    if (highestBefore < 0) {
                        highestBefore = highestId(connection);
                    }
                    submitted.merge(response.getInstrumentId(), 1, Integer::sum);
                }
                bind(insert, response, encoded.inline(), calendar);
                insert.addBatch();
                added++;
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw Sql.failed("Storing responses", e);
            }
        }

        /**
         * Writes what is pending and records the change to each instrument's submitted responses
         * (stamped one by one up to {@value #STAMPED_BATCH}, else a rebuild); how many responses
         * this batch stored in all.
         */
        long finish() {
            try {
                flush();
                for (Map.Entry<String, Integer> change : submitted.entrySet()) {
                    boolean bulk = change.getValue() > STAMPED_BATCH;
                    long seq = changed(connection, change.getKey(), bulk);
                    if (!bulk) {
                        try (PreparedStatement stamp = Sql.prepare(connection, "UPDATE survey_response SET change_seq = ?"
                                + " WHERE instrument_id = ? AND id > ? AND change_seq IS NULL AND status = ?", seq,
                                change.getKey(), highestBefore, ResponseStatus.SUBMITTED.name());
                             PreparedStatement stamps = Sql.prepare(connection, "INSERT INTO survey_response_stamp"
                                + " (instrument_id, change_seq, response_id) SELECT instrument_id, change_seq, id"
                                + " FROM survey_response WHERE instrument_id = ? AND id > ? AND change_seq = ?",
                                change.getKey(), highestBefore, seq)) {
                            stamp.executeUpdate();
                            stamps.executeUpdate();
                        }
                    }
                }
                submitted.clear();
                return added;
            } catch (SQLException e) {
                throw Sql.failed("Storing responses", e);
            }
        }

        /**
         * Writes what is pending and reads back the ids of the submitted responses to the instrument
         * that were stored after this batch began and are not stamped as a single change, in id order:
         * this batch's own (in the order they were added), and those of another change in bulk that
         * committed meanwhile, which the caller tells by their number. Call it before {@link #finish()},
         * while this transaction holds no lock on the instrument's change counter.
         */
        long[] submittedIds(String instrumentId) {
            try {
                flush();
                if (highestBefore < 0) {
                    return new long[0];
                }
                long[] ids = new long[Math.max(16, submitted.getOrDefault(instrumentId, 0))];
                int count = 0;
                try (PreparedStatement select = Sql.prepare(connection, "SELECT id FROM survey_response" + IN_ID_ORDER
                        + "WHERE id > ? AND instrument_id = ? AND status = ? AND change_seq IS NULL ORDER BY id",
                        highestBefore, instrumentId, ResponseStatus.SUBMITTED.name());
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (count == ids.length) {
                            ids = Arrays.copyOf(ids, ids.length * 2);
                        }
                        ids[count++] = rows.getLong(1);
                    }
                }
                return Arrays.copyOf(ids, count);
            } catch (SQLException e) {
                throw Sql.failed("Storing responses", e);
            }
        }

        /** Writes what is pending now, rather than when {@value ResponseStore#BATCH} are. */
        void write() {
            try {
                flush();
            } catch (SQLException e) {
                throw Sql.failed("Storing responses", e);
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() {
            try (connection; insert) {
                // closes both
            } catch (SQLException e) {
                throw Sql.failed("Storing responses", e);
            }
        }
    }

    /**
     * Writes the response's answers, page, status and moments over the version it was read at;
     * a conflict (nothing written) when its row changed since.
     */
    void update(SurveyResponse response) {
        boolean submitted = response.getStatus() == ResponseStatus.SUBMITTED;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE survey_response SET status = ?,"
                     + " current_section = ?, updated_at = ?, submitted_at = ?, opened_at = ?, answers = ?,"
                     + " answers_long = ?, row_version = row_version + 1" + (submitted ? ", change_seq = ?" : "")
                     + " WHERE id = ? AND row_version = ?")) {
            update.setString(1, response.getStatus().name());
            update.setString(2, response.getCurrentSection());
            update.setTimestamp(3, timestamp(response.getUpdatedAt()));
            update.setTimestamp(4, timestamp(response.getSubmittedAt()));
            update.setTimestamp(5, timestamp(response.getOpenedAt()));
            bindAnswers(update, 6, response.getAnswers());
            int next = 8;
            long seq = submitted ? changed(connection, response.getInstrumentId(), false) : 0;
            if (submitted) {
                update.setLong(next++, seq);
            }
            update.setLong(next++, response.getId());
            update.setLong(next, response.getRowVersion());
            if (update.executeUpdate() != 1) {
                throw new DomainException(DomainException.Kind.CONFLICT, "respond.changedMeanwhile");
            }
            if (submitted) {
                addStamp(connection, response.getInstrumentId(), seq, response.getId());
            }
            response.written();
        } catch (SQLException e) {
            throw Sql.failed("Saving a response", e);
        }
    }

    /** Records when the link of the response was first opened (a later opening changes nothing). */
    void markOpened(long id, Instant at) {
        update("UPDATE survey_response SET opened_at = ? WHERE id = ? AND opened_at IS NULL", timestamp(at), id);
    }

    /**
     * Replaces the answers of a response, also of a submitted one (for the part that entered it:
     * removing texts for an erasure); false when there is no such response.
     */
    boolean replaceAnswers(long id, String document, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> instrument = Sql.list(connection, "SELECT instrument_id FROM survey_response WHERE id = ?",
                    row -> row.getString(1), id);
            if (instrument.isEmpty()) {
                return false;
            }
            long seq = changed(connection, instrument.get(0), false);
            try (PreparedStatement update = connection.prepareStatement("UPDATE survey_response SET answers = ?,"
                    + " answers_long = ?, updated_at = ?, row_version = row_version + 1, change_seq = ? WHERE id = ?")) {
                bindAnswers(update, 1, document);
                update.setTimestamp(3, timestamp(now));
                update.setLong(4, seq);
                update.setLong(5, id);
                if (update.executeUpdate() != 1) {
                    return false;
                }
                addStamp(connection, instrument.get(0), seq, id);
                return true;
            }
        } catch (SQLException e) {
            throw Sql.failed("Replacing answers", e);
        }
    }

    /** Moves the closing moment of these link responses (responses of other channels keep theirs). */
    void closeAt(Collection<Long> ids, Instant closesAt) {
        inBatches("UPDATE survey_response SET closes_at = ? WHERE id = ? AND channel = ?", ids, (update, id) -> {
            update.setTimestamp(1, Timestamp.from(closesAt));
            update.setLong(2, id);
            update.setString(3, ResponseChannel.LINK.name());
        }, "Moving the closing of link responses");
    }

    /**
     * Erases what identifies the people behind these responses: each one's answers become the
     * document given for it (without its free texts), its token hash goes (its link opens
     * nothing any more), and its version moves on (a save of the old version is refused).
     */
    void erase(Map<Long, String> keptAnswers) {
        rebuild(statesOf(keptAnswers.keySet()).stream().map(SurveyResponse::getInstrumentId).distinct().toList());
        inBatches("UPDATE survey_response SET answers = ?, answers_long = ?, token_hash = NULL,"
                + " row_version = row_version + 1 WHERE id = ?", keptAnswers.entrySet(), (update, kept) -> {
                    bindAnswers(update, 1, kept.getValue());
                    update.setLong(3, kept.getKey());
                }, "Forgetting respondents");
    }

    /** The responses {@code username} entered no longer name it; how many. */
    int forgetEnteredBy(String username) {
        return update("UPDATE survey_response SET entered_by = NULL WHERE entered_by = ?", username);
    }

    /** Deletes every response to the instrument that came in by {@code channel}; how many. */
    int delete(String instrumentId, ResponseChannel channel) {
        int deleted = update("DELETE FROM survey_response WHERE instrument_id = ? AND channel = ?", instrumentId,
                channel.name());
        if (deleted > 0) {
            rebuild(List.of(instrumentId));
        }
        return deleted;
    }

    /** Deletes the responses {@link #countOpenPast(Instant)} counts; how many. */
    int deleteOpenPast(Instant cutoff) {
        return update("DELETE" + OPEN_PAST, Timestamp.from(cutoff), Timestamp.from(cutoff));
    }

    // ---- reads ----

    Optional<SurveyResponse> find(long id) {
        return first("SELECT " + COLUMNS + " FROM survey_response WHERE id = ?", id);
    }

    Optional<SurveyResponse> findByTokenHash(String tokenHash) {
        return first("SELECT " + COLUMNS + " FROM survey_response WHERE token_hash = ?", tokenHash);
    }

    /** These responses, oldest first; ids that do not exist are left out. */
    List<SurveyResponse> findAll(Collection<Long> ids) {
        return byIds(ids, COLUMNS, true);
    }

    /** As {@link #findAll(Collection)} without their answers (empty), for progress and lists. */
    List<SurveyResponse> statesOf(Collection<Long> ids) {
        return byIds(ids, STATE, false);
    }

    /** The ids of the responses with these token hashes, by hash; unknown hashes are left out. */
    Map<String, Long> idsByTokenHash(Collection<String> tokenHashes) {
        Map<String, Long> ids = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (List<String> chunk : chunks(tokenHashes)) {
                try (PreparedStatement select = in(connection, "SELECT token_hash, id FROM survey_response" + TOKEN_INDEX
                        + "WHERE token_hash IN ", chunk); ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return ids;
        } catch (SQLException e) {
            throw Sql.failed("Reading responses", e);
        }
    }

    /** How many responses the instrument has, of every version. */
    long count(String instrumentId) {
        return count("SELECT COUNT(*) FROM survey_response WHERE instrument_id = ?", instrumentId);
    }

    /** How many responses to the instrument came in by {@code channel}. */
    long count(String instrumentId, ResponseChannel channel) {
        return count("SELECT COUNT(*) FROM survey_response WHERE instrument_id = ? AND channel = ?",
                instrumentId, channel.name());
    }

    /** The responses to an instrument without their answers, oldest first, {@code size} from {@code offset}. */
    List<SurveyResponse> page(String instrumentId, long offset, int size) {
        return list("SELECT " + STATE + " FROM survey_response WHERE instrument_id = ? ORDER BY id"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", false, instrumentId, offset, size);
    }

    /** The ids of the responses {@code username} entered, oldest first. */
    List<Long> enteredBy(String username) {
        return Sql.list(dataSource, "Reading entered responses", "SELECT id FROM survey_response WHERE entered_by = ? ORDER BY id",
                row -> row.getLong(1), username);
    }

    /**
     * How many responses answered through a link (personal or public) were never submitted and
     * stopped taking answers before {@code cutoff}: their closing time passed, or, without one,
     * nobody touched them since.
     */
    long countOpenPast(Instant cutoff) {
        return count("SELECT COUNT(*)" + OPEN_PAST, Timestamp.from(cutoff), Timestamp.from(cutoff));
    }

    /**
     * A short text that changes whenever a response to the instrument is submitted or removed
     * (count, highest id, latest submission; read from an index alone).
     */
    String submittedState(String instrumentId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = Sql.prepare(connection, "SELECT COUNT(*), MAX(id), MAX(submitted_at)"
                     + " FROM survey_response WHERE instrument_id = ? AND status = ?", instrumentId,
                     ResponseStatus.SUBMITTED.name());
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1) + "/" + row.getLong(2) + "/" + row.getTimestamp(3);
        } catch (SQLException e) {
            throw Sql.failed("Reading the state of the responses", e);
        }
    }

    /**
     * A short text that changes whenever a partial response to the instrument is begun, saved,
     * submitted or removed: count, sum and highest of the ids, sum of the row versions (every save
     * moves one on), latest save.
     */
    String partialState(String instrumentId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = Sql.prepare(connection, "SELECT COUNT(*), SUM(id), MAX(id), SUM(row_version),"
                     + " MAX(updated_at) FROM survey_response WHERE instrument_id = ? AND status = ?", instrumentId,
                     ResponseStatus.PARTIAL.name());
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1) + "/" + row.getLong(2) + "/" + row.getLong(3) + "/" + row.getLong(4) + "/"
                    + row.getTimestamp(5);
        } catch (SQLException e) {
            throw Sql.failed("Reading the state of the responses", e);
        }
    }

    /** Hands the answers of every partial response to the instrument to {@code consumer}, as {@link #forEachSubmittedAnswers}; how many. */
    long forEachPartialAnswers(String instrumentId, int fetchSize, Consumer<AnswersRow> consumer) {
        return answersRows("SELECT id, definition_id, status, channel, answers, answers_long FROM survey_response"
                + " WHERE instrument_id = ? AND status = ?", fetchSize, consumer, instrumentId,
                ResponseStatus.PARTIAL.name());
    }

    /** Where the changes to the instrument's submitted responses have come (one row by its key). */
    ChangeState changeState(String instrumentId) {
        List<ChangeState> found = Sql.list(dataSource, "Reading the state of the responses",
                "SELECT seq, rebuild_seq FROM survey_response_change WHERE instrument_id = ?",
                row -> new ChangeState(row.getLong(1), row.getLong(2)), instrumentId);
        return found.isEmpty() ? new ChangeState(0, 0) : found.get(0);
    }

    /**
     * Hands the answers of every submitted response to the instrument to {@code consumer}, in the
     * order the database finds them (no sort: with the answers in the rows, Derby's sort wrote
     * every answer document to disk and back), read {@code fetchSize} rows at a time; how many.
     */
    long forEachSubmittedAnswers(String instrumentId, int fetchSize, Consumer<AnswersRow> consumer) {
        return answersRows("SELECT id, definition_id, status, channel, answers, answers_long FROM survey_response"
                + " WHERE instrument_id = ? AND status = ?", fetchSize, consumer, instrumentId,
                ResponseStatus.SUBMITTED.name());
    }

    /**
     * Hands the responses to the instrument stamped with a change after {@code seq} to
     * {@code consumer} (of any status: one that is no longer submitted was removed from what
     * counts); how many.
     */
    long forEachChangedSince(String instrumentId, long seq, Consumer<AnswersRow> consumer) {
        Set<Long> changed = new TreeSet<>(Sql.list(dataSource, "Reading responses", "SELECT response_id FROM"
                + " survey_response_stamp WHERE instrument_id = ? AND change_seq > ?", row -> row.getLong(1),
                instrumentId, seq));
        long count = 0;
        for (List<Long> chunk : chunks(changed)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(seq);
            count += answersRows("SELECT id, definition_id, status, channel, answers, answers_long FROM survey_response"
                    + " WHERE id IN " + placeholders(chunk.size()) + " AND change_seq > ?",
                    100, consumer, parameters.toArray());
        }
        return count;
    }

    private long answersRows(String sql, int fetchSize, Consumer<AnswersRow> consumer, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = Sql.prepare(connection, sql, parameters)) {
            select.setFetchSize(fetchSize);
            long count = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(new AnswersRow(rows.getLong(1), rows.getLong(2), ResponseStatus.valueOf(rows.getString(3)),
                            ResponseChannel.valueOf(rows.getString(4)), inlineOrLong(rows, 5)));
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw Sql.failed("Reading responses", e);
        }
    }

    /** Hands every submitted response to the instrument to {@code consumer}, oldest first, in one pass; how many. */
    long forEachSubmitted(String instrumentId, Consumer<SurveyResponse> consumer) {
        try {
            return stream("SELECT " + COLUMNS + " FROM survey_response WHERE instrument_id = ? AND status = ? ORDER BY id",
                    responses -> {
                        long count = 0;
                        while (responses.hasNext()) {
                            consumer.accept(responses.next());
                            count++;
                        }
                        return count;
                    }, instrumentId, ResponseStatus.SUBMITTED.name());
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Runs {@code use} over every response to one version of an instrument, oldest first, while the query is open.
     * Derby is told to walk the primary key ({@link #IN_ID_ORDER}): through the index on instrument and version it
     * sorted every row, answers and all, in a temporary file first (a quarter of an export's time at 100,000).
     */
    <T> T ofVersion(String instrumentId, int version, CursorUse<T> use) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                // PostgreSQL's driver fetches in rounds of the fetch size only inside a transaction;
                // in auto-commit it read all 100,000 rows into memory before the first was written
                connection.setAutoCommit(false);
            }
            try {
                return stream(connection, "SELECT " + COLUMNS + " FROM survey_response" + IN_ID_ORDER
                        + "WHERE instrument_id = ? AND version = ? ORDER BY id", use, instrumentId, version);
            } finally {
                if (autoCommit) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IOException("Reading responses failed: " + e.getMessage(), e);
        }
    }

    // ---- plumbing ----

    /**
     * Moves the instrument's change counter on in the caller's transaction (its row stays locked
     * until the commit, which orders the changes) and returns its new value; with {@code bulk},
     * readers read everything again from this value on.
     */
    static long changed(Connection connection, String instrumentId, boolean bulk) throws SQLException {
        String set = bulk ? "seq = seq + 1, rebuild_seq = seq + 1" : "seq = seq + 1";
        try (PreparedStatement bump = Sql.prepare(connection, "UPDATE survey_response_change SET " + set
                + " WHERE instrument_id = ?", instrumentId)) {
            if (bump.executeUpdate() == 0 && !createdCounter(connection, instrumentId) && bump.executeUpdate() != 1) {
                throw new SQLException("No change counter for " + instrumentId + " after another transaction made it");
            }
        }
        if (bulk) {
            // readers below the new rebuild_seq read everything again, so no stamp of the instrument is read any more
            try (PreparedStatement forget = Sql.prepare(connection, "DELETE FROM survey_response_stamp"
                    + " WHERE instrument_id = ?", instrumentId)) {
                forget.executeUpdate();
            }
        }
        try (PreparedStatement read = Sql.prepare(connection, "SELECT seq FROM survey_response_change WHERE instrument_id = ?",
                instrumentId); ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Makes the instrument's change counter at its first change ((1, 1): readers read everything);
     * false when another transaction made it meanwhile (two nodes' first changes at once: the
     * second insert waits for the first's commit and then fails on the key), in which case the
     * caller's transaction goes on as if it had been there: inside a transaction the failed insert
     * is undone to a savepoint, as PostgreSQL refuses every later statement of a transaction with
     * a failed one.
     */
    static boolean createdCounter(Connection connection, String instrumentId) throws SQLException {
        Savepoint before = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (PreparedStatement first = Sql.prepare(connection, "INSERT INTO survey_response_change"
                + " (instrument_id, seq, rebuild_seq) VALUES (?, 1, 1)", instrumentId)) {
            first.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
            if (before != null) {
                connection.rollback(before);
            }
            return false;
        }
        if (before != null) {
            connection.releaseSavepoint(before);
        }
        return true;
    }

    /** Moves the instrument's counter on and stamps response {@code id} with it. */
    private static void stamp(Connection connection, String instrumentId, long id) throws SQLException {
        long seq = changed(connection, instrumentId, false);
        try (PreparedStatement stamp = Sql.prepare(connection, "UPDATE survey_response SET change_seq = ? WHERE id = ?",
                seq, id)) {
            stamp.executeUpdate();
        }
        addStamp(connection, instrumentId, seq, id);
    }

    /** Records that response {@code id} changed at {@code seq} of its instrument ({@link #forEachChangedSince}). */
    private static void addStamp(Connection connection, String instrumentId, long seq, long id) throws SQLException {
        try (PreparedStatement stamp = Sql.prepare(connection, "INSERT INTO survey_response_stamp"
                + " (instrument_id, change_seq, response_id) VALUES (?, ?, ?)", instrumentId, seq, id)) {
            stamp.executeUpdate();
        }
    }

    /** Marks a change in bulk to each of these instruments' responses: readers read them all again. */
    private void rebuild(Collection<String> instrumentIds) {
        try (Connection connection = dataSource.getConnection()) {
            for (String instrumentId : instrumentIds) {
                changed(connection, instrumentId, true);
            }
        } catch (SQLException e) {
            throw Sql.failed("Recording a change of responses", e);
        }
    }

    private static long highestId(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT MAX(id) FROM survey_response")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Runs {@code sql} once per item, sent in batches of {@value #BATCH}. */
    private <T> void inBatches(String sql, Collection<T> items, Batches.Binder<T> binder, String what) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Batches.run(statement, items, BATCH, binder);
        } catch (SQLException e) {
            throw Sql.failed(what, e);
        }
    }

    private <T> T stream(String sql, CursorUse<T> use, Object... parameters) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            return stream(connection, sql, use, parameters);
        } catch (SQLException e) {
            throw new IOException("Reading responses failed: " + e.getMessage(), e);
        }
    }

    private static <T> T stream(Connection connection, String sql, CursorUse<T> use, Object... parameters)
            throws IOException {
        try (PreparedStatement select = Sql.prepare(connection, sql, parameters)) {
            select.setFetchSize(1000);
            Sql.binaryResults(select);  // the answers' bytes as bytes on PostgreSQL (an export's read)
            try (ResultSet rows = select.executeQuery()) {
                return use.use(new Cursor(rows));
            }
        } catch (SQLException e) {
            throw new IOException("Reading responses failed: " + e.getMessage(), e);
        } catch (CursorFailure e) {
            throw new IOException("Reading responses failed: " + e.getCause().getMessage(), e.getCause());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A failure of the database while a stream of responses is read. */
    private static final class CursorFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CursorFailure(SQLException cause) {
            super(cause);
        }
    }

    /** Walks the rows once, one response at a time. */
    private static final class Cursor implements Iterator<SurveyResponse> {

        private final ResultSet rows;
        private boolean hasRow;

        Cursor(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.hasRow = rows.next();
        }

        @Override
        public boolean hasNext() {
            return hasRow;
        }

        @Override
        public SurveyResponse next() {
            if (!hasRow) {
                throw new NoSuchElementException();
            }
            try {
                SurveyResponse response = response(rows, true);
                hasRow = rows.next();
                return response;
            } catch (SQLException e) {
                throw new CursorFailure(e);
            }
        }
    }

    private static void bind(PreparedStatement insert, SurveyResponse response) throws SQLException {
        bind(insert, response, inline(response.getAnswers()), null);
    }

    /**
     * Binds {@code response}, its answers' bytes {@code inline} as {@link #inline} gives them; its
     * moments through {@code calendar} when not null (a calendar of the default time zone, as the
     * driver would make one per moment: Derby does, and an import binds three moments per row).
     */
    private static void bind(PreparedStatement insert, SurveyResponse response, byte[] inline, Calendar calendar)
            throws SQLException {
        insert.setLong(1, response.getSnapshotId());
        insert.setString(2, response.getInstrumentId());
        insert.setInt(3, response.getVersion());
        insert.setString(4, response.getTokenHash());
        insert.setString(5, response.getStatus().name());
        insert.setString(6, response.getChannel().name());
        insert.setString(7, response.getLanguage());
        insert.setString(8, response.getCurrentSection());
        insert.setString(9, response.getEnteredBy());
        setTimestamp(insert, 10, response.getCreatedAt(), calendar);
        setTimestamp(insert, 11, response.getUpdatedAt(), calendar);
        setTimestamp(insert, 12, response.getSubmittedAt(), calendar);
        setTimestamp(insert, 13, response.getOpenedAt(), calendar);
        setTimestamp(insert, 14, response.getClosesAt(), calendar);
        insert.setLong(15, response.getRowVersion());
        insert.setBytes(16, inline);
        insert.setString(17, inline == null ? response.getAnswers() : null);
    }

    private static void setTimestamp(PreparedStatement statement, int index, Instant at, Calendar calendar)
            throws SQLException {
        if (calendar == null || at == null) {
            statement.setTimestamp(index, timestamp(at));
        } else {
            statement.setTimestamp(index, Timestamp.from(at), calendar);
        }
    }

    /** Binds {@code document} to {@code answers} (at {@code index}) and {@code answers_long} (the next one). */
    private static void bindAnswers(PreparedStatement statement, int index, String document) throws SQLException {
        byte[] inline = inline(document);
        statement.setBytes(index, inline);
        statement.setString(index + 1, inline == null ? document : null);
    }

    /** The UTF-8 bytes of {@code document} when they fit in {@code answers}; null for none or when too long. */
    static byte[] inline(String document) {
        if (document == null || document.length() > DatabaseMigrator.INLINE_BYTES_MAX) {
            return null;
        }
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        return bytes.length <= DatabaseMigrator.INLINE_BYTES_MAX ? bytes : null;
    }

    /** The response on the current row, read in the order of {@link #STATE} (then the answers, when asked). */
    private static SurveyResponse response(ResultSet row, boolean withAnswers) throws SQLException {
        return new SurveyResponse(row.getLong(1), row.getLong(2), row.getString(3), row.getInt(4), row.getString(5),
                ResponseStatus.valueOf(row.getString(6)), ResponseChannel.valueOf(row.getString(7)), row.getString(8),
                row.getString(9), row.getString(10), instant(row.getTimestamp(11)), instant(row.getTimestamp(12)),
                instant(row.getTimestamp(13)), instant(row.getTimestamp(14)), instant(row.getTimestamp(15)),
                withAnswers ? answers(row) : "", row.getLong(16));
    }

    private static String answers(ResultSet row) throws SQLException {
        return inlineOrLong(row, 17);
    }

    /** The answers text at column {@code index} ({@code answers}), or in the next ({@code answers_long}) when longer. */
    private static String inlineOrLong(ResultSet row, int index) throws SQLException {
        byte[] inline = row.getBytes(index);
        return inline != null ? new String(inline, StandardCharsets.UTF_8) : row.getString(index + 1);
    }

    private Optional<SurveyResponse> first(String sql, Object... parameters) {
        List<SurveyResponse> found = list(sql, true, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<SurveyResponse> list(String sql, boolean withAnswers, Object... parameters) {
        return Sql.list(dataSource, "Reading responses", sql, row -> response(row, withAnswers), parameters);
    }

    private List<SurveyResponse> byIds(Collection<Long> ids, String columns, boolean withAnswers) {
        List<SurveyResponse> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (List<Long> chunk : chunks(ids)) {
                try (PreparedStatement select = in(connection, "SELECT " + columns + " FROM survey_response WHERE id IN ",
                        chunk); ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(response(rows, withAnswers));
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.failed("Reading responses", e);
        }
        found.sort((a, b) -> Long.compare(a.getId(), b.getId()));
        return found;
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = Sql.prepare(connection, sql, parameters);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw Sql.failed("Counting responses", e);
        }
    }

    private int update(String sql, Object... parameters) {
        return Sql.update(dataSource, "Changing responses", sql, parameters);
    }

    private static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            chunks.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return chunks;
    }

    private static PreparedStatement in(Connection connection, String sql, List<?> values) throws SQLException {
        return Sql.prepare(connection, sql + placeholders(values.size()), values.toArray());
    }

    /** The parameters of an {@code IN} list of {@code count} values: {@code (?,?,…)}. */
    private static String placeholders(int count) {
        return "(" + String.join(",", Collections.nCopies(count, "?")) + ")";
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
