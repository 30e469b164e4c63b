package org.leerwerkplek.companies.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.companies.SupportAction;
import org.leerwerkplek.companies.VisitService;
import org.leerwerkplek.companies.fiche.AnswerLabels;
import org.leerwerkplek.companies.fiche.FicheDiff;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.definition.AnswerValue;
import org.leerwerkplek.surveys.definition.Language;

/** A company's page ({@code /companies/company.xhtml?id=}): details, phase, visits and their changes, the plan. */
@Named("company")
@ViewScoped
public class CompanyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CompanyService companies;

    @Inject
    transient VisitService visits;

    @Inject
    transient SecurityContext security;

    private long id;
    private transient CompanyView view;
    private transient List<VisitService.VisitSummary> history;
    private transient List<FicheDiff.Difference> changes;
    private LocalDate visitDate = LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
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

    public void advancePhase() {
        try {
            view = companies.advancePhase(Callers.of(security), id, view().version());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void reassign() {
        try {
            view = companies.reassign(Callers.of(security), id, Optional.ofNullable(newAdvisor));
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void planVisit() {
        try {
            visits.plan(Callers.of(security), id, visitDate, interviewee);
            interviewee = null;
            history = null;
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

    public List<SupportAction> getActions() {
        return visits.actions(Callers.of(security), id);
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
        return recent.size() < 2 ? "" : FacesMessages.text("company.page.changes", recent.get(1).date().toString(),
                recent.get(0).date().toString());
    }

    public String label(FicheDiff.Difference difference) {
        return difference.question().label().in(language());
    }

    /** An answer of the diff with its option and scale labels in the page's language. */
    public String answer(FicheDiff.Difference difference, Optional<AnswerValue> value) {
        return value.map(v -> AnswerLabels.of(difference.question(), v, language())).orElse("–");
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
        return visitDate;
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
