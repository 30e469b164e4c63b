package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import javax.sql.DataSource;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.privacy.RetentionSetting;

/**
 * A registration nobody confirmed is deleted {@code lwp.retention.mentor-unconfirmed-days} (30)
 * days after it was made (its confirmation link works 7 days): the address may not even be the
 * registrant's own, and nothing of it counts anywhere.
 */
@ApplicationScoped
public class UnconfirmedMentorRetention extends MentorRetentionRule {

    static final RetentionSetting RULE = RetentionSetting.days("mentorcourse.unconfirmed", "lwp.retention.mentor-unconfirmed-days", 30);

    /** For the CDI proxy only. */
    protected UnconfirmedMentorRetention() {
        super(RULE);
    }

    @Inject
    public UnconfirmedMentorRetention(DataSource dataSource, AuditLog audit) {
        super(RULE, dataSource, audit);
    }

    /** For tests: a rule on a database of their own, with a period they set (no configuration). */
    UnconfirmedMentorRetention(DataSource dataSource, AuditLog audit, Period period) {
        super(RULE, dataSource, audit, period);
    }

    @Override
    List<Long> due(Connection connection, Instant cutoff) throws SQLException {
        return MentorPrivacyStore.unconfirmedBefore(connection, cutoff);
    }

    @Override
    AuditAction remove(Connection connection, long mentorId, Instant now) throws SQLException {
        MentorPrivacyStore.delete(connection, mentorId);
        return AuditAction.DELETE;
    }
}
