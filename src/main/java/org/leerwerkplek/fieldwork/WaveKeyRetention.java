package org.leerwerkplek.fieldwork;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.privacy.RetentionPeriods;
import org.leerwerkplek.platform.privacy.RetentionRule;

/**
 * A wave's link key (from which every link of its invitees can be made) is kept
 * {@code lwp.retention.wave-key-months} (1) month after the wave closed: a closed wave sends
 * nothing and takes no answers, so nothing needs it; then it is removed and no link of the wave
 * can be made from a copy of the database.
 */
@ApplicationScoped
public class WaveKeyRetention implements RetentionRule {

    public static final String SETTING = "lwp.retention.wave-key-months";

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    private FieldworkStore store;

    @PostConstruct
    void init() {
        store = new FieldworkStore(dataSource, clock);
    }

    @Override
    public String key() {
        return "fieldwork.wave-keys";
    }

    @Override
    public String setting() {
        return SETTING;
    }

    @Override
    public Period period() {
        return RetentionPeriods.months(SETTING, 1);
    }

    @Override
    public long countDue(Instant now) {
        return store.countKeysToRemove(InviteeRetention.closedBefore(now, period()));
    }

    @Override
    public long applyDue(Instant now) {
        return store.removeKeys(InviteeRetention.closedBefore(now, period()));
    }
}
