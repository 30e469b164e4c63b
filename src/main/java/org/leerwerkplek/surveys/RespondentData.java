package org.leerwerkplek.surveys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * What responses hold about the people who gave them, in plain JDBC on the connection of the
 * caller's transaction: their answers as a person reads them (an access request), forgetting them
 * (an erasure or the end of a retention period: free texts and the link's token hash go, closed
 * answers stay for the statistics), and open responses left past their period.
 */
public final class RespondentData {

    /** A response as handed to the person who gave it. */
    public record Held(long id, String instrumentId, int version, ResponseStatus status, ResponseChannel channel,
                       String language, Instant createdAt, Instant updatedAt, Instant submittedAt,
                       Map<String, String> answers) {
    }

    private static final int CHUNK = 500;
    private static final String OPEN_PAST = " FROM survey_response WHERE status = 'PARTIAL' AND channel IN ('LINK', 'PUBLIC_LINK')"
            + " AND ((closes_at IS NOT NULL AND closes_at < ?) OR (closes_at IS NULL AND updated_at < ?))";

    private final DataSource dataSource;
    private final LongFunction<Optional<Instrument>> bySnapshot;

    /** @param bySnapshot the definition a response was given under, by its snapshot id */
    public RespondentData(DataSource dataSource, LongFunction<Optional<Instrument>> bySnapshot) {
        this.dataSource = dataSource;
        this.bySnapshot = bySnapshot;
    }

    /**
     * Forgets the people behind these responses: the free texts of their answers
     * ({@link AnswerDocument#withoutFreeTexts}) and the hash of their link go, so the link opens
     * nothing any more; the closed answers, status and dates stay. The row's version moves on, so
     * an answer being saved at the same moment cannot bring a text back.
     *
     * @return the ids of the responses that held a text or a link (the others had nothing to forget)
     */
    public List<Long> forget(Collection<Long> responseIds) {
        List<Long> changed = new ArrayList<>();
        Map<Long, Optional<Instrument>> instruments = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE survey_response SET answers = ?,"
                     + " token_hash = NULL, row_version = row_version + 1 WHERE id = ?")) {
            for (List<Long> chunk : chunks(responseIds)) {
                try (PreparedStatement select = in(connection,
                        "SELECT id, definition_id, answers, token_hash FROM survey_response WHERE id IN ", chunk);
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong(1);
                        Optional<Instrument> instrument = instruments.computeIfAbsent(rows.getLong(2), bySnapshot::apply);
                        String answers = rows.getString(3) == null ? "" : rows.getString(3);
                        String kept = AnswerDocument.withoutFreeTexts(answers,
                                code -> instrument.flatMap(i -> i.question(code)).map(Question::type));
                        if (!kept.equals(answers) || rows.getString(4) != null) {
                            update.setString(1, kept);
                            update.setLong(2, id);
                            update.addBatch();
                            changed.add(id);
                        }
                    }
                }
                update.executeBatch();
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("Forgetting respondents failed: " + e.getMessage(), e);
        }
    }

    /** The ids of the responses the account {@code username} entered (from paper), oldest first. */
    public List<Long> enteredBy(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM survey_response WHERE entered_by = ? ORDER BY id")) {
            select.setString(1, username);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading entered responses failed: " + e.getMessage(), e);
        }
    }

    /** The responses the account {@code username} entered no longer name it; how many. */
    public int forgetEnteredBy(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE survey_response SET entered_by = NULL WHERE entered_by = ?")) {
            update.setString(1, username);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Forgetting who entered responses failed: " + e.getMessage(), e);
        }
    }

    /** These responses as the person who gave them reads them, by id; ids that do not exist are left out. */
    public Map<Long, Held> held(Collection<Long> responseIds) {
        Map<Long, Held> held = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (List<Long> chunk : chunks(responseIds)) {
                try (PreparedStatement select = in(connection, "SELECT id, definition_id, instrument_id, version, status,"
                        + " channel, language, created_at, updated_at, submitted_at, answers FROM survey_response WHERE id IN ",
                        chunk); ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Optional<Instrument> instrument = bySnapshot.apply(rows.getLong(2));
                        Language language = Language.fromCode(rows.getString(7)).orElse(Language.NL);
                        String document = rows.getString(11);
                        Map<String, String> answers = instrument.map(i -> ReadableAnswers.of(i, AnswerDocument.decode(
                                document, code -> i.question(code).map(Question::type)), language))
                                .orElseGet(Map::of);
                        held.put(rows.getLong(1), new Held(rows.getLong(1), rows.getString(3), rows.getInt(4),
                                ResponseStatus.valueOf(rows.getString(5)), ResponseChannel.valueOf(rows.getString(6)),
                                language.code(), instant(rows.getTimestamp(8)), instant(rows.getTimestamp(9)),
                                instant(rows.getTimestamp(10)), answers));
                    }
                }
            }
            return held;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading responses failed: " + e.getMessage(), e);
        }
    }

    /**
     * How many responses answered through a link (personal or public) were never submitted and
     * stopped taking answers before {@code cutoff}: their closing time passed, or, without one,
     * nobody touched them since.
     */
    public long countOpenPast(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + OPEN_PAST)) {
            bindCutoff(count, cutoff);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting open responses failed: " + e.getMessage(), e);
        }
    }

    /** Removes the responses {@link #countOpenPast(Instant)} counts; how many. */
    public long deleteOpenPast(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE" + OPEN_PAST)) {
            bindCutoff(delete, cutoff);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Removing open responses failed: " + e.getMessage(), e);
        }
    }

    private static void bindCutoff(PreparedStatement statement, Instant cutoff) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(cutoff));
        statement.setTimestamp(2, Timestamp.from(cutoff));
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static PreparedStatement in(Connection connection, String sql, List<Long> ids) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(
                sql + "(" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")");
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 1, ids.get(i));
        }
        return statement;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
