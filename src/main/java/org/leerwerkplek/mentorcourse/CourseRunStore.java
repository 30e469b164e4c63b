package org.leerwerkplek.mentorcourse;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.mentorcourse.delivery.MailItem;
import org.leerwerkplek.mentorcourse.delivery.MentorPreferences;
import org.leerwerkplek.mentorcourse.delivery.ModuleProgress;
import org.leerwerkplek.platform.persistence.Batches;
import org.leerwerkplek.platform.persistence.RowInserts;
import org.leerwerkplek.platform.persistence.Sql;

/**
 * The course run's rows in plain JDBC: the due mentors of a range of ids and their progress read
 * in one query each, and the progress (the record of what went) and next due days of a group written in
 * JDBC batches (a run goes over up to 100,000 mentors; one EclipseLink insert per row took most of
 * its time). Everything but {@link #due} works on the connection it is given, the caller's
 * transaction's ({@link #transaction()}: the platform's data source lends it inside a transaction).
 * No link row is written: the mails carry links derived from the mentor's key
 * ({@link MentorLinkToken}), stored with the next due day. The SQL is the same on Derby and PostgreSQL.
 */
public final class CourseRunStore {

    private static final int BATCH = 1000;

    private final DataSource dataSource;

    public CourseRunStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The connection of the caller's transaction, lent by the data source (closing it does
     * nothing); refused when there is no transaction, since a group must be all or nothing.
     */
    public Connection transaction() {
        try {
            Connection connection = dataSource.getConnection();
            if (connection.getAutoCommit()) {
                connection.close();
                throw new SQLException("The course run's rows are written only in the caller's transaction, not in auto-commit");
            }
            return connection;
        } catch (SQLException e) {
            throw Sql.failed("Joining the course run's transaction", e);
        }
    }

    /** A mentor as the run reads it: what the planner and the mail need, and the row's version. */
    public record DueMentor(long id, String email, String name, Optional<Long> companyId, MentorPreferences preferences,
                            long version, Optional<String> linkKey) {
    }

    /** The confirmed mentors that may have something due by {@code today}, and their companies, in id order. */
    public List<MentorDeliveries.Due> due(LocalDate today) {
        return Sql.list(dataSource, "Reading due mentors", "SELECT id, company_id FROM mentor WHERE status = 'ACTIVE'"
                + " AND next_due_on <= ? ORDER BY id", row -> new MentorDeliveries.Due(row.getLong(1), company(row, 2)),
                Date.valueOf(today));
    }

    /** The confirmed mentors with ids from {@code firstId} to {@code lastId} that have something due by {@code today}, in id order. */
    public List<DueMentor> dueMentors(Connection connection, long firstId, long lastId, LocalDate today) {
        return list(connection, "Reading due mentors", "SELECT id, email, name, company_id, frequency, focus, language,"
                + " confirmed_on, row_version, link_key FROM mentor WHERE id >= ? AND id <= ? AND status = 'ACTIVE'"
                + " AND next_due_on <= ? AND confirmed_on IS NOT NULL ORDER BY id",
                row -> new DueMentor(row.getLong(1), row.getString(2), row.getString(3),
                        company(row, 4),
                        new MentorPreferences(Frequency.valueOf(row.getString(5)), Focus.valueOf(row.getString(6)),
                                Language.valueOf(row.getString(7)), row.getDate(8).toLocalDate()),
                        row.getLong(9), Optional.ofNullable(row.getString(10))),
                firstId, lastId, Date.valueOf(today));
    }

    /** The progress of the mentors with ids from {@code firstId} to {@code lastId}, by mentor, days in {@code zone}. */
    public Map<Long, List<ModuleProgress>> progress(Connection connection, long firstId, long lastId, ZoneId zone) {
        Map<Long, List<ModuleProgress>> byMentor = new HashMap<>();
        try (PreparedStatement select = Sql.prepare(connection, "SELECT mentor_id, module_id, delivered_on, reminded_on,"
                     + " opened_at, completed_at FROM mentor_progress WHERE mentor_id >= ? AND mentor_id <= ?", firstId, lastId);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                byMentor.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(new ModuleProgress(rows.getString(2),
                        day(rows.getDate(3)), day(rows.getDate(4)), day(rows.getTimestamp(5), zone),
                        day(rows.getTimestamp(6), zone)));
            }
            return byMentor;
        } catch (SQLException e) {
            throw Sql.failed("Reading the progress of mentors", e);
        }
    }

    /**
     * A mentor's next due day, to be stored if the mentor's row is still at {@code version}; empty:
     * nothing more comes. With the mentor's link key ({@link MentorLinkToken}): the one read, or
     * ({@code newKey}) one made for a mentor that had none (confirmed before keys were made at
     * confirmation), stored with the day.
     */
    public record NextDue(long mentorId, long version, Optional<LocalDate> day, String linkKey, boolean newKey) {
    }

    /**
     * Stores the next due days of mentors whose rows are still at the version read (and moves
     * the version on); a mentor changed meanwhile (by another run, another node or the mentor
     * itself) is left as it is. The key is written only where it is new: a mentor's row stays
     * as long as it was.
     *
     * @return per entry, whether this call stored it (and so decides its mail)
     */
    public boolean[] scheduleNext(Connection connection, List<NextDue> next) {
        boolean[] changed = new boolean[next.size()];
        if (next.isEmpty()) {
            return changed;
        }
        List<Integer> withKey = new ArrayList<>();
        List<Integer> newKey = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            (next.get(i).newKey() ? newKey : withKey).add(i);
        }
        scheduleNext(connection, next, withKey, changed, "UPDATE mentor SET next_due_on = ?, row_version = row_version + 1"
                + " WHERE id = ? AND row_version = ? AND status = 'ACTIVE'", false);
        scheduleNext(connection, next, newKey, changed, "UPDATE mentor SET next_due_on = ?, row_version = row_version + 1,"
                + " link_key = ? WHERE id = ? AND row_version = ? AND status = 'ACTIVE'", true);
        return changed;
    }

    private static void scheduleNext(Connection connection, List<NextDue> next, List<Integer> entries, boolean[] changed,
                                     String sql, boolean withKey) {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement update = inTransaction(connection).prepareStatement(sql)) {
            int[] counts = Batches.run(update, entries, BATCH, (statement, entry) -> {
                NextDue due = next.get(entry);
                int column = 1;
                setDate(statement, column++, due.day().map(Date::valueOf).orElse(null));
                if (withKey) {
                    statement.setString(column++, due.linkKey());
                }
                statement.setLong(column++, due.mentorId());
                statement.setLong(column, due.version());
            });
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("The driver did not report which mentors were updated");
                }
                changed[entries.get(i)] = counts[i] > 0;
            }
        } catch (SQLException e) {
            throw Sql.failed("Storing the next due days of mentors", e);
        }
    }

    /** One mail item decided for a mentor. */
    public record Delivered(long mentorId, MailItem item) {
    }

    /**
     * Records the items in the progress: a new row for a module the mentor has none of, and for
     * one it has, the day of the delivery or reminder unless one is recorded already.
     *
     * @param existing per item, whether the mentor has a progress row of its module
     */
    public void recordProgress(Connection connection, List<Delivered> items, List<Boolean> existing, LocalDate day) {
        Date on = Date.valueOf(day);
        List<Delivered> inserts = new ArrayList<>();
        List<Delivered> updates = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            (existing.get(i) ? updates : inserts).add(items.get(i));
        }
        if (!inserts.isEmpty()) {
            try {
                RowInserts.insert(inTransaction(connection), "INSERT INTO mentor_progress (mentor_id, module_id, delivered_on,"
                        + " reminded_on) VALUES", "(?, ?, ?, ?)", 4, "", inserts, RowInserts.rowsPerStatement(connection), BATCH,
                        (statement, first, delivered) -> {
                            boolean delivery = delivered.item().kind() == MailItem.Kind.DELIVERY;
                            statement.setLong(first, delivered.mentorId());
                            statement.setString(first + 1, delivered.item().module().id());
                            setDate(statement, first + 2, delivery ? on : null);
                            setDate(statement, first + 3, delivery ? null : on);
                        });
            } catch (SQLException e) {
                throw Sql.failed("Recording progress", e);
            }
        }
        for (MailItem.Kind kind : MailItem.Kind.values()) {
            String column = kind == MailItem.Kind.DELIVERY ? "delivered_on" : "reminded_on";
            insert(connection, "Recording progress", "UPDATE mentor_progress SET " + column + " = ? WHERE mentor_id = ?"
                    + " AND module_id = ? AND " + column + " IS NULL",
                    updates.stream().filter(delivered -> delivered.item().kind() == kind).toList(), (statement, delivered) -> {
                        statement.setDate(1, on);
                        statement.setLong(2, delivered.mentorId());
                        statement.setString(3, delivered.item().module().id());
                    });
        }
    }

    private static <T> List<T> list(Connection connection, String what, String sql, Sql.Row<T> row, Object... parameters) {
        try {
            return Sql.list(connection, sql, row, parameters);
        } catch (SQLException e) {
            throw Sql.failed(what, e);
        }
    }

    /**
     * The connection, if it is in a transaction: a write in auto-commit would leave a failed
     * group half written.
     */
    private static Connection inTransaction(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new SQLException("The course run's rows are written only in the caller's transaction, not in auto-commit");
        }
        return connection;
    }

    private static <T> void insert(Connection connection, String what, String sql, List<T> rows, Batches.Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = inTransaction(connection).prepareStatement(sql)) {
            Batches.run(statement, rows, BATCH, binder);
        } catch (SQLException e) {
            throw Sql.failed(what, e);
        }
    }

    private static Optional<Long> company(ResultSet row, int column) throws SQLException {
        long id = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(id);
    }

    private static void setDate(PreparedStatement statement, int index, Date date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, date);
        }
    }

    private static Optional<LocalDate> day(Date date) {
        return Optional.ofNullable(date).map(Date::toLocalDate);
    }

    private static Optional<LocalDate> day(Timestamp at, ZoneId zone) {
        return Optional.ofNullable(at).map(t -> LocalDate.ofInstant(t.toInstant(), zone));
    }
}
