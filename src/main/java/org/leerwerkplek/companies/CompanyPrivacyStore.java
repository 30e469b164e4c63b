package org.leerwerkplek.companies;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The register's personal data in SQL, in the caller's transaction: contacts found by their
 * address, the people named on visits, the places where staff are referenced by user name, a
 * company's removal, and the companies whose people are past their retention period. Plain JDBC,
 * so tests run it on a migrated database with a moment of their choosing.
 */
final class CompanyPrivacyStore {

    /**
     * What stands where an erased account's user name stood (a visit's advisor, who saved it, who
     * decided an action). Not a possible user name (those start with a letter or digit), so no
     * account ever reaches a company through it.
     */
    static final String ERASED_STAFF = "(erased)";

    /** A contact person of a company, at its position in the company's list (0 first). */
    record ContactRow(long companyId, String company, int position, String name, String role, String email,
                      String phone, String language) {
    }

    /** A visit with the person interviewed, the advisor and its fiche's response. */
    record VisitRow(long id, long companyId, String company, LocalDate date, String interviewee, String advisor,
                    String updatedBy, long responseId) {
    }

    /** A company by id, name and enterprise number. */
    record CompanyRef(long id, String name, String number) {
    }

    /** A decided support action with its owner and who decided it. */
    record ActionRow(long id, long companyId, String company, String form, String owner, String decidedBy,
                     LocalDate due, String status) {
    }

    private static final String CONTACT_COLUMNS = "k.company_id, c.name, k.sort_order, k.name, k.contact_role, k.email,"
            + " k.phone, k.language FROM company_contact k JOIN company c ON c.id = k.company_id";
    private static final String VISIT_COLUMNS = "v.id, v.company_id, c.name, v.visit_date, v.interviewee, v.advisor,"
            + " v.updated_by, v.response_id FROM company_visit v JOIN company c ON c.id = v.company_id";

    /**
     * A company whose people are past their period at the cutoff: it has contacts or names on its
     * visits, and since the cutoff it did not change, had no visit saved, no visit planned on or
     * after the cutoff day, no action decided, and it has no open action.
     */
    private static final String DORMANT = "SELECT c.id FROM company c WHERE c.updated_at < ?"
            + " AND (EXISTS (SELECT 1 FROM company_contact k WHERE k.company_id = c.id)"
            + "   OR EXISTS (SELECT 1 FROM company_visit v WHERE v.company_id = c.id AND v.interviewee IS NOT NULL))"
            + " AND NOT EXISTS (SELECT 1 FROM company_visit v WHERE v.company_id = c.id"
            + "   AND (v.updated_at >= ? OR v.visit_date >= ?))"
            + " AND NOT EXISTS (SELECT 1 FROM support_action a WHERE a.company_id = c.id"
            + "   AND (a.decided_at >= ? OR a.status = 'OPEN'))";

    private CompanyPrivacyStore() {
    }

    /** The contacts with {@code email} (any case), in every company. */
    static List<ContactRow> contactsWithEmail(Connection connection, String email) throws SQLException {
        return contacts(connection, " WHERE LOWER(k.email) = ? ORDER BY k.company_id, k.sort_order",
                email.trim().toLowerCase(Locale.ROOT));
    }

    /** The contacts of a company, in order. */
    static List<ContactRow> contactsOf(Connection connection, long companyId) throws SQLException {
        return contacts(connection, " WHERE k.company_id = ? ORDER BY k.sort_order", companyId);
    }

