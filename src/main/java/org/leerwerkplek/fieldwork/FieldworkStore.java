package org.leerwerkplek.fieldwork;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.Batches;
import org.leerwerkplek.platform.persistence.Sql;

/**
 * The fieldwork tables in plain JDBC (invitee lists run to 100,000 rows, written in batches), on
 * the connection of the caller's transaction. The SQL is the same on Derby and PostgreSQL.
 */
public final class FieldworkStore {

    private static final int BATCH = 1000;
    private static final String WAVE_COLUMNS = "id, name, instrument_id, invitation_date, reminder_min_days, reminder_max,"
            + " reminder_last_date, closing_date, link_key, link_base, created_by, created_at, version";
    private static final String INVITEE_COLUMNS = "id, wave_id, company, contact, email, language, size_class, subsector,"
            + " region, response_id, invited_at, reminders, last_contact_at, opted_out_at, submitted_at,"
            + " CASE WHEN link_hash IS NULL THEN 0 ELSE 1 END";

    private final DataSource dataSource;
    private final Clock clock;

    public FieldworkStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public long insertWave(WaveDraft draft, String linkKey, String linkBase, String createdBy) {
        String sql = "INSERT INTO fieldwork_wave (name, instrument_id, invitation_date, reminder_min_days, reminder_max,"
                + " reminder_last_date, closing_date, link_key, link_base, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, draft.name());
            insert.setString(2, draft.instrumentId());
            insert.setDate(3, Date.valueOf(draft.invitationDate()));
            insert.setInt(4, draft.reminderMinDays());
            insert.setInt(5, draft.reminderMax());
            insert.setDate(6, Date.valueOf(draft.reminderLastDate()));
            insert.setDate(7, Date.valueOf(draft.closingDate()));
            insert.setString(8, linkKey);
            insert.setString(9, linkBase);
            insert.setString(10, createdBy);
            insert.setTimestamp(11, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failed("Storing the wave", e);
        }
    }

