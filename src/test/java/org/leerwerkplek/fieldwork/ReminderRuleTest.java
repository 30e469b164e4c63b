package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.fieldwork.ReminderRule.Verdict;
import org.leerwerkplek.platform.testing.MutableClock;

/** The reminder rule on a clock the test moves by hand: every day of a wave, no sleeping. */
class ReminderRuleTest {

    private static final LocalDate INVITED = LocalDate.of(2026, 3, 2);
    private final MutableClock clock = new MutableClock(INVITED);
    /** Every 7 days, at most 2, reminders up to 23 March, closing 31 March. */
    private final ReminderRule rule = new ReminderRule(7, 2, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 31), clock);
    private final Instant invitedAt = clock.instant();

    private ReminderRule.InviteeState waiting(int reminders, Instant lastContact) {
        return new ReminderRule.InviteeState(invitedAt, reminders, lastContact, false, false);
    }

    @Test
    void theFirstReminderIsDueAfterTheMinimumNumberOfDaysAndNotBefore() {
        clock.set(INVITED.plusDays(6));
        assertEquals(Verdict.TOO_SOON, rule.decide(waiting(0, invitedAt)).verdict());

        clock.set(INVITED.plusDays(7));
        ReminderRule.Decision decision = rule.decide(waiting(0, invitedAt));
        assertTrue(decision.isDue());
        assertEquals(1, decision.number());
    }

    @Test
    void theNextReminderCountsFromTheLastMail() {
        Instant firstReminder = INVITED.plusDays(7).atTime(6, 0).toInstant(java.time.ZoneOffset.UTC);
        clock.set(INVITED.plusDays(13));
        assertEquals(Verdict.TOO_SOON, rule.decide(waiting(1, firstReminder)).verdict());

        clock.set(INVITED.plusDays(14));
        assertEquals(new ReminderRule.Decision(Verdict.DUE, 2), rule.decide(waiting(1, firstReminder)));
    }

    @Test
    void remindersStopAtTheMaximum() {
        clock.set(INVITED.plusDays(20));
        assertEquals(Verdict.MAXIMUM_REACHED, rule.decide(waiting(2, invitedAt)).verdict());
    }

    @Test
    void remindersStopAtSubmissionAndAtOptOut() {
        clock.set(INVITED.plusDays(7));
        assertEquals(Verdict.SUBMITTED,
                rule.decide(new ReminderRule.InviteeState(invitedAt, 0, invitedAt, false, true)).verdict());
        assertEquals(Verdict.OPTED_OUT,
                rule.decide(new ReminderRule.InviteeState(invitedAt, 0, invitedAt, true, false)).verdict());
    }

    @Test
    void remindersStopAfterTheLastDateAndAfterClosing() {
        clock.set(LocalDate.of(2026, 3, 23));
        assertTrue(rule.decide(waiting(0, invitedAt)).isDue(), "the last date itself still counts");
        assertTrue(rule.isActive());

        clock.set(LocalDate.of(2026, 3, 24));
        assertEquals(Verdict.PAST_LAST_DATE, rule.decide(waiting(0, invitedAt)).verdict());
        assertFalse(rule.isActive());

        clock.set(LocalDate.of(2026, 4, 1));
        assertEquals(Verdict.CLOSED, rule.decide(waiting(0, invitedAt)).verdict());
    }

    @Test
    void anInviteeThatWasNotInvitedGetsNoReminder() {
        clock.set(INVITED.plusDays(30));
        assertEquals(Verdict.NOT_INVITED,
                rule.decide(new ReminderRule.InviteeState(null, 0, null, false, false)).verdict());
    }

    @Test
    void theQueryBoundLetsThroughExactlyTheMailsOldEnough() {
        clock.set(INVITED.plusDays(7));
        Instant bound = rule.lastContactBefore();

        assertTrue(invitedAt.isBefore(bound), "a mail 7 days ago is a candidate");
        assertFalse(INVITED.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().isBefore(bound),
                "a mail 6 days ago is not");
    }

    @Test
    void aRuleWithoutRemindersIsNeverActive() {
        ReminderRule none = new ReminderRule(7, 0, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 31), clock);
        clock.set(INVITED.plusDays(10));
        assertFalse(none.isActive());
        assertEquals(Verdict.MAXIMUM_REACHED, none.decide(waiting(0, invitedAt)).verdict());
    }
}
