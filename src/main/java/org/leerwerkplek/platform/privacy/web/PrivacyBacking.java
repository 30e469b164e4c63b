package org.leerwerkplek.platform.privacy.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.privacy.AccessReport;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.PersonalRecord;
import org.leerwerkplek.platform.privacy.PrivacyService;
import org.leerwerkplek.platform.privacy.TraceScan;
import org.leerwerkplek.platform.web.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The privacy page for admins ({@code /admin/privacy.xhtml}): a person's data, erasure, traces, retention. */
@Named("privacy")
@ViewScoped
public class PrivacyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PrivacyService service;

    @Inject
    Clock clock;

    private String email;
    private String name;
    private List<PersonalRecord> records;
    private List<ErasedObject> erased;
    private List<TraceScan.Trace> traces;
    private transient List<PrivacyService.RetentionStatus> retention;

    public void lookup() {
        erased = null;
        traces = null;
        try {
            records = new ArrayList<>(service.lookup(email));
        } catch (DomainException e) {
            records = null;
            FacesMessages.error(e);
        }
    }

    public void erase() {
        try {
            erased = new ArrayList<>(service.erase(email));
            records = null;
            traces = new ArrayList<>(service.traces(name == null || name.isBlank() ? List.of(email) : List.of(email, name)));
            FacesMessages.info("privacy.erased", erased.size());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public StreamedContent getJson() {
        byte[] bytes;
        try (var jsonb = JsonbBuilder.create()) {
            bytes = jsonb.toJson(Map.of("email", email.trim(), "records", service.lookup(email)))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the personal data as JSON", e);
        }
        return DefaultStreamedContent.builder().name("personal-data.json").contentType("application/json")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent getHtml() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Map<String, String> texts = Map.of(
                "title", Messages.get(locale, "privacy.report.title"),
                "intro", Messages.get(locale, "privacy.report.intro"),
                "generated", Messages.get(locale, "privacy.report.generated"),
                "empty", Messages.get(locale, "privacy.report.empty"));
        byte[] bytes = AccessReport.html(email.trim(), service.lookup(email), clock.instant(), texts, locale.getLanguage())
                .getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("personal-data.html").contentType("text/html; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public void runRetention() {
        List<PrivacyService.RetentionOutcome> outcomes = service.runRetention(clock.instant());
        FacesMessages.info("privacy.retention.ran", outcomes.stream().mapToLong(PrivacyService.RetentionOutcome::removed).sum());
        retention = null;
    }

    public List<PrivacyService.RetentionStatus> getRetention() {
        if (retention == null) {
            retention = service.retention();
        }
        return retention;
    }

    /** "6 months", "30 days" in the page's language. */
    public String period(PrivacyService.RetentionStatus status) {
        long months = status.period().toTotalMonths();
        return months > 0 ? FacesMessages.text("privacy.retention.months", months)
                : FacesMessages.text("privacy.retention.days", status.period().getDays());
    }

    public List<PersonalRecord> getRecords() {
        return records;
    }

    public List<ErasedObject> getErased() {
        return erased;
    }

    public List<TraceScan.Trace> getTraces() {
        return traces;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
