package org.leerwerkplek.platform.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import javax.sql.DataSource;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;

/**
 * The shape every retention rule shares: its key and period come from its {@link RetentionSetting}
 * (or the period is fixed by a test), what lies before the moment {@code now} minus that period ({@link RetentionClock}) is
 * due, a run counts or removes exactly that, and each object removed is recorded in the audit
 * trail under the retention job. A rule gives its setting, how it counts and how it removes; JDBC
 * rules use {@link #inConnection} and {@link #removed}.
 */
public abstract class PeriodRule implements RetentionRule {

    /** Who removes in the audit trail. */
    public static final Actor RETENTION = Actor.system("retention");

    /** Work on a connection of the caller's transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T on(Connection connection) throws SQLException;
    }

    private final RetentionSetting retention;
    private final Period fixedPeriod;

    /** A rule whose period comes from its setting. */
    protected PeriodRule(RetentionSetting retention) {
        this(retention, null);
    }

    /** For tests: a rule with a period they set (no configuration); {@code null} reads the setting. */
    protected PeriodRule(RetentionSetting retention, Period fixedPeriod) {
        this.retention = retention;
        this.fixedPeriod = fixedPeriod;
    }

    @Override
    public String key() {
        return retention.key();
    }

    @Override
    public String setting() {
        return retention.setting();
    }

    /** How many objects lie before {@code cutoff}. */
    protected abstract long countBefore(Instant cutoff);

    /** Removes or anonymises what lies before {@code cutoff}, at {@code now}, in the caller's transaction; how many. */
    protected abstract long removeBefore(Instant cutoff, Instant now);

    @Override
    public Period period() {
        return fixedPeriod != null ? fixedPeriod : retention.read();
    }

    @Override
    public long countDue(Instant now) {
        return countBefore(RetentionClock.cutoff(now, period()));
    }

    @Override
    public long applyDue(Instant now) {
        return removeBefore(RetentionClock.cutoff(now, period()), now);
    }

    /** Runs {@code work} on a connection of {@code dataSource}; a database error fails the run, naming the rule. */
    protected <T> T inConnection(DataSource dataSource, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Retention rule " + key() + " failed", e);
        }
    }

    /** Records in {@code audit} that the retention job removed one object. */
    protected static void removed(AuditLog audit, AuditAction action, String objectKind, Object objectId) {
        audit.record(RETENTION, action, objectKind, objectId, List.of());
    }
}