    /**
     * Stores new dates and a new reminder rule for the wave if it is still at {@code version};
     * whether it was (false: someone changed it meanwhile).
     */
    public boolean updateWave(long id, int version, WaveDraft draft) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = Sql.prepare(connection, "UPDATE fieldwork_wave SET invitation_date = ?,"
                     + " reminder_min_days = ?, reminder_max = ?, reminder_last_date = ?, closing_date = ?,"
                     + " version = version + 1 WHERE id = ? AND version = ?", Date.valueOf(draft.invitationDate()),
                     draft.reminderMinDays(), draft.reminderMax(), Date.valueOf(draft.reminderLastDate()),
                     Date.valueOf(draft.closingDate()), id, version)) {
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failed("Changing the wave", e);
        }
    }

    /** The survey responses started for the wave's invitees. */
    public List<Long> responseIds(long waveId) {
        return Sql.list(dataSource, "Reading invitees", "SELECT response_id FROM fieldwork_invitee"
                + " WHERE wave_id = ? AND response_id IS NOT NULL", row -> row.getLong(1), waveId);
    }

    public Optional<Wave> wave(long id) {
        List<Wave> found = waves("SELECT " + WAVE_COLUMNS + " FROM fieldwork_wave WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** All waves, newest first. */
    public List<Wave> waves() {
        return waves("SELECT " + WAVE_COLUMNS + " FROM fieldwork_wave ORDER BY id DESC");
    }

    private List<Wave> waves(String sql, Object... parameters) {
        return Sql.list(dataSource, "Reading waves", sql, rows -> new Wave(rows.getLong(1), rows.getString(2),
                rows.getString(3), rows.getDate(4).toLocalDate(), rows.getInt(5), rows.getInt(6), rows.getDate(7).toLocalDate(),
                rows.getDate(8).toLocalDate(), rows.getString(9), rows.getString(10), rows.getString(11),
                rows.getTimestamp(12).toInstant(), rows.getInt(13)), parameters);
    }

    /** The addresses of the wave's invitees, in lower case. */
    public Set<String> emails(long waveId) {
        return new HashSet<>(Sql.list(dataSource, "Reading invitees", "SELECT email FROM fieldwork_invitee WHERE wave_id = ?",
                row -> row.getString(1), waveId));
    }

    /** Adds checked and normalised lines to the wave. */
    public void insertInvitees(long waveId, List<InviteeLine> lines) {
        String sql = "INSERT INTO fieldwork_invitee (wave_id, company, contact, email, language, size_class, subsector,"
                + " region, company_id, reminders) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            Batches.run(insert, lines, BATCH, (statement, line) -> {
                statement.setLong(1, waveId);
                statement.setString(2, line.company());
                statement.setString(3, line.contact());
                statement.setString(4, line.email());
                statement.setString(5, line.language());
                statement.setString(6, line.sizeClass());
                statement.setString(7, line.subsector());
                statement.setString(8, line.region());
                if (line.companyId() == null) {
                    statement.setNull(9, Types.BIGINT);
                } else {
                    statement.setLong(9, line.companyId());
                }
            });
        } catch (SQLException e) {
            throw Sql.failed("Storing invitees", e);
        }
    }

    /** Every invitee of the wave not invited yet and not opted out, in one query. */
    public List<Invitee> dueInvitations(long waveId) {
        return invitees("SELECT " + INVITEE_COLUMNS + " FROM fieldwork_invitee WHERE wave_id = ?"
                + " AND invited_at IS NULL AND opted_out_at IS NULL AND anonymised_at IS NULL ORDER BY id", Integer.MAX_VALUE, waveId);
    }

    /**
     * Every invitee of the wave that may be due a reminder, in one query: invited, neither
     * submitted (as far as recorded) nor opted out, fewer than {@code maxReminders} reminders,
     * last mail before {@code lastContactBefore}.
     */
    public List<Invitee> reminderCandidates(long waveId, int maxReminders, Instant lastContactBefore) {
        return invitees("SELECT " + INVITEE_COLUMNS + " FROM fieldwork_invitee WHERE wave_id = ?"
                + " AND invited_at IS NOT NULL AND opted_out_at IS NULL AND submitted_at IS NULL AND reminders < ?"
                + " AND last_contact_at < ? AND anonymised_at IS NULL ORDER BY id", Integer.MAX_VALUE, waveId, maxReminders,
                Timestamp.from(lastContactBefore));
    }

    /** How many invitees {@link #reminderCandidates} would find, in one count query. */
    public long countReminderCandidates(long waveId, int maxReminders, Instant lastContactBefore) {
        return count("SELECT COUNT(*) FROM fieldwork_invitee WHERE wave_id = ?"
                + " AND invited_at IS NOT NULL AND opted_out_at IS NULL AND submitted_at IS NULL AND reminders < ?"
                + " AND last_contact_at < ? AND anonymised_at IS NULL", waveId, maxReminders, Timestamp.from(lastContactBefore));
    }

    /**
     * What the reminder rule looks at of the wave's invitees that were invited, have neither opted
     * out nor (as recorded) submitted, and have had fewer than {@code maxReminders} reminders.
     */
    public List<ReminderRule.InviteeState> openStates(long waveId, int maxReminders) {
        return Sql.list(dataSource, "Reading invitees", "SELECT invited_at, reminders, last_contact_at"
                        + " FROM fieldwork_invitee WHERE wave_id = ? AND invited_at IS NOT NULL AND opted_out_at IS NULL"
                        + " AND submitted_at IS NULL AND reminders < ? AND anonymised_at IS NULL",
                row -> new ReminderRule.InviteeState(instant(row.getTimestamp(1)), row.getInt(2),
                        instant(row.getTimestamp(3)), false, false), waveId, maxReminders);
    }

    /** Invitees of the wave that were invited, have not opted out nor (as recorded) submitted, in one subgroup. */
    public List<Invitee> openInGroup(long waveId, Dimension dimension, String value) {
        return invitees("SELECT " + INVITEE_COLUMNS + " FROM fieldwork_invitee WHERE wave_id = ? AND "
                + dimension.column() + " = ? AND invited_at IS NOT NULL AND opted_out_at IS NULL AND submitted_at IS NULL"
                + " AND anonymised_at IS NULL ORDER BY id", Integer.MAX_VALUE, waveId, value);
    }

    /** Every invitee of the wave, for the monitor. */
    public List<Invitee> all(long waveId) {
        return invitees("SELECT " + INVITEE_COLUMNS + " FROM fieldwork_invitee WHERE wave_id = ? ORDER BY id",
                Integer.MAX_VALUE, waveId);
    }

    /** The invitee, not anonymised, whose answering link hashes to {@code hash} (links issued before issue 17). */
    public Optional<Invitee> byLinkHash(String hash) {
        return invitees("SELECT " + INVITEE_COLUMNS + " FROM fieldwork_invitee WHERE link_hash = ? AND anonymised_at IS NULL",
                1, hash).stream().findFirst();
    }

    /** The invitee with this id, invited and not anonymised (the one a link names). */
    public Optional<Invitee> invited(long id) {
        return invitees("SELECT " + INVITEE_COLUMNS + " FROM fieldwork_invitee WHERE id = ? AND invited_at IS NOT NULL"
                + " AND anonymised_at IS NULL", 1, id).stream().findFirst();
    }

    /** Notes the response started when the invitee first opened its link; whether it was the first. */
    public boolean recordResponse(long inviteeId, long responseId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = Sql.prepare(connection, "UPDATE fieldwork_invitee SET response_id = ?"
                     + " WHERE id = ? AND response_id IS NULL", responseId, inviteeId)) {
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failed("Recording the response of an invitee", e);
        }
    }

    public Optional<Invitee> byOptOutHash(String hash) {
        return invitees("SELECT " + INVITEE_COLUMNS + " FROM fieldwork_invitee WHERE opt_out_hash = ?", 1, hash)
                .stream().findFirst();
    }

    /** How many of the wave's invitees are not invited yet (and have not opted out). */
    public long countNotInvited(long waveId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = Sql.prepare(connection, "SELECT COUNT(*) FROM fieldwork_invitee WHERE wave_id = ?"
                     + " AND invited_at IS NULL AND opted_out_at IS NULL AND anonymised_at IS NULL", waveId);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw Sql.failed("Counting invitees", e);
        }
    }

    /**
     * Records as invited at {@code at}, with one set-based {@code UPDATE}, the invitees of the
     * wave with ids from {@code fromId} to {@code toId} that are not invited yet, nor opted out,
     * nor anonymised; an invitee that another run invited meanwhile is left as it is (the guard in
     * the {@code WHERE}; a second transaction waits for the first's row locks). Nothing else is
     * written per invitee: its links carry its id ({@link InviteeLinks}).
     *
     * @param at the moment of the invitations, in whole microseconds (both databases store it exactly)
     * @return the invitees this call recorded (and so decides their mails), by id; read back by
     *         {@code invited_at = at} in the same transaction
     * @throws IllegalStateException when the rows read back are not the rows updated (another
     *         run recorded invitees of this range at the very same microsecond): the transaction
     *         must roll back, and the next run does the range again
     */
    public List<Invitee> recordInvited(long waveId, long fromId, long toId, Instant at) {
        Timestamp when = Timestamp.from(at);
        String range = " WHERE wave_id = ? AND id >= ? AND id <= ?";
        int updated;
        // "wave_id + 0" and "COALESCE(invited_at, never) = never" (= "invited_at IS NULL"), so that
        // both databases find the range by the primary key: with "wave_id = ? AND invited_at IS NULL"
        // PostgreSQL took the (wave_id, invited_at) index and filtered the id range from every row of
        // the wave not invited yet, so each chunk read the rest of the wave (EXPLAIN; 100,000
        // invitees took 8.2x the reference, 10,000 2.7x).
        Timestamp never = new Timestamp(0);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = Sql.prepare(connection, "UPDATE fieldwork_invitee SET invited_at = ?,"
                     + " last_contact_at = ? WHERE id >= ? AND id <= ? AND wave_id + 0 = ?"
                     + " AND COALESCE(invited_at, CAST(? AS TIMESTAMP)) = CAST(? AS TIMESTAMP)"
                     + " AND opted_out_at IS NULL AND anonymised_at IS NULL", when, when, fromId, toId, waveId,
                     never, never)) {
            updated = update.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("Recording invitations", e);
        }
        if (updated == 0) {
            return List.of();
        }
        List<Invitee> recorded = invitees("SELECT " + INVITEE_COLUMNS + " FROM fieldwork_invitee" + range
                + " AND invited_at = ? ORDER BY id", Integer.MAX_VALUE, waveId, fromId, toId, when);
        if (recorded.size() != updated) {
            throw new IllegalStateException("Recorded " + updated + " invitations of wave " + waveId + " but read back "
                    + recorded.size() + "; another run recorded the same range at the same moment");
        }
        return recorded;
    }

    /** A decided reminder: the invitee and the number of the reminder. */
    public record Reminded(long inviteeId, int number) {
    }

    /**
     * Records reminders; one that another run recorded meanwhile, or for an invitee that opted
     * out, is left as it is.
     *
     * @return per entry, whether this call recorded it (and so decides its mail)
     */
    public boolean[] recordReminded(List<Reminded> reminded, Instant at) {
        return batch("UPDATE fieldwork_invitee SET reminders = ?, last_contact_at = ? WHERE id = ? AND reminders < ?"
                + " AND opted_out_at IS NULL AND anonymised_at IS NULL",
                reminded, (update, r) -> {
                    update.setInt(1, r.number());
                    update.setTimestamp(2, Timestamp.from(at));
                    update.setLong(3, r.inviteeId());
                    update.setInt(4, r.number());
                });
    }

    /** Notes that the surveys part reported these invitees' responses submitted. */
    public void recordSubmitted(List<Long> inviteeIds, Instant at) {
        batch("UPDATE fieldwork_invitee SET submitted_at = ? WHERE id = ? AND submitted_at IS NULL", inviteeIds,
                (update, id) -> {
                    update.setTimestamp(1, Timestamp.from(at));
                    update.setLong(2, id);
                });
    }

    /** Sets the opt-out; false when the invitee had opted out already. */
    public boolean optOut(long inviteeId, Instant at) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = Sql.prepare(connection,
                     "UPDATE fieldwork_invitee SET opted_out_at = ? WHERE id = ? AND opted_out_at IS NULL",
                     Timestamp.from(at), inviteeId)) {
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failed("Recording the opt-out", e);
        }
    }

    /** The invitations of the person with this address (lower case) in every wave, not anonymised, oldest first. */
    public List<Invitee> byEmail(String email) {
        return invitees("SELECT " + INVITEE_COLUMNS + " FROM fieldwork_invitee WHERE email = ? AND anonymised_at IS NULL"
                + " ORDER BY id", Integer.MAX_VALUE, email);
    }

    /** The ids of the waves the account {@code username} created, oldest first. */
    public List<Long> wavesCreatedBy(String username) {
        return Sql.list(dataSource, "Reading waves", "SELECT id FROM fieldwork_wave WHERE created_by = ? ORDER BY id",
                row -> row.getLong(1), username);
    }

    /** The waves the account {@code username} created no longer name it ({@code created_by} becomes empty); how many. */
    public int forgetCreator(String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = Sql.prepare(connection, "UPDATE fieldwork_wave SET created_by = '' WHERE created_by = ?",
                     username)) {
            return update.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("Forgetting the creator of waves", e);
        }
    }

    /** An invitee to anonymise and the response started for it, if any. */
    public record ToAnonymise(long inviteeId, Long responseId) {
    }

    private static final String CLOSED_NOT_ANONYMISED = " FROM fieldwork_invitee i JOIN fieldwork_wave w ON w.id = i.wave_id"
            + " WHERE w.closing_date < ? AND i.anonymised_at IS NULL";

    /** The invitees, not anonymised yet, of the waves whose closing date lies before {@code day}. */
    public List<ToAnonymise> toAnonymise(LocalDate closedBefore) {
        return Sql.list(dataSource, "Reading invitees", "SELECT i.id, i.response_id" + CLOSED_NOT_ANONYMISED + " ORDER BY i.id",
                row -> new ToAnonymise(row.getLong(1), row.getObject(2) == null ? null : row.getLong(2)),
                Date.valueOf(closedBefore));
    }

    /** How many {@link #toAnonymise(LocalDate)} finds. */
    public long countToAnonymise(LocalDate closedBefore) {
        return count("SELECT COUNT(*)" + CLOSED_NOT_ANONYMISED, Date.valueOf(closedBefore));
    }

    /**
     * Anonymises these invitees: contact, company name and address go (the address becomes
     * {@code erased-<id>}, so the wave's list of addresses stays unique), and with the hashes of
     * their links the answering and opt-out links stop working. What the wave's statistics read
     * stays: the groups, the dates, the response. An invitee anonymised before is left as it is.
     *
     * @return how many were anonymised now
     */
    public int anonymise(List<Long> inviteeIds, Instant at) {
        boolean[] changed = batch("UPDATE fieldwork_invitee SET contact = '', company = '', email = ?, link_hash = NULL,"
                + " opt_out_hash = NULL, anonymised_at = ? WHERE id = ? AND anonymised_at IS NULL", inviteeIds,
                (update, id) -> {
                    update.setString(1, "erased-" + id);
                    update.setTimestamp(2, Timestamp.from(at));
                    update.setLong(3, id);
                });
        int count = 0;
        for (boolean one : changed) {
            count += one ? 1 : 0;
        }
        return count;
    }

    private static final String KEY_KEPT = " FROM fieldwork_wave WHERE closing_date < ? AND link_key <> ''";

    /** How many waves whose closing date lies before {@code day} still hold their link key. */
    public long countKeysToRemove(LocalDate closedBefore) {
        return count("SELECT COUNT(*)" + KEY_KEPT, Date.valueOf(closedBefore));
    }

    /**
     * Removes the link key of the waves whose closing date lies before {@code day}: no link of
     * theirs can be derived any more (a closed wave sends nothing, so nothing needs it).
     *
     * @return how many waves lost their key
     */
    public int removeKeys(LocalDate closedBefore) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = Sql.prepare(connection, "UPDATE fieldwork_wave SET link_key = ''"
                     + " WHERE closing_date < ? AND link_key <> ''", Date.valueOf(closedBefore))) {
            return update.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failed("Removing link keys", e);
        }
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = Sql.prepare(connection, sql, parameters);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw Sql.failed("Counting", e);
        }
    }

    /** Runs the statement once per item in JDBC batches; per item, whether it changed a row. */
    private <T> boolean[] batch(String sql, List<T> items, Batches.Binder<T> binder) {
        boolean[] changed = new boolean[items.size()];
        if (items.isEmpty()) {
            return changed;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int[] counts = Batches.run(statement, items, BATCH, binder);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("The driver did not report which invitees were updated");
                }
                changed[i] = counts[i] > 0;
            }
            return changed;
        } catch (SQLException e) {
            throw Sql.failed("Recording invitees", e);
        }
    }

    private List<Invitee> invitees(String sql, int limit, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = Sql.prepare(connection, sql, parameters)) {
            select.setMaxRows(limit == Integer.MAX_VALUE ? 0 : limit);
            try (ResultSet rows = select.executeQuery()) {
                List<Invitee> invitees = new ArrayList<>();
                while (rows.next()) {
                    long responseId = rows.getLong(10);
                    Long response = rows.wasNull() ? null : responseId;
                    invitees.add(new Invitee(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getString(9), response, instant(rows.getTimestamp(11)), rows.getInt(12),
                            instant(rows.getTimestamp(13)), instant(rows.getTimestamp(14)),
                            instant(rows.getTimestamp(15)), rows.getInt(16) == 1));
                }
                return invitees;
            }
        } catch (SQLException e) {
            throw Sql.failed("Reading invitees", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
