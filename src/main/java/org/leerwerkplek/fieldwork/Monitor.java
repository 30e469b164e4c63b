package org.leerwerkplek.fieldwork;

import java.time.LocalDate;
import java.util.List;
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

    /** Invitees per state: invited, opened (and no further), partial, submitted, opted out, bounced. */
    public record Counts(long invitees, long invited, long opened, long partial, long submitted, long optedOut,
                         long bounced) {
    }

    /** Cumulative counts up to and including one day. */
    public record Day(@Schema(type = SchemaType.STRING, format = "date") LocalDate date, long invited, long opened,
                      long submitted, long optedOut) {
    }
}
