package org.leerwerkplek.platform.audit.web;

import java.time.Clock;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.ActorKind;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditChain;
import org.leerwerkplek.platform.audit.AuditEvent;
import org.leerwerkplek.platform.audit.AuditFilter;
import org.leerwerkplek.platform.audit.AuditPage;
import org.leerwerkplek.platform.audit.AuditQuery;
import org.leerwerkplek.platform.audit.AuditTrail;
import org.leerwerkplek.platform.web.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The audit page for admins ({@code /admin/audit.xhtml}): rows with filters, CSV export, chain check. */
@Named("audit")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 50;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    private String who;
    private String objectKind;
    private String objectId;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private transient AuditPage rows;
    private transient Map<String, String> names;
    private AuditChain.Check check;

    public void apply() {
        page = 0;
        rows = null;
    }

    public void next() {
        page++;
        rows = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        rows = null;
    }

    public AuditPage getRows() {
        if (rows == null) {
            try {
                rows = trail.page(filter(), page, SIZE);
            } catch (DomainException e) {
                FacesMessages.error(e);
                rows = new AuditPage(List.of(), 0, 0, SIZE);
            }
        }
        return rows;
    }

    public boolean isHasNext() {
        return (long) (getRows().page() + 1) * SIZE < getRows().total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public void verify() {
        check = trail.verify();
        rows = null;
    }

    public StreamedContent getCsv() {
        AuditFilter filter = filter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trail.exportCsv(filter, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        return DefaultStreamedContent.builder().name("audit.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new java.io.ByteArrayInputStream(bytes.toByteArray())).build();
    }

    private AuditFilter filter() {
        return new AuditQuery(who, objectKind, objectId, action == null ? null : action.name(), from, to)
                .toFilter(trail, clock.getZone());
    }

    /** Who acted, as a person reads it: the account's user name, or the kind of link with its reference. */
    public String actor(AuditEvent event) {
        if (names == null) {
            names = trail.accountNames();
        }
        ActorKind kind = ActorKind.valueOf(event.actorKind());
        String ref = event.actorRef() == null ? "" : event.actorRef();
        if (kind == ActorKind.ACCOUNT) {
            return names.getOrDefault(ref, FacesMessages.text("audit.actor.goneAccount", ref));
        }
        return FacesMessages.text("audit.actor." + kind.name(), ref);
    }

    /** "name, employees" and how many more did not fit. */
    public String fields(AuditEvent event) {
        String listed = String.join(", ", event.fieldChanges().stream().map(c -> c.field()).toList());
        return event.fieldsLeftOut() == 0 ? listed
                : listed + " " + FacesMessages.text("audit.fieldsLeftOut", event.fieldsLeftOut());
    }

    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(clock.getZone()).format(instant);
    }

    public List<AuditAction> getActions() {
        return Arrays.asList(AuditAction.values());
    }

    public AuditChain.Check getCheck() {
        return check;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getObjectKind() {
        return objectKind;
    }

    public void setObjectKind(String objectKind) {
        this.objectKind = objectKind;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
