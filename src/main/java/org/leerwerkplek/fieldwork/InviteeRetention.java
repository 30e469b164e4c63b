package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.RetentionSetting;
import org.leerwerkplek.platform.privacy.RetentionClock;
import org.leerwerkplek.surveys.ResponsePrivacy;

/**
 * Invitees' names, addresses and links are kept {@code lwp.retention.invitee-months} (6) months
 * after their wave closed, long enough to answer questions about the fieldwork and to check its
 * response; then they are anonymised as in an erasure ({@link InviteeAnonymiser}). Their closed
 * answers stay, still counted in the wave.
 */
@ApplicationScoped
public class InviteeRetention extends PeriodRule {

    static final RetentionSetting RULE = RetentionSetting.months("fieldwork.invitees", "lwp.retention.invitee-months", 6);

    private InviteeAnonymiser anonymiser;
    private ZoneId zone;

    /** For the CDI proxy only. */
    protected InviteeRetention() {
        super(RULE);
    }

    @Inject
    public InviteeRetention(FieldworkStore store, ResponsePrivacy responses, Clock clock) {
        super(RULE);
        zone = clock.getZone();
        anonymiser = new InviteeAnonymiser(store, responses::forget);
    }

    /**
     * The day before which a wave must have closed for its data of {@code period} to be due at
     * {@code now}: a wave closes at the end of its closing date (days in the fund's {@code zone}).
     */
    static LocalDate closedBefore(Instant now, Period period, ZoneId zone) {
        return closedBefore(RetentionClock.cutoff(now, period), zone);
    }

    /** The day before which a wave must have closed for its data to lie before {@code cutoff}. */
    static LocalDate closedBefore(Instant cutoff, ZoneId zone) {
        return LocalDate.ofInstant(cutoff, zone);
    }

    @Override
    protected long countBefore(Instant cutoff) {
        return anonymiser.countClosedBefore(closedBefore(cutoff, zone));
    }

    @Override
    protected long removeBefore(Instant cutoff, Instant now) {
        return anonymiser.anonymiseClosedBefore(closedBefore(cutoff, zone), now);
    }
}
