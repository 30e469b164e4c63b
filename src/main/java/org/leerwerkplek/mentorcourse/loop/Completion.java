package org.leerwerkplek.mentorcourse.loop;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A module one of a company's mentors completed.
 *
 * @param companyId the mentor's company
 * @param mentorId  the mentor
 * @param moduleId  the module
 * @param on        the day it was completed (Belgian time)
 */
public record Completion(long companyId, long mentorId, String moduleId, LocalDate on) {

    public Completion {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(on, "on");
    }

    /**
     * Whether it falls between a visit on {@code from} and the next one on {@code until}: after the
     * day of the first visit, up to and including the day of the next one. A day holds no hours, so
     * a module completed on a visit's day counts once, for the interval that visit closes (the fiche
     * is filled at the visit; the day's module belongs to what came before it). {@code until} null
     * means "up to now".
     */
    public boolean between(LocalDate from, LocalDate until) {
        return on.isAfter(from) && (until == null || !on.isAfter(until));
    }
}
