package org.leerwerkplek.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code background_job} table in plain JDBC. Each call commits on its own (the runner works
 * outside transactions), and every change of state is a conditional {@code UPDATE} on
 * {@code state = 'RUNNING'}, so a job that was marked stopped cannot be finished again by a late
 * instance, nor the other way round. Every write goes through {@link Outside}: in the container it
 * runs outside the caller's transaction, so that the progress an import writes from inside its own
 * (long) transaction is seen by every instance at once, and does not hold the job's row locked
 * against the heartbeat and the stale-job rule of the other instances until the import commits.
 */
public final class JobStore {

    /** Runs a write outside whatever transaction the calling thread is in (its own autocommit). */
    @FunctionalInterface
    public interface Outside {
        void run(Runnable write);
    }

    static final int MAX_OWNER = 100;
    static final int MAX_SUBJECT = 200;
    private static final String COLUMNS = "id, kind, owner, subject, state, done, total, instance, started_at, "
            + "heartbeat_at, finished_at, outcome, CASE WHEN result IS NULL THEN 0 ELSE 1 END";

    private final DataSource dataSource;
    private final Outside outside;

    /** A store for callers that are never inside a transaction (tests over a plain data source). */
    public JobStore(DataSource dataSource) {
        this(dataSource, Runnable::run);
    }

    public JobStore(DataSource dataSource, Outside outside) {
        this.dataSource = dataSource;
        this.outside = outside;
    }

    void insert(JobRecord job) {
        update("INSERT INTO background_job (id, kind, owner, subject, state, done, total, instance, started_at, "
                        + "heartbeat_at) VALUES (?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?)",
                job.id(), job.kind(), cut(job.owner(), MAX_OWNER), cut(job.subject(), MAX_SUBJECT), job.done(),
                job.total(), job.instance(), Timestamp.from(job.startedAt()), Timestamp.from(job.startedAt()));
    }

    /** Records progress (and that the instance is alive); false when the job is no longer running. */
    boolean progress(String id, long done, Instant now) {
        return update("UPDATE background_job SET done = ?, heartbeat_at = ? WHERE id = ? AND state = 'RUNNING'",
                done, Timestamp.from(now), id) == 1;
    }

    /** Every running job of {@code instance} is alive at {@code now}; how many there are. */
    int heartbeat(String instance, Instant now) {
        return update("UPDATE background_job SET heartbeat_at = ? WHERE instance = ? AND state = 'RUNNING'",
                Timestamp.from(now), instance);
    }

    /** Ends a running job; false when it had already ended (e.g. marked stopped). */
    boolean finish(String id, JobState state, String outcome, byte[] result, Instant now) {
        boolean[] finished = new boolean[1];
        outside.run(() -> finished[0] = finishHere(id, state, outcome, result, now));
        return finished[0];
    }

    private boolean finishHere(String id, JobState state, String outcome, byte[] result, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE background_job SET state = ?, "
                     + "finished_at = ?, outcome = ?, result = ?, done = total WHERE id = ? AND state = 'RUNNING'")) {
            update.setString(1, state.name());
            update.setTimestamp(2, Timestamp.from(now));
            update.setString(3, outcome);
            if (result == null) {
                update.setNull(4, blobType(connection));
            } else {
                update.setBytes(4, result);
            }
            update.setString(5, id);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the end of job " + id, e);
        }
    }

    /** Marks running jobs whose instance has not been heard of since {@code silentSince} as failed; how many. */
    int markStopped(Instant silentSince, Instant now) {
        return update("UPDATE background_job SET state = 'FAILED', finished_at = ?, outcome = ? "
                        + "WHERE state = 'RUNNING' AND heartbeat_at < ?",
                Timestamp.from(now), JobRunner.INSTANCE_STOPPED, Timestamp.from(silentSince));
    }

    /** Removes jobs that ended before {@code limit}; how many. */
    int deleteEndedBefore(Instant limit) {
        return update("DELETE FROM background_job WHERE state <> 'RUNNING' AND finished_at < ?", Timestamp.from(limit));
    }

    Optional<JobRecord> find(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM background_job WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(record(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read job " + id, e);
        }
    }

    Optional<byte[]> result(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT result FROM background_job WHERE id = ? AND state = 'SUCCEEDED'")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the result of job " + id, e);
        }
    }

    /** How many jobs there are per state, in one query; a state without jobs counts 0. */
    public Map<JobState, Long> countByState() {
        Map<JobState, Long> counts = new EnumMap<>(JobState.class);
        for (JobState state : JobState.values()) {
            counts.put(state, 0L);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT state, COUNT(*) FROM background_job GROUP BY state");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(JobState.valueOf(rows.getString(1)), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the background jobs", e);
        }
        return counts;
    }

    private static JobRecord record(ResultSet row) throws SQLException {
        Timestamp finished = row.getTimestamp(11);
        return new JobRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                JobState.valueOf(row.getString(5)), row.getLong(6), row.getLong(7), row.getString(8),
                row.getTimestamp(9).toInstant(), row.getTimestamp(10).toInstant(),
                Optional.ofNullable(finished).map(Timestamp::toInstant), Optional.ofNullable(row.getString(12)),
                row.getInt(13) == 1);
    }

    private int update(String sql, Object... values) {
        int[] count = new int[1];
        outside.run(() -> count[0] = updateHere(sql, values));
        return count[0];
    }

    private int updateHere(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Background jobs: cannot run " + sql.substring(0, sql.indexOf(' ', 8)), e);
        }
    }

    private static int blobType(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                ? Types.BINARY : Types.BLOB;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
