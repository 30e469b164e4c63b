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
 * Mentors who left the course are erased {@code lwp.retention.mentor-left-months} (12) months
 * after they left (or after they registered again without confirming): a mentor who comes back
 * within the year keeps its progress and certificates. Erased as on request
 * ({@link MentorPrivacyStore#erase}); their certificates stay genuine and say "erased". Mails
 * already rendered for them leave the outbox by the outbox's own period.
 */
@ApplicationScoped
public class MentorRetention extends MentorRetentionRule {

    static final RetentionSetting RULE = RetentionSetting.months("mentorcourse.mentors-left", "lwp.retention.mentor-left-months", 12);

    /** For the CDI proxy only. */
    protected MentorRetention() {
        super(RULE);
    }

    @Inject
    public MentorRetention(DataSource dataSource, AuditLog audit) {
        super(RULE, dataSource, audit);
    }

    /** For tests: a rule on a database of their own, with a period they set (no configuration). */
    MentorRetention(DataSource dataSource, AuditLog audit, Period period) {
        super(RULE, dataSource, audit, period);
    }

    @Override
    List<Long> due(Connection connection, Instant cutoff) throws SQLException {
        return MentorPrivacyStore.leftBefore(connection, cutoff);
    }

    @Override
    AuditAction remove(Connection connection, long mentorId, Instant now) throws SQLException {
        MentorPrivacyStore.erase(connection, mentorId, now);
        return AuditAction.ERASE;
    }
}
