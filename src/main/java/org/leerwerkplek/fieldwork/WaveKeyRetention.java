package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.RetentionSetting;

/**
 * A wave's link key (from which every link of its invitees can be made) is kept
 * {@code lwp.retention.wave-key-months} (1) month after the wave closed: a closed wave sends
 * nothing and takes no answers, so nothing needs it; then it is removed and no link of the wave
 * can be made from a copy of the database.
 */
@ApplicationScoped
public class WaveKeyRetention extends PeriodRule {

    static final RetentionSetting RULE = RetentionSetting.months("fieldwork.wave-keys", "lwp.retention.wave-key-months", 1);

    private FieldworkStore store;
    private ZoneId zone;

    /** For the CDI proxy only. */
    protected WaveKeyRetention() {
        super(RULE);
    }

    @Inject
    public WaveKeyRetention(FieldworkStore store, Clock clock) {
        super(RULE);
        this.store = store;
        this.zone = clock.getZone();
    }

    @Override
    protected long countBefore(Instant cutoff) {
        return store.countKeysToRemove(InviteeRetention.closedBefore(cutoff, zone));
    }

    @Override
    protected long removeBefore(Instant cutoff, Instant now) {
        return store.removeKeys(InviteeRetention.closedBefore(cutoff, zone));
    }
}
