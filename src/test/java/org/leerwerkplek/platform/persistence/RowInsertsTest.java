package org.leerwerkplek.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MigratedDatabase;

class RowInsertsTest {

    private static MigratedDatabase database;

    @BeforeAll
    static void open() throws SQLException {
        database = new MigratedDatabase("rowinserts");
    }

    @AfterAll
    static void close() throws SQLException {
        database.close();
    }

    @Test
    void everyRowGoesInWithItsOwnValuesWhateverTheRowsPerStatementAndTheRestAfterTheFullStatements() throws SQLException {
        database.execute("CREATE TABLE row_probe (n INT NOT NULL, tag VARCHAR(10), fixed VARCHAR(5) NOT NULL,"
                + " CONSTRAINT pk_row_probe PRIMARY KEY (n))");
        try (Connection connection = database.dataSource().getConnection()) {
            int n = 0;
            for (int[] shape : new int[][] {{1, 7}, {3, 7}, {50, 120}, {50, 50}, {4, 3}, {2, 0}}) {
                int rowsPerStatement = shape[0];
                List<Integer> items = IntStream.range(n, n + shape[1]).boxed().toList();
                int inserted = RowInserts.insert(connection, "INSERT INTO row_probe (n, tag, fixed) VALUES", "(?, ?, 'x')", 2,
                        "", items, rowsPerStatement, 10, (statement, first, item) -> {
                            statement.setInt(first, item);
                            statement.setString(first + 1, "t" + item);
                        });
                n += shape[1];
                assertEquals(shape[1], inserted, shape[1] + " rows, " + rowsPerStatement + " a statement");
                assertEquals(n, database.count("SELECT COUNT(*) FROM row_probe"));
            }
            assertEquals(n, database.count("SELECT COUNT(*) FROM row_probe WHERE tag = 't' || TRIM(CAST(CAST(n AS CHAR(10)) AS VARCHAR(10)))"),
                    "each row has its own values");
        } finally {
            database.execute("DROP TABLE row_probe");
        }
    }

    @Test
    void aSuffixSkipsTakenKeysOnPostgreSqlAndTheCountSaysHowManyWentIn() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            if (RowInserts.rowsPerStatement(connection) == 1) {
                assertEquals(1, RowInserts.rowsPerStatement(connection), "Derby: a row per statement, the plain batch");
                return;
            }
            assertEquals(RowInserts.POSTGRES_ROWS, RowInserts.rowsPerStatement(connection));
            database.execute("CREATE TABLE row_conflict (n INT NOT NULL, CONSTRAINT pk_row_conflict PRIMARY KEY (n))");
            try {
                database.execute("INSERT INTO row_conflict (n) VALUES (2), (5)");
                int inserted = RowInserts.insert(connection, "INSERT INTO row_conflict (n) VALUES", "(?)", 1,
                        "ON CONFLICT (n) DO NOTHING", List.of(1, 2, 3, 4, 5, 6), 4, 10,
                        (statement, first, item) -> statement.setInt(first, item));
                assertEquals(4, inserted, "2 and 5 were there");
                assertEquals(6, database.count("SELECT COUNT(*) FROM row_conflict"));
            } finally {
                database.execute("DROP TABLE row_conflict");
            }
        }
    }
}
