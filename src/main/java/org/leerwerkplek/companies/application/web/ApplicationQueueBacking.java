package org.leerwerkplek.companies.application.web;

import java.time.Clock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.companies.application.ApplicationService;
import org.leerwerkplek.companies.application.QueueItem;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;

/**
 * The queue of employers' applications ({@code /companies/applications.xhtml}, advisors and
 * admins): the confirmed applications the caller may see; taking one names the application by its
 * id and version in its own form, so a queue that changed since the page was shown takes the right
 * one or says it was taken meanwhile. A refusal is shown beside the application's date field.
 */
@Named("applicationQueue")
@RequestScoped
public class ApplicationQueueBacking {

    @Inject
    ApplicationService applications;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    private List<QueueItem> items;
    private long failedId = -1;
    private String failure;
    private String dateGiven;

    public List<QueueItem> getItems() {
        if (items == null) {
            items = applications.queue(Callers.of(security));
        }
        return items;
    }

    /** Takes the application the submitted form names, and plans its first visit on the date given. */
    public String take() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        long id;
        long version;
        try {
            id = Long.parseLong(params.getOrDefault("application", ""));
            version = Long.parseLong(params.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            FacesMessages.error("application.notFound");
            return null;
        }
        dateGiven = params.getOrDefault("visitDate", "").trim();
        try {
            LocalDate date = dateGiven.isEmpty() ? null : LocalDate.parse(dateGiven);
            long company = applications.take(Callers.of(security), id, version, date);
            FacesMessages.info("application.taken");
            return "/companies/company.xhtml?faces-redirect=true&id=" + company;
        } catch (DateTimeParseException e) {
            fail(id, FacesMessages.text("company.visit.dateRequired"));
        } catch (DomainException e) {
            fail(id, FacesMessages.text(e.messageKey(), e.arguments()));
        }
        return null;
    }

    private void fail(long id, String text) {
        failedId = id;
        failure = text;
        items = null;
    }

    /** The message of the application whose taking failed, on this page; empty for the others. */
    public Optional<String> failureOf(long id) {
        return id == failedId ? Optional.of(failure) : Optional.empty();
    }

    /** The date the form shows: what was given when taking failed, otherwise a week from today. */
    public String dateFor(long id) {
        return id == failedId ? dateGiven : LocalDate.now(clock).plusWeeks(1).toString();
    }

    /** The Belgian day of a moment, for {@code #{dates.medium(...)}}. */
    public LocalDate day(java.time.Instant moment) {
        return moment == null ? null : LocalDate.ofInstant(moment, clock.getZone());
    }

    public String getToday() {
        return LocalDate.now(clock).toString();
    }
}
