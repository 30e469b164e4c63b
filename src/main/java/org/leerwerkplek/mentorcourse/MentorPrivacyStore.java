package org.leerwerkplek.mentorcourse;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The mentor course's personal data in SQL, in the caller's transaction: a mentor found by its
 * address, erasing one (its row keeps only anonymous facts, so that its progress still counts in
 * the figures), deleting a registration that was never confirmed, and the mentors past their
 * retention period. Plain JDBC, so tests run it on a migrated database with a moment of their
 * choosing.
 */
final class MentorPrivacyStore {

    /** The address an erased mentor's row holds instead of its own (unique, and no address: no {@code @}). */
    static final String ERASED_EMAIL = "erased-";

    /** A mentor as the register holds it. */
    record MentorRow(long id, String email, String name, String language, Long companyId, String companyName,
                     String role, boolean baseTraining, LocalDate baseTrainingOn, String frequency, String focus,
                     String status, LocalDate confirmedOn, String registeredBy, Instant createdAt,
                     Instant unsubscribedAt) {
    }

    /** A certificate of a mentor. */
    record CertificateRow(long id, int cycleYear, LocalDate from, LocalDate to, String name, String code,
                          Instant issuedAt) {
    }

    /** Where a mentor stands with a module. */
    record ProgressRow(String moduleId, LocalDate deliveredOn, Instant openedAt, Instant completedAt,
                       Integer quizCorrect, Integer quizTotal) {
    }

    private static final String MENTOR_COLUMNS = "id, email, name, language, company_id, company_name, mentor_role,"
            + " base_training, base_training_on, frequency, focus, status, confirmed_on, registered_by, created_at,"
            + " unsubscribed_at FROM mentor";

    /**
     * Mentors past their period since they left: they unsubscribed before the cutoff, or came back
     * after confirming once and have not confirmed again since before the cutoff. Not erased yet.
     */
    private static final String LEFT = "SELECT id FROM mentor WHERE erased_at IS NULL AND confirmed_on IS NOT NULL"
            + " AND ((status = 'UNSUBSCRIBED' AND COALESCE(unsubscribed_at, updated_at) < ?)"
            + "   OR (status = 'PENDING' AND updated_at < ?))";

    /** Registrations never confirmed whose last registration is before the cutoff. */
    private static final String UNCONFIRMED = "SELECT id FROM mentor WHERE erased_at IS NULL AND status = 'PENDING'"
            + " AND confirmed_on IS NULL AND updated_at < ?";

    private MentorPrivacyStore() {
    }

    /** The mentor with {@code email} (any case), not erased. */
    static Optional<MentorRow> byEmail(Connection connection, String email) throws SQLException {
        List<MentorRow> rows = mentors(connection, " WHERE email = ? AND erased_at IS NULL",
                email.trim().toLowerCase(Locale.ROOT));
        return rows.stream().findFirst();
    }

    /** The mentors of a company in the register, not erased. */
    static List<MentorRow> ofCompany(Connection connection, long companyId) throws SQLException {
        return mentors(connection, " WHERE company_id = ? AND erased_at IS NULL ORDER BY id", companyId);
    }

    /** The mentors an account registered, not erased. */
    static List<MentorRow> registeredBy(Connection connection, String username) throws SQLException {
        return mentors(connection, " WHERE registered_by = ? AND erased_at IS NULL ORDER BY id", username);
    }

