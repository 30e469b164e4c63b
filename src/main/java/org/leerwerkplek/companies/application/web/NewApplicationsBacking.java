package org.leerwerkplek.companies.application.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.leerwerkplek.companies.application.ApplicationService;
import org.leerwerkplek.companies.application.ApplicationStatus;
import org.leerwerkplek.companies.application.QueueItem;
import org.leerwerkplek.platform.security.web.Callers;

/** The start page's section "new applications": how many wait for the caller, the first few of them. */
@Named("newApplications")
@RequestScoped
public class NewApplicationsBacking {

    /** How many the section lists; the queue page has them all. */
    static final int SHOWN = 5;

    @Inject
    ApplicationService applications;

    @Inject
    SecurityContext security;

    private List<QueueItem> waiting;

    public List<QueueItem> getWaiting() {
        if (waiting == null) {
            waiting = applications.queue(Callers.of(security)).stream()
                    .filter(i -> i.status() != ApplicationStatus.TAKEN && i.takeable())
                    .toList();
        }
        return waiting;
    }

    public List<QueueItem> getShown() {
        return getWaiting().stream().limit(SHOWN).toList();
    }

    public int getCount() {
        return getWaiting().size();
    }
}
