package org.leerwerkplek.mentorcourse;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import javax.sql.DataSource;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.RetentionSetting;

/**
 * What the mentor course's retention rules share: the mentors past the period are found with one
 * query of {@link MentorPrivacyStore}, each is removed in its own way and recorded in the audit
 * trail under the retention job ({@link PeriodRule}).
 */
abstract class MentorRetentionRule extends PeriodRule {

    private DataSource dataSource;
    private AuditLog audit;

    /** For the CDI proxy only. */
    protected MentorRetentionRule(RetentionSetting retention) {
        super(retention);
    }

    MentorRetentionRule(RetentionSetting retention, DataSource dataSource, AuditLog audit) {
        super(retention);
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** For tests: a rule on a database of their own, with a period they set (no configuration). */
    MentorRetentionRule(RetentionSetting retention, DataSource dataSource, AuditLog audit, Period period) {
        super(retention, period);
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** The mentors whose moment lies before {@code cutoff}. */
    abstract List<Long> due(Connection connection, Instant cutoff) throws SQLException;

    /** Removes one of them; what the trail records. */
    abstract AuditAction remove(Connection connection, long mentorId, Instant now) throws SQLException;

    @Override
    protected long countBefore(Instant cutoff) {
        return inConnection(dataSource, connection -> (long) due(connection, cutoff).size());
    }

    @Override
    protected long removeBefore(Instant cutoff, Instant now) {
        return inConnection(dataSource, connection -> {
            List<Long> due = due(connection, cutoff);
            for (long id : due) {
                removed(audit, remove(connection, id, now), MentorPrivacy.MENTOR, id);
            }
            return (long) due.size();
        });
    }
}
