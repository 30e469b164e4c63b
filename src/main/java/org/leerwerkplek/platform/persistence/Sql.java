package org.leerwerkplek.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * The JDBC steps the stores share: a statement with its parameters, the rows of a query read one
 * way, an update, and a database error turned into one that says what failed. Each call takes a
 * connection of the caller's transaction from the data source.
 */
public final class Sql {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    /** {@code sql} with {@code parameters} set in order ({@code null} as a NULL of the parameter's type). */
    public static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);  // a null takes the parameter's type (Derby) or none (PostgreSQL)
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * Asks PostgreSQL's driver for binary results from {@code statement}'s first execution; nothing
     * elsewhere. The driver takes a statement's first executions as text, so a {@code bytea} column
     * comes as hex (twice the bytes) and is decoded per row; a negative prepare threshold gives the
     * same values in binary at once (an export of 100,000 responses: its read's CPU, 5 % of the export).
     */
    public static void binaryResults(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    /** The rows of {@code sql}, each read by {@code row}, in the query's order. */
    public static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement select = prepare(connection, sql, parameters);
             ResultSet rows = select.executeQuery()) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(row.read(rows));
            }
            return found;
        }
    }

    /**
     * The rows of {@code sql} for many keys, one query per {@code chunk} of them: the query's
     * {@code IN ({keys})} gets as many markers as the chunk has keys. Rows in the queries' order.
     */
    public static <T> List<T> listByKeys(Connection connection, String sql, List<?> keys, int chunk, Row<T> row)
            throws SQLException {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += chunk) {
            List<?> part = keys.subList(from, Math.min(keys.size(), from + chunk));
            found.addAll(list(connection, sql.replace("{keys}", String.join(", ", Collections.nCopies(part.size(), "?"))),
                    row, part.toArray()));
        }
        return found;
    }

    /** The rows of {@code sql}, each read by {@code row}; a database error fails as "{@code what} failed". */
    public static <T> List<T> list(DataSource dataSource, String what, String sql, Row<T> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return list(connection, sql, row, parameters);
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    /** Runs the update {@code sql}; how many rows it changed. A database error fails as "{@code what} failed". */
    public static int update(DataSource dataSource, String what, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = prepare(connection, sql, parameters)) {
            return update.executeUpdate();
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    /** A database error as one that says what failed. */
    public static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }
}
