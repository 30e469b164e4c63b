package org.leerwerkplek.companies.web;

import java.time.Clock;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.platform.security.web.PageSecurity;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.companies.CompanyErasure;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.companies.SupportAction;
import org.leerwerkplek.companies.VisitService;
import org.leerwerkplek.companies.fiche.AnswerLabels;
import org.leerwerkplek.companies.fiche.AssessmentView;
import org.leerwerkplek.companies.fiche.FicheDiff;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Language;

/** A company's page ({@code /companies/company.xhtml?id=}): details, visits and their changes, the plan. */
@Named("company")
@ViewScoped
public class CompanyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CompanyService companies;

    @Inject
    Clock clock;

    @Inject
    CompanyErasure erasure;

    @Inject
    VisitService visits;

    @Inject
    PageSecurity security;

    private long id;
    private transient CompanyView view;
    private transient List<VisitService.VisitSummary> history;
    private transient List<FicheDiff.Difference> changes;
    private transient List<SupportAction> actions;
    private transient VisitService.Suitability latest;
    private final Map<Long, ActionEdit> actionEdits = new HashMap<>();
    /** The day a new visit is planned on; today until the advisor picks one. */
    private LocalDate visitDate;
    private String interviewee;
    private String newAdvisor;

    /** Opens the company; one the caller may not see shows the not-found message and nothing else. */
    public void load() {
        try {
            view = companies.find(Callers.of(security), id);
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    private CompanyView view() {
        if (view == null && id > 0) {
            view = companies.find(Callers.of(security), id);
        }
        return view;
    }

    public void reassign() {
        try {
            view = companies.reassign(Callers.of(security), id, Optional.ofNullable(newAdvisor));
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    /** Erases the company with its people (admins, after confirming) and goes back to the list. */
    public void erase() throws IOException {
        try {
            int erased = erasure.erase(Callers.of(security), id, view().version()).size();
            FacesMessages.info("company.erase.done", erased);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/companies/index.xhtml");
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    /** Erases the contact at {@code position} as a person in every part (admins, after confirming). */
    public void eraseContact(int position) {
        try {
            int erased = erasure.eraseContact(Callers.of(security), id, position).size();
            view = null;
            FacesMessages.info("company.erase.contactDone", erased);
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void planVisit() {
        try {
            visits.plan(Callers.of(security), id, getVisitDate(), interviewee);
            interviewee = null;
            history = null;
            latest = null;
            changes = null;
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public boolean isFound() {
        try {
            return view() != null;
        } catch (DomainException e) {
            return false;
        }
    }

    public CompanyView getView() {
        return view();
    }

    /** The visits, newest first; read once per view and again after a visit was planned. */
    public List<VisitService.VisitSummary> getVisits() {
        if (history == null) {
            history = visits.history(Callers.of(security), id);
        }
        return history;
    }

    /** The suitability from the latest visit's fiche, written out for the page; null without visits or rules. */
    public AssessmentView getAssessment() {
        List<VisitService.VisitSummary> recent = getVisits();
        if (recent.isEmpty()) {
            return null;
        }
        if (latest == null) {
            latest = visits.suitability(Callers.of(security), recent.get(0).id());
        }
        return latest.assessment().map(a -> AssessmentView.of(a, latest.fiche(), language())).orElse(null);
    }

    /** The date of the latest visit, whose fiche the suitability on the page comes from. */
    public String getAssessedOn() {
        List<VisitService.VisitSummary> recent = getVisits();
        return recent.isEmpty() ? "" : Dates.medium(recent.get(0).date());
    }

    /** A date as the reader's language writes it. */
    public String date(LocalDate date) {
        return Dates.medium(date);
    }

    /** The plan's actions (open and closed), read once per view and again after a change. */
    public List<SupportAction> getActions() {
        if (actions == null) {
            actions = visits.actions(Callers.of(security), id);
            actions.stream().filter(SupportAction::isOpen).forEach(a -> actionEdits.putIfAbsent(a.getId(), ActionEdit.of(a)));
        }
        return actions;
    }

    /** The fields of the open actions as typed, by action id, each with the version it was read at. */
    public Map<Long, ActionEdit> getActionEdits() {
        return actionEdits;
    }

    /** Saves the changes to one open action; a change made meanwhile by someone else is a conflict, not overwritten. */
    public void saveAction(long actionId) {
        ActionEdit edit = actionEdits.get(actionId);
        if (edit == null) {
            return;
        }
        try {
            SupportAction saved = visits.updateAction(Callers.of(security), actionId, edit.version, edit.description,
                    edit.owner, edit.due, edit.status);
            actionEdits.remove(actionId);
            if (saved.isOpen()) {
                actionEdits.put(actionId, ActionEdit.of(saved));
            }
            actions = null;
            FacesMessages.info("company.action.saved");
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public List<SupportAction.Status> getActionStatuses() {
        return List.of(SupportAction.Status.OPEN, SupportAction.Status.DONE, SupportAction.Status.CANCELLED);
    }

    /** An open action as the page changes it. */
    public static final class ActionEdit implements Serializable {

        private static final long serialVersionUID = 1L;

        private long version;
        private String description;
        private String owner;
        private LocalDate due;
        private SupportAction.Status status;

        static ActionEdit of(SupportAction action) {
            ActionEdit edit = new ActionEdit();
            edit.version = action.getRowVersion();
            edit.description = action.getDescription();
            edit.owner = action.getOwner();
            edit.due = action.getDueDate();
            edit.status = action.getStatus();
            return edit;
        }

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate due) { this.due = due; }
        public SupportAction.Status getStatus() { return status; }
        public void setStatus(SupportAction.Status status) { this.status = status; }
    }

    /** What changed between the two latest visits; empty with fewer than two. */
    public List<FicheDiff.Difference> getChanges() {
        List<VisitService.VisitSummary> recent = getVisits();
        if (recent.size() < 2) {
            return List.of();
        }
        if (changes == null) {
            changes = visits.compare(Callers.of(security), recent.get(1).id(), recent.get(0).id());
        }
        return changes;
    }

    public String getChangesTitle() {
        List<VisitService.VisitSummary> recent = getVisits();
        return recent.size() < 2 ? "" : FacesMessages.text("company.page.changes", Dates.medium(recent.get(1).date()),
                Dates.medium(recent.get(0).date()));
    }

    public String label(FicheDiff.Difference difference) {
        return difference.question().label().in(language());
    }

    /** An answer of the diff with its option and scale labels in the page's language. */
    public String answer(FicheDiff.Difference difference, Optional<AnswerValue> value) {
        return value.map(v -> AnswerLabels.of(difference.question(), v, language())).orElse("–");
    }

    /** Street, postal code and city on one line; a dash when none is known. */
    public String getAddress() {
        var d = view().details();
        String place = String.join(" ", java.util.stream.Stream.of(d.postalCode(), d.city()).filter(t -> !t.isBlank()).toList());
        String address = String.join(", ", java.util.stream.Stream.of(d.street(), place).filter(t -> !t.isBlank()).toList());
        return address.isEmpty() ? "–" : address;
    }

    /** The learning systems the company is recognised for, by name; a dash for none. */
    public String getSystems() {
        List<String> names = view().details().systems().stream().sorted()
                .map(s -> FacesMessages.text(s.messageKey())).toList();
        return names.isEmpty() ? "–" : String.join(", ", names);
    }

    public String getSubsectors() {
        return String.join(", ", view().details().subsectors().stream().sorted()
                .map(s -> FacesMessages.text(s.messageKey())).toList());
    }

    private static Language language() {
        return Language.fromCode(UiLanguage.current()).orElse(Language.NL);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public LocalDate getVisitDate() {
        return visitDate != null ? visitDate : LocalDate.now(clock);
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getInterviewee() {
        return interviewee;
    }

    public void setInterviewee(String interviewee) {
        this.interviewee = interviewee;
    }

    public String getNewAdvisor() {
        return newAdvisor;
    }

    public void setNewAdvisor(String newAdvisor) {
        this.newAdvisor = newAdvisor;
    }
}
