package org.leerwerkplek.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Schema migration and the state of the database, for start-up, health and admins. */
@ApplicationScoped
public class DatabaseService {

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    public void migrate() throws SQLException {
        DatabaseMigrator.migrate(dataSource);
    }

    public SchemaStatus status() throws SQLException {
        return DatabaseMigrator.status(dataSource);
    }

    /** Whether a connection can be had and answers within {@code seconds}. */
    public boolean isReachable(int seconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(seconds);
        } catch (SQLException e) {
            return false;
        }
    }
}
