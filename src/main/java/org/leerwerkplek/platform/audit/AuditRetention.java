package org.leerwerkplek.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import javax.sql.DataSource;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.RetentionSetting;

/** The audit trail is kept {@code lwp.retention.audit-months} (60) months; older rows leave from the chain's start. */
@ApplicationScoped
public class AuditRetention extends PeriodRule {

    static final RetentionSetting RULE = RetentionSetting.months("audit", "lwp.retention.audit-months", 60);

    @Inject
    DataSource dataSource;

    public AuditRetention() {
        super(RULE);
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
