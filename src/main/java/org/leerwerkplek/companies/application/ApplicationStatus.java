package org.leerwerkplek.companies.application;

/**
 * Where an application stands: waiting for the applicant's confirmation (not in the queue), in the
 * queue unassigned or assigned to an advisor by the admin's rule, or taken by an advisor (the company
 * is created or linked and its first visit planned).
 */
public enum ApplicationStatus {
    UNCONFIRMED, NEW, ASSIGNED, TAKEN;

    public String messageKey() {
        return "application.status." + name();
    }
}
