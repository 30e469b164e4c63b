package org.leerwerkplek.platform.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.leerwerkplek.platform.persistence.DatabaseMigrator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database brought to the newest schema by the product's own migrations, for tests of JDBC
 * stores: one per test class, dropped by {@link #close()}.
 *
 * <p>In-memory Derby by default. With {@code -Dlwp.test.postgresql.url=jdbc:postgresql://...}
 * (and {@code lwp.test.postgresql.user}, {@code lwp.test.postgresql.password}) the same tests run
 * on PostgreSQL, each class in a schema of its own.
 */
public final class MigratedDatabase implements AutoCloseable {

    private static final String POSTGRESQL_URL = "lwp.test.postgresql.url";

    private final String name;
    private final DataSource dataSource;
    private final boolean postgres;

    /** A fresh database named {@code prefix} and a random suffix. */
    public MigratedDatabase(String prefix) throws SQLException {
        name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        postgres = !System.getProperty(POSTGRESQL_URL, "").isBlank();
        dataSource = empty(name);
        DatabaseMigrator.migrate(dataSource);
    }

    /**
     * A fresh, empty database (not migrated) named {@code prefix} and a random suffix, on the
     * database the tests run on, for tests of a migration over older data; not dropped afterwards.
     */
    public static DataSource unmigrated(String prefix) throws SQLException {
        return empty(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    private static DataSource empty(String name) throws SQLException {
        if (!System.getProperty(POSTGRESQL_URL, "").isBlank()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(System.getProperty(POSTGRESQL_URL));
            pg.setUser(System.getProperty("lwp.test.postgresql.user"));
            pg.setPassword(System.getProperty("lwp.test.postgresql.password"));
            try (Connection connection = pg.getConnection(); Statement create = connection.createStatement()) {
                create.execute("CREATE SCHEMA " + name);
            }
            pg.setCurrentSchema(name);
            return pg;
        }
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:" + name);
        derby.setCreateDatabase("create");
        return derby;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** A connection in its own transaction (no auto-commit), as a caller's transaction would hold it. */
    public Connection transaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** Runs one statement on its own (auto-commit); how many rows it changed. */
    public int execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** The number {@code SELECT COUNT(*) ...} answers. */
    public long count(String countQuery) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(countQuery);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        if (postgres) {
            try (Connection connection = dataSource.getConnection(); Statement drop = connection.createStatement()) {
                drop.execute("DROP SCHEMA " + name.toLowerCase(Locale.ROOT) + " CASCADE");
            }
            return;
        }
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName("memory:" + name);
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException expected) {
            // Derby answers a successful drop with SQLState 08006.
        }
    }
}
