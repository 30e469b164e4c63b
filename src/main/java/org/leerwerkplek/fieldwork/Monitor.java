package org.leerwerkplek.fieldwork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leerwerkplek.surveys.LinkResponseService;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The state of a wave for the fieldwork monitor.
 *
 * @param timeline  per day from the invitation date, the cumulative counts
 * @param tests     representativeness per dimension and reference
 * @param pending   invitations not sent yet
 */
public record Monitor(Wave wave, Counts counts, List<Day> timeline, List<Representativeness.Test> tests,
                      long pending) {

    public Monitor {
        timeline = List.copyOf(timeline);
        tests = List.copyOf(tests);
    }

    /**
     * Invitees per state, as a funnel: invited; opened their link (whatever they did next, as the
     * chart counts them); partly answered and not submitted; submitted; opted out; bounced.
     */
    public record Counts(long invitees, long invited, long opened, long partial, long submitted, long optedOut,
                         long bounced) {
    }

    /** Cumulative counts up to and including one day. */
    public record Day(@Schema(type = SchemaType.STRING, format = "date") LocalDate date, long invited, long opened,
                      long submitted, long optedOut) {
    }

    /** The counts of {@code invitees}, with the progress of their responses by invitee id. */
    static Counts counts(List<Invitee> invitees, Map<Long, LinkResponseService.Progress> progress, long bounced) {
        long invited = 0;
        long opened = 0;
        long partial = 0;
        long submitted = 0;
        long optedOut = 0;
        for (Invitee invitee : invitees) {
            LinkResponseService.Progress p = progress.get(invitee.id());
            invited += invitee.invitedAt() != null ? 1 : 0;
            optedOut += invitee.optedOutAt() != null ? 1 : 0;
            if (p == null) {
                continue;
            }
            opened += p.stage() != LinkResponseService.Stage.NOT_OPENED ? 1 : 0;
            partial += p.stage() == LinkResponseService.Stage.PARTIAL ? 1 : 0;
            submitted += p.stage() == LinkResponseService.Stage.SUBMITTED ? 1 : 0;
        }
        return new Counts(invitees.size(), invited, opened, partial, submitted, optedOut, bounced);
    }

    /**
     * Per day from the wave's invitation date up to {@code today} (or its closing date), the
     * cumulative counts of {@code invitees}, days taken in {@code zone}. A response that went on
     * without a recorded opening counts as opened when it was first saved or submitted, so the last
     * day agrees with {@link #counts}.
     */
    static List<Day> timeline(Wave wave, List<Invitee> invitees, Map<Long, LinkResponseService.Progress> progress,
                              LocalDate today, ZoneId zone) {
        LocalDate last = today.isAfter(wave.closingDate()) ? wave.closingDate() : today;
        TreeMap<LocalDate, long[]> perDay = new TreeMap<>();
        for (Invitee invitee : invitees) {
            LinkResponseService.Progress p = progress.get(invitee.id());
            count(perDay, invitee.invitedAt(), 0, zone);
            count(perDay, p == null ? null : openedAt(p), 1, zone);
            count(perDay, p == null ? null : p.submittedAt(), 2, zone);
            count(perDay, invitee.optedOutAt(), 3, zone);
        }
        List<Day> days = new ArrayList<>();
        long[] sum = new long[4];
        for (Map.Entry<LocalDate, long[]> before : perDay.headMap(wave.invitationDate()).entrySet()) {
            for (int k = 0; k < 4; k++) {
                sum[k] += before.getValue()[k];
            }
        }
        for (LocalDate day = wave.invitationDate(); !day.isAfter(last); day = day.plusDays(1)) {
            long[] counts = perDay.getOrDefault(day, new long[4]);
            for (int k = 0; k < 4; k++) {
                sum[k] += counts[k];
            }
            days.add(new Day(day, sum[0], sum[1], sum[2], sum[3]));
        }
        return days;
    }

    private static Instant openedAt(LinkResponseService.Progress p) {
        if (p.openedAt() != null || p.stage() == LinkResponseService.Stage.NOT_OPENED) {
            return p.openedAt();
        }
        return p.savedAt() != null ? p.savedAt() : p.submittedAt();
    }

    private static void count(TreeMap<LocalDate, long[]> perDay, Instant at, int index, ZoneId zone) {
        if (at != null) {
            perDay.computeIfAbsent(LocalDate.ofInstant(at, zone), d -> new long[4])[index]++;
        }
    }
}
