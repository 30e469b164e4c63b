package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.metrics.GaugeSpec;
import org.leerwerkplek.platform.metrics.MetricSource;

/**
 * The fieldwork schedule's backlog at {@code /metrics}: the invitations and reminders that the next
 * run ({@link FieldworkRun#runDue()}) would work off, over every open wave. Counted with the run's own
 * rules, one count query per open wave for each (a fund has a handful of open waves), without reading
 * an invitee. Reminders count the run's candidates: the run skips those the surveys part reports
 * submitted since, so the figure is an upper bound.
 */
@ApplicationScoped
public class FieldworkMetrics implements MetricSource {

    static final GaugeSpec INVITATIONS = GaugeSpec.count("lwp.fieldwork.invitations.due",
            "Fieldwork invitations due now and not yet queued as mail, over every open wave");
    static final GaugeSpec REMINDERS = GaugeSpec.count("lwp.fieldwork.reminders.due",
            "Fieldwork reminders due now and not yet queued as mail, over every open wave (at most; "
                    + "invitees who answered since are skipped by the run)");

    private FieldworkStore store;
    private Clock clock;

    /** For the CDI proxy only. */
    protected FieldworkMetrics() {
    }

    @Inject
    public FieldworkMetrics(FieldworkStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "fieldwork";
    }

    @Override
    public List<GaugeSpec> gauges() {
        return List.of(INVITATIONS, REMINDERS);
    }

    @Override
    public Map<GaugeSpec, Long> read() {
        LocalDate today = LocalDate.now(clock);
        long invitations = 0;
        long reminders = 0;
        for (Wave wave : store.waves()) {
            if (!wave.invitesOn(today) || !wave.hasLinkKey()) {
                continue;
            }
            invitations += store.countNotInvited(wave.id());
            ReminderRule rule = wave.reminderRule(clock);
            if (rule.isActive()) {
                reminders += store.countReminderCandidates(wave.id(), rule.maxReminders(), rule.lastContactBefore());
            }
        }
        return Map.of(INVITATIONS, invitations, REMINDERS, reminders);
    }
}
