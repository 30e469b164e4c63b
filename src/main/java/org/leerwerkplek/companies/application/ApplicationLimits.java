package org.leerwerkplek.companies.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.platform.DomainException;

/**
 * The rules against spam and abuse of the public form, without a third-party service: a form whose
 * hidden field is filled (a robot), more than {@link ApplicationSettings#perAddressPerDay()}
 * applications from one client address in 24 hours, and a second application for an enterprise
 * number within {@link ApplicationSettings#perNumberDays()} days of a confirmed one (or while an
 * earlier one's confirmation link still works) are refused. Plain logic: the service gives it what
 * the database holds.
 */
public final class ApplicationLimits {

    /** An earlier application for the same enterprise number. */
    public record Earlier(Instant createdAt, ApplicationStatus status) {
    }

    /** The message of a form whose hidden field was filled. */
    public static final String ROBOT = "application.refused.robot";

    private final ApplicationSettings settings;

    public ApplicationLimits(ApplicationSettings settings) {
        this.settings = settings;
    }

    /** Since when the applications of one client address count. */
    public Instant addressWindowStart(Instant now) {
        return now.minus(Duration.ofDays(1));
    }

    /** Since when the applications for one number count (the longer of both windows). */
    public Instant numberWindowStart(Instant now) {
        Duration window = Duration.ofDays(settings.perNumberDays());
        return now.minus(window.compareTo(settings.confirmValid()) >= 0 ? window : settings.confirmValid());
    }

    /**
     * Refuses the application, with the message the applicant reads, when a rule forbids it.
     *
     * @param fromAddress how many applications the client address sent since {@link #addressWindowStart}
     * @param sameNumber  the applications for the same number since {@link #numberWindowStart}
     * @throws DomainException INVALID for a robot, CONFLICT for a limit
     */
    public void check(ApplicationForm form, EnterpriseNumber number, long fromAddress, List<Earlier> sameNumber, Instant now) {
        if (form.isRobot()) {
            throw new DomainException(DomainException.Kind.INVALID, ROBOT);
        }
        if (fromAddress >= settings.perAddressPerDay()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "application.limit.address");
        }
        Instant confirmedSince = now.minus(Duration.ofDays(settings.perNumberDays()));
        Instant openSince = now.minus(settings.confirmValid());
        boolean blocked = sameNumber.stream().anyMatch(earlier -> earlier.status() == ApplicationStatus.UNCONFIRMED
                ? earlier.createdAt().isAfter(openSince)
                : earlier.createdAt().isAfter(confirmedSince));
        if (blocked) {
            throw new DomainException(DomainException.Kind.CONFLICT, "application.limit.number", number.formatted(),
                    settings.perNumberDays());
        }
    }

    /** Whether a confirmation link made at {@code createdAt} still works at {@code now}. */
    public boolean confirmationOpen(Instant createdAt, Instant now) {
        return now.isBefore(createdAt.plus(settings.confirmValid()));
    }
}
