package org.leerwerkplek.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Many rows into one table, each {@code INSERT} statement carrying up to {@link #rowsPerStatement}
 * rows ({@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ...}), the statements sent in JDBC
 * batches. On PostgreSQL a statement per row costs a parse, bind and execute on the server each:
 * 100,000 rows of the course's progress took 6.9–8.2 s one per statement and 2.9–4.0 s fifty per
 * statement (same table, same busy machine). On Derby the same rows took longer as multi-row
 * statements (19.2–23.2 s against 14.2–18.6 s: Derby runs the rows of a {@code VALUES} list as a
 * union), so there a statement carries one row and this is the plain batch.
 */
public final class RowInserts {

    /** Rows per statement on PostgreSQL (at most a few hundred parameters each). */
    static final int POSTGRES_ROWS = 50;

    /** Sets the parameters of one row, the first of them at {@code first}. */
    @FunctionalInterface
    public interface RowBinder<T> {
        void bind(PreparedStatement statement, int first, T item) throws SQLException;
    }

    private RowInserts() {
    }

    /** How many rows an {@code INSERT} statement carries on the database of {@code connection}. */
    public static int rowsPerStatement(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                ? POSTGRES_ROWS : 1;
    }

    /**
     * Inserts {@code items} with {@code insert} ({@code INSERT INTO t (a, b) VALUES}), one
     * {@code row} ({@code (?, ?)}) per item, {@code rowsPerStatement} rows per statement, and
     * {@code suffix} (e.g. {@code ON CONFLICT DO NOTHING}, or empty) after the rows; statements
     * go in JDBC batches of about {@code batchRows} rows.
     *
     * @return the rows the database reports inserted
     */
    public static <T> int insert(Connection connection, String insert, String row, int parameters, String suffix,
                                 List<? extends T> items, int rowsPerStatement, int batchRows, RowBinder<? super T> binder)
            throws SQLException {
        int full = items.size() / rowsPerStatement;
        int inserted = 0;
        if (full > 0) {
            inserted += run(connection, sql(insert, row, suffix, rowsPerStatement), parameters,
                    items.subList(0, full * rowsPerStatement), rowsPerStatement, Math.max(1, batchRows / rowsPerStatement), binder);
        }
        int rest = items.size() - full * rowsPerStatement;
        if (rest > 0) {
            inserted += run(connection, sql(insert, row, suffix, rest), parameters,
                    items.subList(full * rowsPerStatement, items.size()), rest, 1, binder);
        }
        return inserted;
    }

    private static String sql(String insert, String row, String suffix, int rows) {
        StringBuilder sql = new StringBuilder(insert.length() + rows * (row.length() + 2) + suffix.length() + 2);
        sql.append(insert).append(' ');
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return suffix.isEmpty() ? sql.toString() : sql.append(' ').append(suffix).toString();
    }

    private static <T> int run(Connection connection, String sql, int parameters, List<? extends T> items,
                               int rowsPerStatement, int statementsPerBatch, RowBinder<? super T> binder) throws SQLException {
        int inserted = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (int from = 0; from < items.size(); from += rowsPerStatement) {
                for (int i = 0; i < rowsPerStatement; i++) {
                    binder.bind(statement, 1 + i * parameters, items.get(from + i));
                }
                statement.addBatch();
                if (++pending == statementsPerBatch || from + rowsPerStatement == items.size()) {
                    for (int count : statement.executeBatch()) {
                        if (count == java.sql.Statement.SUCCESS_NO_INFO) {
                            throw new SQLException("The driver did not report how many rows were inserted");
                        }
                        inserted += Math.max(0, count);
                    }
                    pending = 0;
                }
            }
        }
        return inserted;
    }
}
