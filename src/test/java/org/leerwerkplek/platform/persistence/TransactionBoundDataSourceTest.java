package org.leerwerkplek.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The transaction's connection as the stores get it ({@link TransactionBoundDataSource#lent}), on Derby in memory. */
class TransactionBoundDataSourceTest {

    @Test
    void aLentConnectionUndoesAFailedStatementToASavepointButNeverEndsItsTransaction() throws SQLException {
        try (Connection transaction = DriverManager.getConnection("jdbc:derby:memory:lent;create=true")) {
            transaction.setAutoCommit(false);
            try (Statement ddl = transaction.createStatement()) {
                ddl.execute("CREATE TABLE counter (instrument_id VARCHAR(20) PRIMARY KEY)");
            }
            Connection lent = TransactionBoundDataSource.lent(transaction);
            execute(lent, "INSERT INTO counter VALUES ('wgb')");

            Savepoint before = lent.setSavepoint();
            SQLException duplicate = assertThrows(SQLException.class, () -> execute(lent, "INSERT INTO counter VALUES ('wgb')"));
            assertEquals("23505", duplicate.getSQLState(), "a duplicate key, as when another transaction made the counter");
            lent.rollback(before);
            lent.releaseSavepoint(before);
            execute(lent, "INSERT INTO counter VALUES ('fiche')");

            assertThrows(SQLException.class, lent::rollback, "the transaction decides how it ends");
            assertThrows(SQLException.class, lent::commit);
            assertThrows(SQLException.class, () -> lent.setAutoCommit(true));
            lent.close();
            assertFalse(transaction.isClosed(), "closing the lent connection leaves the transaction's open");
            try (Statement read = transaction.createStatement();
                 ResultSet count = read.executeQuery("SELECT COUNT(*) FROM counter")) {
                count.next();
                assertEquals(2, count.getInt(1), "the transaction went on after the undone statement");
            }
            transaction.rollback();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
