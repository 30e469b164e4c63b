package org.leerwerkplek.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;

class SqlTest {

    private static MigratedDatabase database;

    @BeforeAll
    static void open() throws SQLException {
        database = new MigratedDatabase("sql");
    }

    @AfterAll
    static void close() throws SQLException {
        database.close();
    }

    @Test
    void rowsByKeysComeFromOneQueryPerChunkOfKeysInTheQueriesOrder() throws SQLException {
        database.execute("CREATE TABLE key_probe (k INT NOT NULL, tag VARCHAR(10))");
        try (Connection connection = database.dataSource().getConnection()) {
            for (int k = 1; k <= 7; k++) {
                database.execute("INSERT INTO key_probe (k, tag) VALUES (" + k + ", 't" + k + "')");
            }
            List<String> found = Sql.listByKeys(connection, "SELECT tag FROM key_probe WHERE k IN ({keys}) ORDER BY k DESC",
                    List.of(2, 3, 9, 5, 6, 7, 1), 3, row -> row.getString(1));

            assertEquals(List.of("t3", "t2", "t7", "t6", "t5", "t1"), found, "chunks [2, 3, 9], [5, 6, 7], [1], each in its own order");
            assertEquals(List.of(), Sql.listByKeys(connection, "SELECT tag FROM key_probe WHERE k IN ({keys})", List.of(), 3,
                    row -> row.getString(1)));
        } finally {
            database.execute("DROP TABLE key_probe");
        }
    }
}
