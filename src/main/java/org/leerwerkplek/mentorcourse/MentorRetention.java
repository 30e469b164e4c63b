package org.leerwerkplek.mentorcourse;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.leerwerkplek.platform.privacy.RetentionPeriods;
import org.leerwerkplek.platform.privacy.RetentionRule;

/**
 * Mentors who left the course are erased {@code lwp.retention.mentor-left-months} (12) months
 * after they left (or after they registered again without confirming): a mentor who comes back
 * within the year keeps its progress and certificates. Erased as on request
 * ({@link MentorPrivacyStore#erase}); their certificates stay genuine and say "erased". Mails
 * already rendered for them leave the outbox by the outbox's own period.
 */
@ApplicationScoped
public class MentorRetention implements RetentionRule {

    public static final String SETTING = "lwp.retention.mentor-left-months";
    static final int DEFAULT_MONTHS = 12;
    private static final Actor RETENTION = Actor.system("retention");

    private DataSource dataSource;
    private AuditLog audit;
    private Period fixedPeriod;

    /** For the CDI proxy only. */
    protected MentorRetention() {
    }

    @jakarta.inject.Inject
    public MentorRetention(AuditLog audit) {
        this.audit = audit;
    }

    /** For tests: a rule on a database of their own, with a period they set (no configuration). */
    MentorRetention(DataSource dataSource, AuditLog audit, Period period) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.fixedPeriod = period;
    }

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String key() {
        return "mentorcourse.mentors-left";
    }

    @Override
    public String setting() {
        return SETTING;
    }

    @Override
    public Period period() {
        return fixedPeriod != null ? fixedPeriod : RetentionPeriods.months(SETTING, DEFAULT_MONTHS);
    }

    @Override
    public long countDue(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return MentorPrivacyStore.leftBefore(connection, RetentionClock.cutoff(now, period())).size();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the mentors past their period", e);
        }
    }

    @Override
    public long applyDue(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> due = MentorPrivacyStore.leftBefore(connection, RetentionClock.cutoff(now, period()));
            for (long id : due) {
                MentorPrivacyStore.erase(connection, id, now);
                audit.record(RETENTION, AuditAction.ERASE, MentorPrivacy.MENTOR, id, List.of());
            }
            return due.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot erase the mentors past their period", e);
        }
    }
}
