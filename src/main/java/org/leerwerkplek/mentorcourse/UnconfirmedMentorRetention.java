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
 * A registration nobody confirmed is deleted {@code lwp.retention.mentor-unconfirmed-days} (30)
 * days after it was made (its confirmation link works 7 days): the address may not even be the
 * registrant's own, and nothing of it counts anywhere.
 */
@ApplicationScoped
public class UnconfirmedMentorRetention implements RetentionRule {

    public static final String SETTING = "lwp.retention.mentor-unconfirmed-days";
    static final int DEFAULT_DAYS = 30;
    private static final Actor RETENTION = Actor.system("retention");

    private DataSource dataSource;
    private AuditLog audit;
    private Period fixedPeriod;

    /** For the CDI proxy only. */
    protected UnconfirmedMentorRetention() {
    }

    @jakarta.inject.Inject
    public UnconfirmedMentorRetention(AuditLog audit) {
        this.audit = audit;
    }

    /** For tests: a rule on a database of their own, with a period they set (no configuration). */
    UnconfirmedMentorRetention(DataSource dataSource, AuditLog audit, Period period) {
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
        return "mentorcourse.unconfirmed";
    }

    @Override
    public String setting() {
        return SETTING;
    }

    @Override
    public Period period() {
        return fixedPeriod != null ? fixedPeriod : RetentionPeriods.days(SETTING, DEFAULT_DAYS);
    }

    @Override
    public long countDue(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return MentorPrivacyStore.unconfirmedBefore(connection, RetentionClock.cutoff(now, period())).size();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the unconfirmed registrations past their period", e);
        }
    }

    @Override
    public long applyDue(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> due = MentorPrivacyStore.unconfirmedBefore(connection, RetentionClock.cutoff(now, period()));
            for (long id : due) {
                MentorPrivacyStore.delete(connection, id);
                audit.record(RETENTION, AuditAction.DELETE, MentorPrivacy.MENTOR, id, List.of());
            }
            return due.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete the unconfirmed registrations past their period", e);
        }
    }
}
