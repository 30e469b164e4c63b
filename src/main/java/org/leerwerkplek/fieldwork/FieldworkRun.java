package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Works off the fieldwork schedule: the invitations and reminders due in every open wave (run by
 * the timer, or an admin's "send due now"), what is due now and next, and an analyst's extra
 * reminder to one subgroup. A wave's days are the server's days.
 */
@ApplicationScoped
public class FieldworkRun {

    /** What a run did over all open waves. */
    public record RunReport(int invitations, int reminders, int skippedSubmitted) {
    }

    private static final Logger LOG = Logger.getLogger(FieldworkRun.class.getName());

    private WaveService waves;
    private FieldworkStore store;
    private DueWork due;
    private Clock clock;

    /** For the CDI proxy only. */
    protected FieldworkRun() {
    }

    @Inject
    public FieldworkRun(WaveService waves, FieldworkStore store, DueWork due, Clock clock) {
        this.waves = waves;
        this.store = store;
        this.due = due;
        this.clock = clock;
    }

    /**
     * Works off what is due in every open wave, set-based: per wave one query finds the invitees
     * due an invitation, then one transaction per {@link DueWork#CHUNK} of them starts their
     * responses, records them and queues their mails in JDBC batches; the same for reminders.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RunReport runDue() {
        LocalDate today = LocalDate.now(clock);
        int invitations = 0;
        int reminders = 0;
        int skipped = 0;
        for (Wave wave : store.waves()) {
            if (!wave.invitesOn(today) || !wave.hasLinkKey()) {
                continue;
            }
            for (List<Invitee> chunk : chunks(store.dueInvitations(wave.id()))) {
                invitations += due.invite(wave, chunk).mailed();
            }
            ReminderRule rule = wave.reminderRule(clock);
            if (!rule.isActive()) {
                continue;
            }
            for (List<Invitee> chunk : chunks(store.reminderCandidates(wave.id(), rule.maxReminders(),
                    rule.lastContactBefore()))) {
                DueWork.Chunk done = due.remind(wave, chunk);
                reminders += done.mailed();
                skipped += done.skipped();
            }
        }
        RunReport report = new RunReport(invitations, reminders, skipped);
        if (invitations + reminders > 0) {
            LOG.info(() -> "Fieldwork run: " + report);
        }
        return report;
    }

    /** Per wave that has not closed, newest first: the invitations and reminders due now and next. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pending> pending() {
        LocalDate today = LocalDate.now(clock);
        List<Pending> pending = new ArrayList<>();
        for (Wave wave : store.waves()) {
            if (wave.isClosed(today)) {
                continue;
            }
            pending.add(Pending.of(wave, store.countNotInvited(wave.id()),
                    store.openStates(wave.id(), wave.reminderMax()), wave.reminderRule(clock), today));
        }
        return pending;
    }

    /** Sends an extra reminder to the invitees of one subgroup who have not answered. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int remindGroup(long waveId, Dimension dimension, String value) {
        Wave wave = waves.openWave(waveId);
        int mailed = 0;
        for (List<Invitee> chunk : chunks(store.openInGroup(waveId, dimension, value))) {
            mailed += due.remindGroup(wave, chunk).mailed();
        }
        return mailed;
    }

    private static List<List<Invitee>> chunks(List<Invitee> invitees) {
        List<List<Invitee>> chunks = new ArrayList<>();
        for (int from = 0; from < invitees.size(); from += DueWork.CHUNK) {
            chunks.add(invitees.subList(from, Math.min(invitees.size(), from + DueWork.CHUNK)));
        }
        return chunks;
    }
}
