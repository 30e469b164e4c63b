package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditEntry;
import org.leerwerkplek.platform.testing.MigratedDatabase;
import org.leerwerkplek.platform.testing.MutableClock;
import org.leerwerkplek.platform.testing.RecordingAuditLog;

/**
 * The mentor course's retention rules and its erasure, on a migrated database with moments the
 * test sets: mentors who left are erased twelve months after they left, registrations nobody
 * confirmed are deleted after thirty days, and an erased mentor keeps no name, address or link
 * while its certificate stays genuine and is marked erased.
 */
class MentorRetentionTest {

    private static final Instant NOW = Instant.parse("2026-06-15T03:15:00Z");
    /** Twelve months before {@link #NOW}. */
    private static final Instant LEFT_CUTOFF = Instant.parse("2025-06-15T03:15:00Z");
    /** Thirty days before {@link #NOW}. */
    private static final Instant UNCONFIRMED_CUTOFF = Instant.parse("2026-05-16T03:15:00Z");

    private MigratedDatabase database;
    private RecordingAuditLog audit;
    private MentorRetention left;
    private UnconfirmedMentorRetention unconfirmed;

    @BeforeEach
    void setUp() throws SQLException {
        database = new MigratedDatabase("mentor_retention");
        audit = new RecordingAuditLog(new MutableClock(NOW));
        left = new MentorRetention(database.dataSource(), audit, MentorRetention.RULE.defaultPeriod());
        unconfirmed = new UnconfirmedMentorRetention(database.dataSource(), audit,
                UnconfirmedMentorRetention.RULE.defaultPeriod());
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void mentorsWhoLeftMoreThanTheirPeriodAgoAreErasedAndNoOtherMentor() throws SQLException {
        long leftLongAgo = mentor("an@example.org", "An Peeters", "UNSUBSCRIBED", true, LEFT_CUTOFF.minusSeconds(1),
                LEFT_CUTOFF.minusSeconds(1));
        long leftAtTheCutoff = mentor("bo@example.org", "Bo Maes", "UNSUBSCRIBED", true, LEFT_CUTOFF, LEFT_CUTOFF);
        long leftRecently = mentor("cas@example.org", "Cas Janssens", "UNSUBSCRIBED", true,
                NOW.minusSeconds(86_400), NOW.minusSeconds(86_400));
        long cameBackUnconfirmed = mentor("dirk@example.org", "Dirk Claes", "PENDING", true, null,
                LEFT_CUTOFF.minusSeconds(3_600));
        long active = mentor("eva@example.org", "Eva Wouters", "ACTIVE", true, null, Instant.parse("2020-01-01T00:00:00Z"));
        long unconfirmedOld = mentor("fien@example.org", "Fien Goossens", "PENDING", false, null,
                Instant.parse("2020-01-01T00:00:00Z"));
        link(leftLongAgo);
        certificate(leftLongAgo, "An Peeters", "ABCD-EFGH-JKLM");
        progress(leftLongAgo);

        assertEquals(2, left.countDue(NOW), "left before the cutoff, or came back without confirming again before it");
        assertEquals(2, left.applyDue(NOW));

        assertEquals(List.of(Long.toString(leftLongAgo), Long.toString(cameBackUnconfirmed)),
                audit.entries(AuditAction.ERASE).stream().map(AuditEntry::objectId).toList());
        assertTrue(audit.entries(AuditAction.ERASE).stream().allMatch(e -> e.changes().isEmpty()),
                "the trail holds no erased value");
        assertErased(leftLongAgo, "An Peeters", "an@example.org");
        assertErased(cameBackUnconfirmed, "Dirk Claes", "dirk@example.org");
        for (long kept : List.of(leftAtTheCutoff, leftRecently, active, unconfirmedOld)) {
            assertEquals(1, database.count("SELECT COUNT(*) FROM mentor WHERE erased_at IS NULL AND name <> ''"
                    + " AND id = " + kept), "mentor " + kept + " is not due");
        }
        assertEquals(1, database.count("SELECT COUNT(*) FROM mentor_certificate WHERE code = 'ABCD-EFGH-JKLM'"
                + " AND mentor_name = '' AND erased_at IS NOT NULL"), "the certificate stays genuine, without the name");
        assertEquals(1, database.count("SELECT COUNT(*) FROM mentor_progress WHERE mentor_id = " + leftLongAgo),
                "progress stays, anonymous, for the figures");

        assertEquals(0, left.countDue(NOW), "an erased mentor is never due again");
        assertEquals(0, left.applyDue(NOW));
        assertEquals(1, left.countDue(NOW.plusSeconds(1)), "the mentor that left at the cutoff is due a moment later");
    }

    @Test
    void registrationsNobodyConfirmedAreDeletedAfterThirtyDays() throws SQLException {
        long old = mentor("gert@example.org", "Gert Smets", "PENDING", false, null, UNCONFIRMED_CUTOFF.minusSeconds(1));
        long recent = mentor("hanne@example.org", "Hanne Vos", "PENDING", false, null, UNCONFIRMED_CUTOFF);
        long confirmedThenBack = mentor("ilse@example.org", "Ilse Aerts", "PENDING", true, null,
                UNCONFIRMED_CUTOFF.minusSeconds(1));
        link(old);

        assertEquals(1, unconfirmed.countDue(NOW));
        assertEquals(1, unconfirmed.applyDue(NOW));

        assertEquals(0, database.count("SELECT COUNT(*) FROM mentor WHERE id = " + old));
        assertEquals(0, database.count("SELECT COUNT(*) FROM mentor_link WHERE mentor_id = " + old));
        assertEquals(2, database.count("SELECT COUNT(*) FROM mentor WHERE id IN (" + recent + ", " + confirmedThenBack + ")"),
                "a registration made at the cutoff, and a mentor that confirmed once, stay");
        assertEquals(List.of(Long.toString(old)),
                audit.entries(AuditAction.DELETE).stream().map(AuditEntry::objectId).toList());
        assertEquals(0, unconfirmed.countDue(NOW));
    }

    @Test
    void erasingByAddressFindsTheMentorInAnyCaseAndForgetsWhoRegisteredItWhenThatAccountIsErased() throws SQLException {
        long mentor = mentor("jo@example.org", "Jo Dewitte", "ACTIVE", true, null, NOW);
        try (Connection c = database.transaction()) {
            assertEquals(mentor, MentorPrivacyStore.byEmail(c, " JO@Example.org ").orElseThrow().id());
            assertEquals(1, MentorPrivacyStore.forgetRegistrar(c, "adv1"));
            MentorPrivacyStore.erase(c, mentor, NOW);
            assertFalse(MentorPrivacyStore.byEmail(c, "jo@example.org").isPresent(), "an erased mentor is not found again");
            c.commit();
        }
        assertErased(mentor, "Jo Dewitte", "jo@example.org");
        assertEquals(0, database.count("SELECT COUNT(*) FROM mentor WHERE registered_by IS NOT NULL"));
    }

    private void assertErased(long id, String name, String email) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT email, name, company_name, company_id, status,"
                     + " erased_at, confirm_hash, next_due_on FROM mentor WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertEquals(MentorPrivacyStore.ERASED_EMAIL + id, row.getString(1));
                assertFalse(row.getString(1).contains("@"));
                assertEquals("", row.getString(2), name + " is gone");
                assertEquals(null, row.getString(3));
                assertEquals(0, row.getLong(4));
                assertTrue(row.wasNull());
                assertEquals("UNSUBSCRIBED", row.getString(5));
                assertNotNull(row.getTimestamp(6));
                assertEquals(null, row.getString(7));
                assertEquals(null, row.getDate(8));
            }
        }
        assertEquals(0, database.count("SELECT COUNT(*) FROM mentor_link WHERE mentor_id = " + id), "links stop working");
        assertEquals(0, database.count("SELECT COUNT(*) FROM mentor WHERE LOWER(email) = '" + email + "' OR name = '"
                + name + "'"));
    }

    private long mentor(String email, String name, String status, boolean confirmed, Instant unsubscribedAt,
                        Instant updatedAt) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO mentor (email, name, language, company_id,"
                     + " company_name, mentor_role, base_training, frequency, focus, status, confirm_hash, confirmed_on,"
                     + " next_due_on, registered_by, unsubscribed_at, created_at, updated_at, row_version)"
                     + " VALUES (?, ?, 'nl', 7, 'Bouw Peeters', 'VAKMAN', FALSE, 'MONTHLY', 'BOTH', ?, ?, ?, ?, 'adv1',"
                     + " ?, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, email);
            insert.setString(2, name);
            insert.setString(3, status);
            insert.setString(4, "PENDING".equals(status) ? String.format("%064d", Math.abs((long) email.hashCode())) : null);
            insert.setDate(5, confirmed ? java.sql.Date.valueOf("2024-01-02") : null);
            insert.setDate(6, "ACTIVE".equals(status) ? java.sql.Date.valueOf("2026-07-01") : null);
            insert.setTimestamp(7, unsubscribedAt == null ? null : Timestamp.from(unsubscribedAt));
            insert.setTimestamp(8, Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")));
            insert.setTimestamp(9, Timestamp.from(updatedAt));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void link(long mentor) throws SQLException {
        database.execute("INSERT INTO mentor_link (token_hash, mentor_id, created_at, expires_at) VALUES ('"
                + String.format("%064d", mentor) + "', " + mentor + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }

    private void certificate(long mentor, String name, String code) throws SQLException {
        database.execute("INSERT INTO mentor_certificate (mentor_id, cycle_year, period_from, period_to, mentor_name,"
                + " module_ids, code, issued_at) VALUES (" + mentor + ", 1, CAST('2024-01-02' AS DATE), CAST('2025-01-01' AS DATE), '"
                + name + "', 'm1,m2', '" + code + "', CURRENT_TIMESTAMP)");
    }

    private void progress(long mentor) throws SQLException {
        database.execute("INSERT INTO mentor_progress (mentor_id, module_id, delivered_on, completed_at, quiz_correct,"
                + " quiz_total) VALUES (" + mentor + ", 'm1', CAST('2024-01-02' AS DATE), CURRENT_TIMESTAMP, 3, 4)");
    }
}
