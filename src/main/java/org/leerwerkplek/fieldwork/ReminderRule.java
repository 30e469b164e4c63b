package org.leerwerkplek.fieldwork;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When an invitee gets its next reminder: only after the invitation, only when it has neither
 * submitted nor opted out, at least {@code minDaysBetween} calendar days after the last mail it
 * got, at most {@code maxReminders} times, not after {@code lastDate} and not after the wave's
 * closing date. Days are counted in the zone of the clock.
 */
public final class ReminderRule {

    /** Why a reminder is or is not due. */
    public enum Verdict { DUE, NOT_INVITED, SUBMITTED, OPTED_OUT, MAXIMUM_REACHED, PAST_LAST_DATE, CLOSED, TOO_SOON }

    /** The verdict and, when due, the number of the reminder (1 for the first). */
    public record Decision(Verdict verdict, int number) {

        public boolean isDue() {
            return verdict == Verdict.DUE;
        }
    }

    /** What the rule looks at of one invitee. */
    public record InviteeState(Instant invitedAt, int reminders, Instant lastContactAt, boolean optedOut,
                               boolean submitted) {
    }

    private final int minDaysBetween;
    private final int maxReminders;
    private final LocalDate lastDate;
    private final LocalDate closingDate;
    private final Clock clock;

    public ReminderRule(int minDaysBetween, int maxReminders, LocalDate lastDate, LocalDate closingDate, Clock clock) {
        if (minDaysBetween < 1 || maxReminders < 0) {
            throw new IllegalArgumentException("minDaysBetween >= 1 and maxReminders >= 0");
        }
        this.minDaysBetween = minDaysBetween;
        this.maxReminders = maxReminders;
        this.lastDate = Objects.requireNonNull(lastDate);
        this.closingDate = Objects.requireNonNull(closingDate);
        this.clock = Objects.requireNonNull(clock);
    }

    public Decision decide(InviteeState invitee) {
        LocalDate today = LocalDate.now(clock);
        if (invitee.invitedAt() == null) {
            return new Decision(Verdict.NOT_INVITED, 0);
        }
        if (invitee.submitted()) {
            return new Decision(Verdict.SUBMITTED, 0);
        }
        if (invitee.optedOut()) {
            return new Decision(Verdict.OPTED_OUT, 0);
        }
        if (today.isAfter(closingDate)) {
            return new Decision(Verdict.CLOSED, 0);
        }
        if (invitee.reminders() >= maxReminders) {
            return new Decision(Verdict.MAXIMUM_REACHED, 0);
        }
        if (today.isAfter(lastDate)) {
            return new Decision(Verdict.PAST_LAST_DATE, 0);
        }
        Instant last = invitee.lastContactAt() == null ? invitee.invitedAt() : invitee.lastContactAt();
        LocalDate lastDay = LocalDate.ofInstant(last, clock.getZone());
        if (ChronoUnit.DAYS.between(lastDay, today) < minDaysBetween) {
            return new Decision(Verdict.TOO_SOON, 0);
        }
        return new Decision(Verdict.DUE, invitee.reminders() + 1);
    }

    /**
     * The first day from today on which the invitee would get its next reminder, as things stand;
     * empty when it gets none any more (answered, opted out, maximum reached, past the last day).
     */
    public Optional<LocalDate> nextDay(InviteeState invitee) {
        Decision decision = decide(invitee);
        if (decision.isDue()) {
            return Optional.of(LocalDate.now(clock));
        }
        if (decision.verdict() != Verdict.TOO_SOON) {
            return Optional.empty();
        }
        Instant last = invitee.lastContactAt() == null ? invitee.invitedAt() : invitee.lastContactAt();
        LocalDate day = LocalDate.ofInstant(last, clock.getZone()).plusDays(minDaysBetween);
        return day.isAfter(lastDate) || day.isAfter(closingDate) ? Optional.empty() : Optional.of(day);
    }

    /**
     * The moment before which the last mail must have gone for a reminder to be due today; a
     * database query uses it to narrow the candidates before {@link #decide} looks at each.
     */
    public Instant lastContactBefore() {
        return LocalDate.now(clock).minusDays(minDaysBetween - 1L).atStartOfDay(clock.getZone()).toInstant();
    }

    /** Whether reminders can still go out today at all. */
    public boolean isActive() {
        LocalDate today = LocalDate.now(clock);
        return maxReminders > 0 && !today.isAfter(lastDate) && !today.isAfter(closingDate);
    }

    public int maxReminders() {
        return maxReminders;
    }
}
