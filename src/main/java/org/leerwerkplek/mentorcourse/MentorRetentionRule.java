package org.leerwerkplek.mentorcourse;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import javax.sql.DataSource;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.privacy.RetentionClock;
import org.leerwerkplek.platform.privacy.RetentionRule;

/**
 * What the mentor course's retention rules share: the mentors past the period are found with one
 * query of {@link MentorPrivacyStore}, each is removed in its own way and recorded in the audit
 * trail under the retention job.
 */
abstract class MentorRetentionRule implements RetentionRule {

    private static final Actor RETENTION = Actor.system("retention");

    private DataSource dataSource;
    private AuditLog audit;
    private Period fixedPeriod;

    /** For the CDI proxy only. */
    protected MentorRetentionRule() {
    }

    MentorRetentionRule(AuditLog audit) {
        this.audit = audit;
    }

    /** For tests: a rule on a database of their own, with a period they set (no configuration). */
    MentorRetentionRule(DataSource dataSource, AuditLog audit, Period period) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.fixedPeriod = period;
    }

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The period from the configuration. */
    abstract Period configuredPeriod();

    /** The mentors whose moment lies before {@code cutoff}. */
    abstract List<Long> due(Connection connection, Instant cutoff) throws SQLException;

    /** Removes one of them; what the trail records. */
    abstract AuditAction remove(Connection connection, long mentorId, Instant now) throws SQLException;

    @Override
    public Period period() {
        return fixedPeriod != null ? fixedPeriod : configuredPeriod();
    }

    @Override
    public long countDue(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return due(connection, RetentionClock.cutoff(now, period())).size();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count what " + key() + " holds past its period", e);
        }
    }

    @Override
    public long applyDue(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> due = due(connection, RetentionClock.cutoff(now, period()));
            for (long id : due) {
                audit.record(RETENTION, remove(connection, id, now), MentorPrivacy.MENTOR, id, List.of());
            }
            return due.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove what " + key() + " holds past its period", e);
        }
    }
}
