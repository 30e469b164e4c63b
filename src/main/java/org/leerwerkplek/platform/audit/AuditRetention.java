package org.leerwerkplek.platform.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.Period;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.RetentionPeriods;

/** The audit trail is kept {@code lwp.retention.audit-months} (60) months; older rows leave from the chain's start. */
@ApplicationScoped
public class AuditRetention extends PeriodRule {

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
    protected Period configuredPeriod() {
        return RetentionPeriods.months(SETTING, 60);
    }

    @Override
    protected long countBefore(Instant cutoff) {
        return inConnection(dataSource, connection -> AuditChainCheck.countBefore(connection, cutoff));
    }

    @Override
    protected long removeBefore(Instant cutoff, Instant now) {
        return inConnection(dataSource, connection -> (long) AuditChainCheck.removeBefore(connection, cutoff, RETENTION, now));
    }
}
