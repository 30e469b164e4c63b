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
     * Whether it falls between a visit on {@code from} and the next one on {@code until}: from the
     * day of the visit on, before the day of the next one (a module completed that day came too
     * late to change what the next fiche says); {@code until} null means "up to now".
     */
    public boolean between(LocalDate from, LocalDate until) {
        return !on.isBefore(from) && (until == null || on.isBefore(until));
    }
}
