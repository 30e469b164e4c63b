package org.leerwerkplek.platform.audit;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code audit_event} and {@code audit_head} tables, in plain JDBC on a connection the caller
 * gives, so that rows are added in the caller's transaction: a change that rolls back leaves no
 * trace in the trail, and a change that commits always has one.
 */
final class AuditStore {

    /** The last link of the chain, and where the kept chain starts (after retention removed older rows). */
    record Head(long seq, String hash, long firstSeq, String firstPrevHash) {
    }

    /** One page of rows, newest first, and how many rows match in all. */
    record Page(List<AuditEvent> events, long total) {
    }

    private static final String COLUMNS = "seq, occurred_at, actor_kind, actor_ref, action, object_kind, object_id, "
            + "changes, prev_hash, hash";
    private static final int BATCH = 500;

    private AuditStore() {
    }

    /**
     * Adds {@code entries} at the end of the chain. The first statement updates the head row, which
     * holds every other appender (thread or instance) until this transaction ends, so that each
     * row links to the one truly before it. Times are kept to the millisecond, as every database
     * stores them.
     */
    static List<AuditEvent> append(Connection connection, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement lock = connection.prepareStatement("UPDATE audit_head SET last_seq = last_seq WHERE id = 1")) {
            lock.executeUpdate();
        }
        Head head = head(connection);
        List<AuditEvent> added = new ArrayList<>(entries.size());
        long seq = head.seq();
        String previous = head.hash();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (AuditEntry entry : entries) {
                seq++;
                Instant at = entry.at().truncatedTo(ChronoUnit.MILLIS);
                String changes = AuditEvent.encode(entry.changes());
                String hash = AuditChain.hash(previous, seq, at, entry.actor().kind().name(), entry.actor().ref(),
                        entry.action().name(), entry.objectKind(), entry.objectId(), changes);
                AuditEvent event = new AuditEvent(seq, at, entry.actor().kind().name(), entry.actor().ref(),
                        entry.action().name(), entry.objectKind(), entry.objectId(), changes, previous, hash);
                bind(insert, event);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
                added.add(event);
                previous = hash;
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, seq);
            update.setString(2, previous);
            update.executeUpdate();
        }
        return added;
    }

    static Head head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_hash, first_seq, first_prev_hash FROM audit_head WHERE id = 1");
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("The audit trail's head row is missing");
            }
            return new Head(row.getLong(1), row.getString(2).trim(), row.getLong(3), row.getString(4).trim());
        }
    }

    /**
     * Removes the rows written before {@code cutoff} (retention), keeping the chain verifiable: the
     * head then records the first kept row and the hash it links to. Rows are removed from the
     * start of the chain only, up to the first row at or after the cut-off. How many were removed.
     */
    static long removeBefore(Connection connection, java.time.Instant cutoff) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("UPDATE audit_head SET last_seq = last_seq WHERE id = 1")) {
            lock.executeUpdate();
        }
        Head head = head(connection);
        long keepFrom;
        try (PreparedStatement first = connection.prepareStatement(
                "SELECT MIN(seq) FROM audit_event WHERE occurred_at >= ?")) {
            first.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet row = first.executeQuery()) {
                row.next();
                long min = row.getLong(1);
                keepFrom = row.wasNull() ? head.seq() + 1 : min;
            }
        }
        if (keepFrom <= head.firstSeq()) {
            return 0;
        }
        String anchor;
        if (keepFrom > head.seq()) {
            anchor = head.hash();
        } else {
            try (PreparedStatement prev = connection.prepareStatement("SELECT prev_hash FROM audit_event WHERE seq = ?")) {
                prev.setLong(1, keepFrom);
                try (ResultSet row = prev.executeQuery()) {
                    row.next();
                    anchor = row.getString(1).trim();
                }
            }
        }
        long removed;
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_event WHERE seq < ?")) {
            delete.setLong(1, keepFrom);
            removed = delete.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_head SET first_seq = ?, first_prev_hash = ? WHERE id = 1")) {
            update.setLong(1, keepFrom);
            update.setString(2, anchor);
            update.executeUpdate();
        }
        return removed;
    }

    /** Whether a retention run of the trail recorded that the kept chain starts at {@code firstSeq}. */
    static boolean retentionStartsAt(Connection connection, long firstSeq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM audit_event "
                + "WHERE action = 'RETENTION' AND object_kind = 'audit' AND object_id = ? AND seq >= ?")) {
            select.setString(1, Long.toString(firstSeq));
            select.setLong(2, firstSeq);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    /** How many rows were written before {@code cutoff}. */
    static long countBefore(Connection connection, java.time.Instant cutoff) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE occurred_at < ?")) {
            count.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The trail's digest key, made (once, by whichever instance comes first) when there is none. */
    static byte[] digestKey(Connection connection) throws SQLException {
        String key = storedKey(connection);
        if (key == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try (PreparedStatement set = connection.prepareStatement(
                    "UPDATE audit_head SET digest_key = ? WHERE id = 1 AND digest_key IS NULL")) {
                set.setString(1, HexFormat.of().formatHex(fresh));
                set.executeUpdate();
            }
            key = storedKey(connection);
        }
        return HexFormat.of().parseHex(key);
    }

    private static String storedKey(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT digest_key FROM audit_head WHERE id = 1");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /** One page of the rows {@code filter} selects, newest first. */
    static Page page(Connection connection, AuditFilter filter, int page, int size) throws SQLException {
        Where where = where(filter);
        long total;
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM audit_event" + where.sql)) {
            where.bind(count);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
        }
        List<AuditEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_event"
                + where.sql + " ORDER BY seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            int next = where.bind(select);
            select.setLong(next, (long) page * size);
            select.setInt(next + 1, size);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(read(rows));
                }
            }
        }
        return new Page(events, total);
    }

    /** Every row {@code filter} selects, oldest first, one at a time. */
    static void forEach(Connection connection, AuditFilter filter, Consumer<AuditEvent> sink) throws SQLException {
        Where where = where(filter);
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_event"
                + where.sql + " ORDER BY seq")) {
            where.bind(select);
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sink.accept(read(rows));
                }
            }
        }
    }

    private static AuditEvent read(ResultSet row) throws SQLException {
        return new AuditEvent(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9).trim(),
                row.getString(10).trim());
    }

    private static void bind(PreparedStatement insert, AuditEvent event) throws SQLException {
        insert.setLong(1, event.seq());
        insert.setTimestamp(2, Timestamp.from(event.occurredAt()));
        insert.setString(3, event.actorKind());
        insert.setString(4, event.actorRef());
        insert.setString(5, event.action());
        insert.setString(6, event.objectKind());
        insert.setString(7, event.objectId());
        insert.setString(8, event.changes());
        insert.setString(9, event.prevHash());
        insert.setString(10, event.hash());
    }

    /** A {@code WHERE} clause and its values. */
    private record Where(String sql, List<Object> values) {

        int bind(PreparedStatement statement) throws SQLException {
            int i = 1;
            for (Object value : values) {
                if (value instanceof Instant instant) {
                    statement.setTimestamp(i++, Timestamp.from(instant));
                } else {
                    statement.setString(i++, value.toString());
                }
            }
            return i;
        }
    }

    private static Where where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        add(conditions, values, "actor_kind = ?", filter.actorKind() == null ? null : filter.actorKind().name());
        add(conditions, values, "actor_ref = ?", filter.actorRef());
        add(conditions, values, "action = ?", filter.action() == null ? null : filter.action().name());
        add(conditions, values, "object_kind = ?", filter.objectKind());
        add(conditions, values, "object_id = ?", filter.objectId());
        add(conditions, values, "occurred_at >= ?", filter.from());
        add(conditions, values, "occurred_at < ?", filter.to());
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
    }

    private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(condition);
            values.add(value);
        }
    }
}
