package org.leerwerkplek.platform.mail.web;

import java.time.Clock;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.mail.DeliveryRun;
import org.leerwerkplek.platform.mail.MailLanguage;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.mail.OutboxCounts;
import org.leerwerkplek.platform.mail.OutboxMail;
import org.leerwerkplek.platform.mail.OutboxStatus;
import org.leerwerkplek.platform.mail.OutboxSummary;
import org.leerwerkplek.platform.web.AbsoluteLinks;
import org.leerwerkplek.platform.web.FacesMessages;

/** The mail page for admins ({@code /admin/mail.xhtml}): counts, recent mails, one mail's text, send due now, check mail. */
@Named("mailAdmin")
@ViewScoped
public class MailAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    private OutboxCounts counts;
    private List<OutboxSummary> mails;
    private long total;
    private OutboxStatus filter;
    private OutboxMail selected;
    private String testRecipient;
    private MailLanguage testLanguage = MailLanguage.NL;

    @PostConstruct
    void load() {
        counts = outbox.counts();
        var page = outbox.list(Optional.ofNullable(filter), 0, SHOWN);
        mails = page.items();
        total = page.total();
        if (selected != null) {
            selected = outbox.find(selected.id()).orElse(null);
        }
    }

    public void applyFilter() {
        load();
    }

    public void sendDue() {
        Optional<DeliveryRun> run = outbox.sendDueNow();
        if (run.isEmpty()) {
            FacesMessages.error("mail.busy");
        } else if (run.get().connectionError() != null) {
            FacesMessages.error("mail.sendDue.connectionError", run.get().connectionError());
        } else {
            DeliveryRun r = run.get();
            FacesMessages.info("mail.sendDue.done", r.sent() + r.keptLocally(), r.retrying(), r.failed() + r.bounced());
        }
        load();
    }

    public void select(OutboxSummary mail) {
        selected = outbox.find(mail.id()).orElse(null);
    }

    public void requeue(OutboxSummary mail) {
        try {
            outbox.requeue(mail.id());
            FacesMessages.info("mail.requeued", mail.recipient());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        load();
    }

    public void sendTest() {
        try {
            outbox.sendTest(testRecipient, testLanguage, AbsoluteLinks.to("/"), Optional.empty());
            FacesMessages.info("mail.test.queued", testRecipient.trim());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
        load();
    }

    /** A moment in the page's language and the server's time zone; empty for none. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .withZone(clock.getZone())
                .format(instant);
    }

    public boolean isRequeueable(OutboxSummary mail) {
        return mail.status() == OutboxStatus.FAILED || mail.status() == OutboxStatus.BOUNCED;
    }

    public boolean isUsesSmtp() {
        return outbox.usesSmtp();
    }

    public OutboxCounts getCounts() {
        return counts;
    }

    public List<OutboxSummary> getMails() {
        return mails;
    }

    /** "Recent mails (at most 200 of 1234)". */
    public String getRecentHeading() {
        return FacesMessages.text("mail.recent", Math.min(SHOWN, total), total);
    }

    /** "2 due now". */
    public String getDueText() {
        return FacesMessages.text("mail.dueNow", counts.due());
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }

    public MailLanguage[] getLanguages() {
        return MailLanguage.values();
    }

    public OutboxStatus getFilter() {
        return filter;
    }

    public void setFilter(OutboxStatus filter) {
        this.filter = filter;
    }

    public OutboxMail getSelected() {
        return selected;
    }

    public String getTestRecipient() {
        return testRecipient;
    }

    public void setTestRecipient(String testRecipient) {
        this.testRecipient = testRecipient;
    }

    public MailLanguage getTestLanguage() {
        return testLanguage;
    }

    public void setTestLanguage(MailLanguage testLanguage) {
        this.testLanguage = testLanguage == null ? MailLanguage.NL : testLanguage;
    }
}
