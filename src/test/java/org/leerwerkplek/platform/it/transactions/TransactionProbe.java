package org.leerwerkplek.platform.it.transactions;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;

/**
 * Deployed by PlatformIT only: writes a row through the data source the stores are given, in a
 * transaction it begins, and then fails, the way a chunk of a wave fails halfway.
 */
@ApplicationScoped
public class TransactionProbe {

    @Inject
    DataSource dataSource;

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource pool;

    /** Whether the store's connection was in auto-commit while the transaction ran. */
    @Transactional
    public boolean writeThenFail(String key) throws SQLException {
        boolean autoCommit;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO it_transaction_probe (k) VALUES (?)")) {
            autoCommit = connection.getAutoCommit();
            insert.setString(1, key);
            insert.executeUpdate();
        }
        throw new ProbeFailure(autoCommit);
    }

    /** How many rows {@code key} left behind. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int left(String key) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try (Statement create = connection.createStatement()) {
                create.executeUpdate("CREATE TABLE it_transaction_probe (k VARCHAR(64))");
            } catch (SQLException exists) {
                // made by an earlier call
            }
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM it_transaction_probe WHERE k = ?")) {
                count.setString(1, key);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        }
    }

    /** The failure that rolls the probe's transaction back, carrying what it saw. */
    public static final class ProbeFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean autoCommit;

        ProbeFailure(boolean autoCommit) {
            super("the probe fails on purpose");
            this.autoCommit = autoCommit;
        }
    }

    /**
     * Runs {@code probe} (the CDI proxy, so that its methods' transactions apply) and says what it
     * saw: {@code {"autoCommit":..,"left":..}}.
     */
    public static String run(TransactionProbe probe, String key) throws SQLException {
        probe.left(key);
        boolean autoCommit;
        try {
            probe.writeThenFail(key);
            throw new IllegalStateException("the probe did not fail");
        } catch (ProbeFailure failure) {
            autoCommit = failure.autoCommit;
        }
        return "{\"autoCommit\":" + autoCommit + ",\"left\":" + probe.left(key) + "}";
    }
}
