package org.leerwerkplek.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/** What the start-up asks the database before it migrates, on in-memory Derby. */
class DatabaseMigratorTest {

    @Test
    void aDatabaseIsUnmigratedUntilItsFirstMigration() throws SQLException {
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName("memory:migrator-" + UUID.randomUUID());
        database.setCreateDatabase("create");

        assertTrue(DatabaseMigrator.isUnmigrated(database), "an empty database: the first admin's hash may be begun ahead");
        DatabaseMigrator.migrate(database);
        assertFalse(DatabaseMigrator.isUnmigrated(database), "Flyway's history is there (Derby keeps its lower-case name)");
    }
}
