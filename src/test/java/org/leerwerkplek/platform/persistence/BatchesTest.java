package org.leerwerkplek.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;

class BatchesTest {

    private static MigratedDatabase database;

    @BeforeAll
    static void open() throws SQLException {
        database = new MigratedDatabase("batches");
    }

    @AfterAll
    static void close() throws SQLException {
        database.close();
    }

    @Test
    void everyItemIsSentAcrossBatchesAndItsCountComesBackInItsPlace() throws SQLException {
        database.execute("CREATE TABLE batch_probe (n INT NOT NULL, tag VARCHAR(10))");
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batch_probe (n, tag) VALUES (?, 'a')")) {
                int[] inserted = Batches.run(insert, List.of(1, 2, 3, 4, 5), 2, (s, n) -> s.setInt(1, n));
                assertArrayEquals(new int[] {1, 1, 1, 1, 1}, inserted, "five rows in batches of 2, 2 and 1");
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE batch_probe SET tag = 'b' WHERE n = ?")) {
                int[] updated = Batches.run(update, List.of(5, 9, 1, 8), 3, (s, n) -> s.setInt(1, n));
                assertArrayEquals(new int[] {1, 0, 1, 0}, updated, "per item, in order, whether it changed a row");
            }
            assertEquals(5, database.count("SELECT COUNT(*) FROM batch_probe"));
            assertEquals(2, database.count("SELECT COUNT(*) FROM batch_probe WHERE tag = 'b'"));
            try (PreparedStatement none = connection.prepareStatement("DELETE FROM batch_probe WHERE n = ?")) {
                assertEquals(0, Batches.run(none, List.<Integer>of(), 2, (s, n) -> s.setInt(1, n)).length);
            }
        } finally {
            database.execute("DROP TABLE batch_probe");
        }
    }
}
