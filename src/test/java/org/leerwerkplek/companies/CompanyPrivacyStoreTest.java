package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.privacy.RetentionClock;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * The register's personal data in SQL, on a migrated database with moments the test sets: which
 * companies' people are past their period, and removing one contact by its address.
 */
class CompanyPrivacyStoreTest {

    private static final Instant NOW = Instant.parse("2026-06-15T03:15:00Z");
    private static final Instant CUTOFF = RetentionClock.cutoff(NOW, ContactRetention.RULE.defaultPeriod());
    private static final Instant LONG_AGO = CUTOFF.minusSeconds(86_400);

    private MigratedDatabase database;
    private int numbers;

    @BeforeEach
    void setUp() throws SQLException {
        database = new MigratedDatabase("company_privacy");
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void companiesWithoutAnyContactSinceTheCutoffAreDueAndNoOther() throws SQLException {
        long dormant = company(LONG_AGO);
        contact(dormant, 0, "Jan Peeters", "jan@bouw.be");
        visit(dormant, LONG_AGO, "2023-01-10", "Jan Peeters");
        closedAction(dormant, LONG_AGO);
        long changedSince = company(CUTOFF.plusSeconds(60));
        contact(changedSince, 0, "Els Maes", "els@bouw.be");
        long visitedSince = company(LONG_AGO);
        contact(visitedSince, 0, "Bo Claes", "bo@bouw.be");
        visit(visitedSince, CUTOFF.plusSeconds(60), "2023-01-10", null);
        long visitPlanned = company(LONG_AGO);
        contact(visitPlanned, 0, "Cas Vos", "cas@bouw.be");
        visit(visitPlanned, LONG_AGO, "2027-01-10", null);
        long openAction = company(LONG_AGO);
        contact(openAction, 0, "Dirk Aerts", "dirk@bouw.be");
        long openVisit = visit(openAction, LONG_AGO, "2023-01-10", null);
        action(openAction, openVisit, LONG_AGO, "OPEN");
        long nobody = company(LONG_AGO);

        try (Connection c = database.transaction()) {
            assertEquals(List.of(dormant), CompanyPrivacyStore.dormant(c, CUTOFF),
                    "changed, visited, a visit planned after the cutoff, an open action, or no people: not due");
            assertEquals(2, CompanyPrivacyStore.countDormantPeople(c, CUTOFF), "its contact and the name on its visit");
            assertEquals(List.of(), CompanyPrivacyStore.dormant(c, LONG_AGO.minusSeconds(1)));
            c.rollback();
        }
    }

    @Test
    void removingAContactByItsAddressKeepsTheOthersInOrderAndRaisesTheCompanysVersion() throws SQLException {
        long company = company(NOW);
        contact(company, 0, "Jan Peeters", "jan@bouw.be");
        contact(company, 1, "Els Maes", "Els@Bouw.be");
        contact(company, 2, "Bo Claes", "bo@bouw.be");

        try (Connection c = database.transaction()) {
            assertEquals(1, CompanyPrivacyStore.contactsWithEmail(c, " ELS@bouw.be").size());
            assertEquals(List.of(1), CompanyPrivacyStore.removeContactsWithEmail(c, company, "els@bouw.be"));
            c.commit();
        }
        try (Connection c = database.transaction()) {
            assertEquals(List.of("0:Jan Peeters", "1:Bo Claes"), CompanyPrivacyStore.contactsOf(c, company).stream()
                    .map(k -> k.position() + ":" + k.name()).toList());
            c.rollback();
        }
        assertEquals(1, database.count("SELECT row_version FROM company WHERE id = " + company),
                "a form opened before is refused instead of bringing the contact back");
    }

    private long company(Instant updatedAt) throws SQLException {
        numbers++;
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO company (enterprise_number, name, search_name,"
                     + " province, subsector_codes, recognised, created_at, updated_at, row_version)"
                     + " VALUES (?, 'Bouw', 'bouw', 'LUIK', '', FALSE, ?, ?, 0)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, String.format("%010d", numbers));
            insert.setTimestamp(2, Timestamp.from(updatedAt));
            insert.setTimestamp(3, Timestamp.from(updatedAt));
            insert.executeUpdate();
            return key(insert);
        }
    }

    private void contact(long company, int position, String name, String email) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO company_contact (company_id, sort_order, name,"
                     + " contact_role, email, phone, language) VALUES (?, ?, ?, '', ?, '', 'nl')")) {
            insert.setLong(1, company);
            insert.setInt(2, position);
            insert.setString(3, name);
            insert.setString(4, email);
            insert.executeUpdate();
        }
    }

    private long visit(long company, Instant updatedAt, String date, String interviewee) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO company_visit (company_id, visit_date, interviewee,"
                     + " advisor, response_id, incomplete_sections, completed, created_at, updated_at, updated_by, row_version)"
                     + " VALUES (?, ?, ?, 'adv1', 1, '', FALSE, ?, ?, 'adv1', 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, company);
            insert.setDate(2, java.sql.Date.valueOf(date));
            insert.setString(3, interviewee);
            insert.setTimestamp(4, Timestamp.from(updatedAt));
            insert.setTimestamp(5, Timestamp.from(updatedAt));
            insert.executeUpdate();
            return key(insert);
        }
    }

    private void closedAction(long company, Instant decidedAt) throws SQLException {
        action(company, visit(company, decidedAt, "2023-01-10", null), decidedAt, "DONE");
    }

    private void action(long company, long visit, Instant decidedAt, String status) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO support_action (company_id, visit_id, support_form,"
                     + " status, decided_by, decided_at, row_version) VALUES (?, ?, 'COACHING', ?, 'adv1', ?, 0)")) {
            insert.setLong(1, company);
            insert.setLong(2, visit);
            insert.setString(3, status);
            insert.setTimestamp(4, Timestamp.from(decidedAt));
            insert.executeUpdate();
        }
    }

    private static long key(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