    private static List<ContactRow> contacts(Connection connection, String where, Object parameter) throws SQLException {
        List<ContactRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + CONTACT_COLUMNS + where)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new ContactRow(row.getLong(1), row.getString(2), row.getInt(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8)));
                }
            }
        }
        return rows;
    }

    /** The visits of a company, oldest first. */
    static List<VisitRow> visitsOf(Connection connection, long companyId) throws SQLException {
        return visits(connection, " WHERE v.company_id = ? ORDER BY v.id", companyId);
    }

    /** The visits an advisor made or last saved. */
    static List<VisitRow> visitsBy(Connection connection, String username) throws SQLException {
        List<VisitRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + VISIT_COLUMNS
                + " WHERE v.advisor = ? OR v.updated_by = ? ORDER BY v.id")) {
            select.setString(1, username);
            select.setString(2, username);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(visit(row));
                }
            }
        }
        return rows;
    }

    private static List<VisitRow> visits(Connection connection, String where, long parameter) throws SQLException {
        List<VisitRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + VISIT_COLUMNS + where)) {
            select.setLong(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(visit(row));
                }
            }
        }
        return rows;
    }

    private static VisitRow visit(ResultSet row) throws SQLException {
        return new VisitRow(row.getLong(1), row.getLong(2), row.getString(3), row.getDate(4).toLocalDate(),
                row.getString(5), row.getString(6), row.getString(7), row.getLong(8));
    }

    /** The companies assigned to an advisor. */
    static List<CompanyRef> assignedTo(Connection connection, String username) throws SQLException {
        List<CompanyRef> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, enterprise_number FROM company WHERE advisor = ? ORDER BY id")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new CompanyRef(row.getLong(1), row.getString(2), row.getString(3)));
                }
            }
        }
        return rows;
    }

    /** The support actions an account owns or decided. */
    static List<ActionRow> actionsOf(Connection connection, String username) throws SQLException {
        List<ActionRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT a.id, a.company_id, c.name, a.support_form,"
                + " a.owner, a.decided_by, a.due_date, a.status FROM support_action a JOIN company c ON c.id = a.company_id"
                + " WHERE a.owner = ? OR a.decided_by = ? ORDER BY a.id")) {
            select.setString(1, username);
            select.setString(2, username);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Date due = row.getDate(7);
                    rows.add(new ActionRow(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), due == null ? null : due.toLocalDate(), row.getString(8)));
                }
            }
        }
        return rows;
    }

    /**
     * Removes the company's contacts with {@code email} (any case); the others keep their order.
     * The company's version goes up, so a form opened before is refused instead of bringing them back.
     *
     * @return the positions (0 first) the removed contacts had
     */
    static List<Integer> removeContactsWithEmail(Connection connection, long companyId, String email) throws SQLException {
        String wanted = email.trim().toLowerCase(Locale.ROOT);
        List<ContactRow> all = contactsOf(connection, companyId);
        List<Integer> removed = new ArrayList<>();
        List<ContactRow> kept = new ArrayList<>();
        for (ContactRow contact : all) {
            if (contact.email() != null && contact.email().trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                removed.add(contact.position());
            } else {
                kept.add(contact);
            }
        }
        if (!removed.isEmpty()) {
            update(connection, "DELETE FROM company_contact WHERE company_id = ?", companyId);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO company_contact (company_id,"
                    + " sort_order, name, contact_role, email, phone, language) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < kept.size(); i++) {
                    ContactRow contact = kept.get(i);
                    insert.setLong(1, companyId);
                    insert.setInt(2, i);
                    insert.setString(3, contact.name());
                    insert.setString(4, contact.role());
                    insert.setString(5, contact.email());
                    insert.setString(6, contact.phone());
                    insert.setString(7, contact.language());
                    insert.addBatch();
                }
                if (!kept.isEmpty()) {
                    insert.executeBatch();
                }
            }
            newVersion(connection, companyId);
        }
        return removed;
    }

    /** Removes every contact of the company; how many there were. */
    static int removeContacts(Connection connection, long companyId) throws SQLException {
        int removed = update(connection, "DELETE FROM company_contact WHERE company_id = ?", companyId);
        if (removed > 0) {
            newVersion(connection, companyId);
        }
        return removed;
    }

    /** Clears the name of the person interviewed at a visit. */
    static void clearInterviewee(Connection connection, long visitId) throws SQLException {
        update(connection, "UPDATE company_visit SET interviewee = NULL, row_version = row_version + 1 WHERE id = ?", visitId);
    }

    /**
     * Takes an erased account's user name out of the register: its companies keep their data but
     * have no advisor until an admin assigns one, its actions no owner, and where it visited, saved
     * or decided, {@link #ERASED_STAFF} stands instead.
     */
    static void replaceStaff(Connection connection, String username) throws SQLException {
        update(connection, "UPDATE company SET advisor = NULL, row_version = row_version + 1 WHERE advisor = ?", username);
        update(connection, "DELETE FROM company_reach WHERE advisor = ?", username);
        update(connection, "UPDATE company_visit SET advisor = '" + ERASED_STAFF + "', row_version = row_version + 1"
                + " WHERE advisor = ?", username);
        update(connection, "UPDATE company_visit SET updated_by = '" + ERASED_STAFF + "' WHERE updated_by = ?", username);
        update(connection, "UPDATE support_action SET owner = NULL, row_version = row_version + 1 WHERE owner = ?",
                username);
        update(connection, "UPDATE support_action SET decided_by = '" + ERASED_STAFF + "' WHERE decided_by = ?", username);
    }

    /** Removes a company from the register with everything that hangs on it: plan, visits, reach, contacts. */
    static void deleteCompany(Connection connection, long companyId) throws SQLException {
        for (String table : new String[] {"support_action", "company_visit", "company_reach", "company_contact",
                "company_subsector", "company_system", "company_name_part"}) {
            update(connection, "DELETE FROM " + table + " WHERE company_id = ?", companyId);
        }
        update(connection, "DELETE FROM company WHERE id = ?", companyId);
    }

    /** The companies whose people are past their period at {@code cutoff} (see {@link #DORMANT}). */
    static List<Long> dormant(Connection connection, Instant cutoff) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(DORMANT + " ORDER BY c.id")) {
            bindCutoff(select, cutoff);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    /** How many contacts and interviewees' names the companies past their period at {@code cutoff} hold. */
    static long countDormantPeople(Connection connection, Instant cutoff) throws SQLException {
        long people = 0;
        for (String count : new String[] {"SELECT COUNT(*) FROM company_contact WHERE company_id IN (" + DORMANT + ")",
                "SELECT COUNT(*) FROM company_visit WHERE interviewee IS NOT NULL AND company_id IN (" + DORMANT + ")"}) {
            try (PreparedStatement select = connection.prepareStatement(count)) {
                bindCutoff(select, cutoff);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    people += row.getLong(1);
                }
            }
        }
        return people;
    }

    private static void bindCutoff(PreparedStatement statement, Instant cutoff) throws SQLException {
        Timestamp at = Timestamp.from(cutoff);
        statement.setTimestamp(1, at);
        statement.setTimestamp(2, at);
        statement.setDate(3, Date.valueOf(cutoff.atZone(ZoneOffset.UTC).toLocalDate()));
        statement.setTimestamp(4, at);
    }

    private static void newVersion(Connection connection, long companyId) throws SQLException {
        update(connection, "UPDATE company SET row_version = row_version + 1 WHERE id = ?", companyId);
    }

    private static int update(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            return statement.executeUpdate();
        }
    }
}
