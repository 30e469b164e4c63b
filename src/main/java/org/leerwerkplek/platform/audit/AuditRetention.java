package org.leerwerkplek.platform.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.privacy.RetentionClock;
import org.leerwerkplek.platform.privacy.RetentionPeriods;
import org.leerwerkplek.platform.privacy.RetentionRule;

/** The audit trail is kept {@code lwp.retention.audit-months} (60) months; older rows leave from the chain's start. */
@ApplicationScoped
public class AuditRetention implements RetentionRule {

    public static final String SETTING = "lwp.retention.audit-months";

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Override
    public String key() {
        return "audit";
    }

    @Override
    public String setting() {
        return SETTING;
    }

    @Override
    public Period period() {
        return RetentionPeriods.months(SETTING, 60);
    }

    @Override
    public long countDue(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return AuditChainCheck.countBefore(connection, RetentionClock.cutoff(now, period()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count old audit rows", e);
        }
    }

    @Override
    public long applyDue(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return AuditChainCheck.removeBefore(connection, RetentionClock.cutoff(now, period()),
                    Actor.system("retention"), now);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove old audit rows", e);
        }
    }
}
