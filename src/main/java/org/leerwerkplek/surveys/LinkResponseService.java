package org.leerwerkplek.surveys;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * Personal-link responses in bulk, for the fieldwork part: started by the thousand with tokens
 * that the caller derived (only their hashes are stored), and their progress read back by id.
 * Starting is idempotent per token: a token whose response exists gives that response again.
 */
@ApplicationScoped
public class LinkResponseService {

    /** A response to start: the token of its link and the language of the respondent. */
    public record LinkStart(String token, String language) {
    }

    /** How far a respondent got. */
    public enum Stage { NOT_OPENED, OPENED, PARTIAL, SUBMITTED }

    /** The progress of one response, with the moments it reached each stage (null where not reached). */
    public record Progress(long responseId, Stage stage, Instant openedAt, Instant savedAt, Instant submittedAt) {
    }

    private static final int CHUNK = 500;
    /**
     * Derby's hint to look tokens up through their unique index (a comment to PostgreSQL). Without
     * it Derby keeps the plan it made for the long {@code IN} list while the table was small, a
     * full scan per lookup, which made starting 100,000 responses quadratic.
     */
    private static final String TOKEN_INDEX = " --DERBY-PROPERTIES constraint=UQ_SURVEY_RESPONSE_TOKEN\n";
    private static final String INSERT = "INSERT INTO survey_response (definition_id, instrument_id, version, token_hash,"
            + " status, channel, language, current_section, created_at, updated_at, closes_at, answers, row_version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SurveyCatalog catalog;

    private final Clock clock = Clock.systemUTC();

    /**
     * Starts one LINK response per entry on the instrument version in service, in the caller's
     * transaction, open for answers until {@code closesAt}.
     *
     * @return the response ids, in the order of {@code starts}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> start(String instrumentId, List<LinkStart> starts, Instant closesAt) {
        SurveyCatalog.ActiveInstrument active = catalog.instrument(instrumentId)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", instrumentId));
        Instrument instrument = active.instrument();
        List<String> hashes = new ArrayList<>(starts.size());
        for (LinkStart start : starts) {
            if (!SecretToken.isWellFormed(start.token())) {
                throw new IllegalArgumentException("Not a link token");
            }
            hashes.add(SecretToken.hash(start.token()));
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> existing = idsByHash(connection, hashes);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (int i = 0; i < starts.size(); i++) {
                    if (existing.containsKey(hashes.get(i))) {
                        continue;
                    }
                    Language language = Language.fromCode(starts.get(i).language())
                            .filter(instrument.languages()::contains).orElse(Language.NL);
                    insert.setLong(1, active.snapshotId());
                    insert.setString(2, instrument.id());
                    insert.setInt(3, instrument.version());
                    insert.setString(4, hashes.get(i));
                    insert.setString(5, ResponseStatus.PARTIAL.name());
                    insert.setString(6, ResponseChannel.LINK.name());
                    insert.setString(7, language.code());
                    insert.setString(8, instrument.sections().get(0).id());
                    insert.setTimestamp(9, now);
                    insert.setTimestamp(10, now);
                    insert.setTimestamp(11, Timestamp.from(closesAt));
                    insert.setString(12, "");
                    insert.addBatch();
                    if (++pending == CHUNK) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            Map<String, Long> ids = idsByHash(connection, hashes);
            return hashes.stream().map(ids::get).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Starting link responses failed: " + e.getMessage(), e);
        }
    }

    /**
     * Moves the moment from which these link responses take no more answers (a fieldwork wave's
     * new closing date), in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAt(Collection<Long> responseIds, Instant closesAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE survey_response SET closes_at = ? WHERE id = ? AND channel = ?")) {
            int pending = 0;
            for (long id : responseIds) {
                update.setTimestamp(1, Timestamp.from(closesAt));
                update.setLong(2, id);
                update.setString(3, ResponseChannel.LINK.name());
                update.addBatch();
                if (++pending == CHUNK) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Moving the closing of link responses failed: " + e.getMessage(), e);
        }
    }

    /** The progress of the responses with these ids; ids that do not exist are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Progress> progress(Collection<Long> responseIds) {
        if (responseIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = new ArrayList<>(responseIds);
        Map<Long, Progress> result = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                String sql = "SELECT id, status, created_at, updated_at, opened_at, submitted_at FROM survey_response"
                        + " WHERE id IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            Progress progress = progress(rows);
                            result.put(progress.responseId(), progress);
                        }
                    }
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading response progress failed: " + e.getMessage(), e);
        }
    }

    private static Progress progress(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        Instant created = row.getTimestamp(3).toInstant();
        Instant updated = row.getTimestamp(4).toInstant();
        Instant opened = instant(row.getTimestamp(5));
        Instant submitted = instant(row.getTimestamp(6));
        Instant saved = updated.isAfter(created) ? updated : null;
        Stage stage = ResponseStatus.SUBMITTED.name().equals(row.getString(2)) ? Stage.SUBMITTED
                : saved != null ? Stage.PARTIAL : opened != null ? Stage.OPENED : Stage.NOT_OPENED;
        return new Progress(id, stage, opened, saved, submitted);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Map<String, Long> idsByHash(Connection connection, List<String> hashes) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < hashes.size(); from += CHUNK) {
            List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + CHUNK));
            String sql = "SELECT token_hash, id FROM survey_response" + TOKEN_INDEX + "WHERE token_hash IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
        }
        return ids;
    }
}
