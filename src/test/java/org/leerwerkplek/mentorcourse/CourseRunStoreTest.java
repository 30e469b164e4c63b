package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * The run's guarded update on a migrated database: a mentor still as read is claimed and gets its
 * next due day, its key kept or (confirmed before keys were made at confirmation) stored; a mentor
 * changed since it was read is left alone, key and all.
 */
class CourseRunStoreTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);
    private MigratedDatabase database;
    private CourseRunStore store;

    @BeforeEach
    void setUp() throws SQLException {
        database = new MigratedDatabase("course_run_store");
        store = new CourseRunStore(database.dataSource());
        mentor(1, "key-one-made-at-confirmation");
        mentor(2, null);
        mentor(3, "key-three");
        mentor(4, null);
    }

    @AfterEach
    void tearDown() throws SQLException {
        database.close();
    }

    @Test
    void claimsTheMentorsStillAsReadStoringANewKeyOnlyWhereThereWasNone() throws SQLException {
        boolean[] claimed;
        try (Connection connection = database.transaction()) {
            claimed = store.scheduleNext(connection, List.of(
                    new CourseRunStore.NextDue(1, 1, Optional.of(TODAY.plusDays(30)), "key-one-made-at-confirmation", false),
                    new CourseRunStore.NextDue(2, 1, Optional.of(TODAY.plusDays(3)), "key-two-new", true),
                    new CourseRunStore.NextDue(3, 0, Optional.of(TODAY.plusDays(30)), "key-three", false),
                    new CourseRunStore.NextDue(4, 0, Optional.empty(), "key-four-new", true)));
            connection.commit();
        }

        assertArrayEquals(new boolean[] {true, true, false, false}, claimed, "3 and 4 changed since they were read");
        assertEquals("2026-04-11 2 key-one-made-at-confirmation", row(1));
        assertEquals("2026-03-15 2 key-two-new", row(2));
        assertEquals("2026-03-12 1 key-three", row(3));
        assertEquals("2026-03-12 1 null", row(4));
    }

    /** Many mentors go in few statements on PostgreSQL (RowInserts.rowsPerStatement a statement): each claim still its own. */
    @Test
    void claimsEachOfManyMentorsOnItsOwnVersionAndStatusAcrossStatements() throws SQLException {
        List<CourseRunStore.NextDue> next = new ArrayList<>();
        boolean[] expected = new boolean[123];
        for (int i = 0; i < expected.length; i++) {
            long id = 100 + i;
            mentor(id, "key-" + id);
            if (i == 7) {
                database.execute("UPDATE mentor SET status = 'UNSUBSCRIBED' WHERE id = " + id);
            }
            expected[i] = i % 3 != 0 && i != 7;
            next.add(new CourseRunStore.NextDue(id, i % 3 == 0 ? 0 : 1,
                    i % 5 == 0 ? Optional.empty() : Optional.of(TODAY.plusDays(i)), "key-" + id, false));
        }
        boolean[] claimed;
        try (Connection connection = database.transaction()) {
            claimed = store.scheduleNext(connection, next);
            connection.commit();
        }

        assertArrayEquals(expected, claimed, "every third was read at another version, the eighth left the course");
        for (int i = 0; i < expected.length; i++) {
            String day = !expected[i] ? "2026-03-12" : i % 5 == 0 ? "null" : TODAY.plusDays(i).toString();
            assertEquals(day + " " + (expected[i] ? 2 : 1) + " key-" + (100 + i), row(100 + i), "mentor " + (100 + i));
        }
    }

    private void mentor(long id, String key) throws SQLException {
        database.execute("INSERT INTO mentor (id, email, name, language, mentor_role, base_training, frequency, focus,"
                + " status, confirmed_on, next_due_on, created_at, updated_at, row_version, link_key) VALUES (" + id
                + ", 'm" + id + "@bouw.be', 'M', 'NL', 'VAKMAN', FALSE, 'MONTHLY', 'BOTH', 'ACTIVE', CAST('2026-03-12' AS DATE),"
                + " CAST('2026-03-12' AS DATE), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, "
                + (key == null ? "NULL" : "'" + key + "'") + ")");
    }

    private String row(long id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT next_due_on, row_version, link_key FROM mentor WHERE id = " + id);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getDate(1) + " " + row.getLong(2) + " " + row.getString(3);
        }
    }
}
