package org.leerwerkplek.fieldwork;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.privacy.RetentionClock;
import org.leerwerkplek.platform.privacy.RetentionPeriods;
import org.leerwerkplek.platform.privacy.RetentionRule;
import org.leerwerkplek.surveys.ResponsePrivacy;

/**
 * Invitees' names, addresses and links are kept {@code lwp.retention.invitee-months} (6) months
 * after their wave closed, long enough to answer questions about the fieldwork and to check its
 * response; then they are anonymised as in an erasure ({@link InviteeAnonymiser}). Their closed
 * answers stay, still counted in the wave.
 */
@ApplicationScoped
public class InviteeRetention implements RetentionRule {

    public static final String SETTING = "lwp.retention.invitee-months";

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ResponsePrivacy responses;

    @Inject
    Clock clock;

    private InviteeAnonymiser anonymiser;

    @PostConstruct
    void init() {
        anonymiser = new InviteeAnonymiser(new FieldworkStore(dataSource, clock), responses::forget);
    }

    /**
     * The day before which a wave must have closed for its data of {@code period} to be due at
     * {@code now}: a wave closes at the end of its closing date (days in the server's zone).
     */
    static LocalDate closedBefore(Instant now, Period period) {
        return LocalDate.ofInstant(RetentionClock.cutoff(now, period), ZoneId.systemDefault());
    }

    @Override
    public String key() {
        return "fieldwork.invitees";
    }

    @Override
    public String setting() {
        return SETTING;
    }

    @Override
    public Period period() {
        return RetentionPeriods.months(SETTING, 6);
    }

    @Override
    public long countDue(Instant now) {
        return anonymiser.countClosedBefore(closedBefore(now, period()));
    }

    @Override
    public long applyDue(Instant now) {
        return anonymiser.anonymiseClosedBefore(closedBefore(now, period()), now);
    }
}
