package org.leerwerkplek.fieldwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.testing.MutableClock;

/** What a wave has due now and next, and the rule's next reminder day, on a clock the test sets. */
class PendingTest {

    private static final LocalDate INVITED = LocalDate.of(2026, 3, 2);
    private final MutableClock clock = new MutableClock(INVITED);
    /** Invitations on 2 March; every 7 days, at most 2 reminders up to 23 March; closing 31 March. */
    private final Wave wave = new Wave(4, "Voorjaar", "werkgeversbevraging", INVITED, 7, 2, LocalDate.of(2026, 3, 23),
            LocalDate.of(2026, 3, 31), InviteeLinks.newKey(), "https://lwp.example/", "analist", Instant.EPOCH, 0);

    private static Instant on(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    private static ReminderRule.InviteeState invited(LocalDate lastContact, int reminders) {
        return new ReminderRule.InviteeState(on(INVITED), reminders, on(lastContact), false, false);
    }

    @Test
    void beforeTheInvitationDateTheInvitationsAreNextOnThatDate() {
        clock.set(INVITED.minusDays(3));

        Pending pending = Pending.of(wave, 120, List.of(), wave.reminderRule(clock), LocalDate.now(clock));

        assertEquals(0, pending.invitationsNow());
        assertEquals(INVITED, pending.invitationsNextOn());
        assertEquals(120, pending.invitationsNext());
        assertNull(pending.remindersNextOn());
    }

    @Test
    void remindersAreCountedNowAndOnTheFirstDayToCome() {
        clock.set(INVITED.plusDays(9));
        List<ReminderRule.InviteeState> open = List.of(
                invited(INVITED, 0),
                invited(INVITED.plusDays(1), 0),
                invited(INVITED.plusDays(4), 0),
                invited(INVITED.plusDays(4), 1),
                invited(INVITED.plusDays(6), 0),
                invited(INVITED, 2));

        Pending pending = Pending.of(wave, 5, open, wave.reminderRule(clock), LocalDate.now(clock));

        assertEquals(5, pending.invitationsNow(), "the invitation date has come");
        assertNull(pending.invitationsNextOn());
        assertEquals(2, pending.remindersNow(), "last mail 7 or more days ago, fewer than 2 reminders");
        assertEquals(INVITED.plusDays(11), pending.remindersNextOn());
        assertEquals(2, pending.remindersNext());
    }

    @Test
    void noNextReminderAfterTheLastDayForRemindersNorInAClosedWave() {
        clock.set(INVITED.plusDays(18));
        ReminderRule rule = wave.reminderRule(clock);

        assertEquals(Optional.empty(), rule.nextDay(invited(INVITED.plusDays(17), 0)), "24 March is past the last day");
        assertEquals(Optional.of(INVITED.plusDays(21)), rule.nextDay(invited(INVITED.plusDays(14), 1)));

        clock.set(LocalDate.of(2026, 4, 1));
        Pending closed = Pending.of(wave, 9, List.of(invited(INVITED, 0)), wave.reminderRule(clock), LocalDate.now(clock));
        assertEquals(0, closed.invitationsNow());
        assertEquals(0, closed.remindersNow());
        assertNull(closed.remindersNextOn());
    }
}