    private static List<MentorRow> mentors(Connection connection, String where, Object parameter) throws SQLException {
        List<MentorRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + MENTOR_COLUMNS + where)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long company = row.getLong(5);
                    Long companyId = row.wasNull() ? null : company;
                    Date trained = row.getDate(9);
                    Date confirmed = row.getDate(13);
                    Timestamp left = row.getTimestamp(16);
                    rows.add(new MentorRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            companyId, row.getString(6), row.getString(7), row.getBoolean(8),
                            trained == null ? null : trained.toLocalDate(), row.getString(10), row.getString(11),
                            row.getString(12), confirmed == null ? null : confirmed.toLocalDate(), row.getString(14),
                            row.getTimestamp(15).toInstant(), left == null ? null : left.toInstant()));
                }
            }
        }
        return rows;
    }

    /** The mentor's certificates, oldest cycle first. */
    static List<CertificateRow> certificates(Connection connection, long mentorId) throws SQLException {
        List<CertificateRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, cycle_year, period_from, period_to,"
                + " mentor_name, code, issued_at FROM mentor_certificate WHERE mentor_id = ? ORDER BY cycle_year")) {
            select.setLong(1, mentorId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new CertificateRow(row.getLong(1), row.getInt(2), row.getDate(3).toLocalDate(),
                            row.getDate(4).toLocalDate(), row.getString(5), row.getString(6),
                            row.getTimestamp(7).toInstant()));
                }
            }
        }
        return rows;
    }

    /** The mentor's progress, by module. */
    static List<ProgressRow> progress(Connection connection, long mentorId) throws SQLException {
        List<ProgressRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT module_id, delivered_on, opened_at,"
                + " completed_at, quiz_correct, quiz_total FROM mentor_progress WHERE mentor_id = ? ORDER BY module_id")) {
            select.setLong(1, mentorId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Date delivered = row.getDate(2);
                    Timestamp opened = row.getTimestamp(3);
                    Timestamp completed = row.getTimestamp(4);
                    int correct = row.getInt(5);
                    Integer quizCorrect = row.wasNull() ? null : correct;
                    int total = row.getInt(6);
                    Integer quizTotal = row.wasNull() ? null : total;
                    rows.add(new ProgressRow(row.getString(1), delivered == null ? null : delivered.toLocalDate(),
                            opened == null ? null : opened.toInstant(), completed == null ? null : completed.toInstant(),
                            quizCorrect, quizTotal));
                }
            }
        }
        return rows;
    }

    /**
     * Erases a mentor: its stored links are deleted and its link key removed (they all stop working), its row loses its name, address,
     * company and training date and leaves the course ({@link #ERASED_EMAIL} and its id stand for
     * the address), and its certificates lose the name and are marked erased (their code stays
     * genuine). What it chose and its progress stay, anonymous, for the figures.
     */
    static void erase(Connection connection, long mentorId, Instant now) throws SQLException {
        Timestamp at = Timestamp.from(now);
        update(connection, "DELETE FROM mentor_link WHERE mentor_id = ?", mentorId);
        try (PreparedStatement update = connection.prepareStatement("UPDATE mentor SET email = ?, name = '', link_key = NULL,"
                + " company_id = NULL, company_name = NULL, base_training_on = NULL, status = 'UNSUBSCRIBED',"
                + " confirm_hash = NULL, confirm_expires_at = NULL, next_due_on = NULL,"
                + " unsubscribed_at = COALESCE(unsubscribed_at, ?), erased_at = ?, updated_at = ?,"
                + " row_version = row_version + 1 WHERE id = ?")) {
            update.setString(1, ERASED_EMAIL + mentorId);
            update.setTimestamp(2, at);
            update.setTimestamp(3, at);
            update.setTimestamp(4, at);
            update.setLong(5, mentorId);
            update.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE mentor_certificate SET mentor_name = '', erased_at = ? WHERE mentor_id = ?")) {
            update.setTimestamp(1, at);
            update.setLong(2, mentorId);
            update.executeUpdate();
        }
    }

    /** Deletes a mentor with everything it has (for a registration that was never confirmed). */
    static void delete(Connection connection, long mentorId) throws SQLException {
        for (String table : new String[] {"mentor_link", "mentor_progress", "mentor_certificate"}) {
            update(connection, "DELETE FROM " + table + " WHERE mentor_id = ?", mentorId);
        }
        update(connection, "DELETE FROM mentor WHERE id = ?", mentorId);
    }

    /** Takes an erased account's user name off the mentors it registered. */
    static int forgetRegistrar(Connection connection, String username) throws SQLException {
        return update(connection, "UPDATE mentor SET registered_by = NULL WHERE registered_by = ?", username);
    }

    /** The mentors past their period since they left, at {@code cutoff}. */
    static List<Long> leftBefore(Connection connection, Instant cutoff) throws SQLException {
        return ids(connection, LEFT + " ORDER BY id", cutoff, 2);
    }

    /** The registrations never confirmed and last made before {@code cutoff}. */
    static List<Long> unconfirmedBefore(Connection connection, Instant cutoff) throws SQLException {
        return ids(connection, UNCONFIRMED + " ORDER BY id", cutoff, 1);
    }

    private static List<Long> ids(Connection connection, String sql, Instant cutoff, int parameters) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 1; i <= parameters; i++) {
                select.setTimestamp(i, Timestamp.from(cutoff));
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    private static int update(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            return statement.executeUpdate();
        }
    }
}
