package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.Period;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.RetentionPeriods;

/**
 * A wave's link key (from which every link of its invitees can be made) is kept
 * {@code lwp.retention.wave-key-months} (1) month after the wave closed: a closed wave sends
 * nothing and takes no answers, so nothing needs it; then it is removed and no link of the wave
 * can be made from a copy of the database.
 */
@ApplicationScoped
public class WaveKeyRetention extends PeriodRule {

    public static final String SETTING = "lwp.retention.wave-key-months";

    private FieldworkStore store;

    /** For the CDI proxy only. */
    protected WaveKeyRetention() {
    }

    @Inject
    public WaveKeyRetention(FieldworkStore store) {
        this.store = store;
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
    protected Period configuredPeriod() {
        return RetentionPeriods.months(SETTING, 1);
    }

    @Override
    protected long countBefore(Instant cutoff) {
        return store.countKeysToRemove(InviteeRetention.closedBefore(cutoff));
    }

    @Override
    protected long removeBefore(Instant cutoff, Instant now) {
        return store.removeKeys(InviteeRetention.closedBefore(cutoff));
    }
}
