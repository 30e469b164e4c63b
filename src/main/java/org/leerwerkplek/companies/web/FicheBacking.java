package org.leerwerkplek.companies.web;

import java.time.Clock;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leerwerkplek.platform.security.web.PageSecurity;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leerwerkplek.companies.VisitService;
import org.leerwerkplek.companies.fiche.AnswerLabels;
import org.leerwerkplek.companies.fiche.AssessmentView;
import org.leerwerkplek.companies.fiche.PlanProposal;
import org.leerwerkplek.companies.suitability.Assessment;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.Section;
import org.leerwerkplek.surveys.web.Questionnaire;

/**
 * The fiche of a visit in interview mode ({@code /companies/fiche.xhtml?visit=}): one section at
 * a time, any section reachable at once, each section saved on its own (also automatically and
 * when switching), the suitability and the proposed support beside it. The questions on screen
 * are the surveys' {@link Questionnaire}; this bean adds the visit, the sections' navigation, the
 * conflict check and the assessment.
 */
@Named("fiche")
@ViewScoped
public class FicheBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VisitService visits;

    @Inject
    Clock clock;

    @Inject
    PageSecurity security;

    private long visitId;
    private long version;
    private Set<String> incompleteSections = Set.of();
    private transient VisitService.Fiche fiche;
    private transient VisitService.Suitability suitability;
    private Questionnaire questionnaire;
    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, LocalDate> dues = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private String autosaved = "";

    public void load() {
        try {
            fiche = visits.fiche(Callers.of(security), visitId);
        } catch (DomainException e) {
            FacesMessages.error(e);
            return;
        }
        version = fiche.version();
        incompleteSections = Set.copyOf(fiche.incompleteSections());
        questionnaire = new Questionnaire(fiche.instrument(), fiche.answers(), fiche.instrument().sections().get(0).id(),
                FicheBacking::pageLanguage);
    }

    private VisitService.Fiche fiche() {
        if (fiche == null && visitId > 0) {
            fiche = visits.fiche(Callers.of(security), visitId);
        }
        return fiche;
    }

    /** The questions on screen; after the view was serialized, the fiche is read again for their content. */
    public Questionnaire getQuestionnaire() {
        if (questionnaire != null && !questionnaire.hasContent()) {
            questionnaire.restore(fiche().instrument(), fiche().answers());
        }
        return questionnaire;
    }

    private static Language pageLanguage() {
        return Language.fromCode(UiLanguage.current()).orElse(Language.NL);
    }

    /** Saves the section on screen; the answers are kept even when incomplete. */
    public void save() {
        if (store()) {
            FacesMessages.info(questionnaire.getErrors().isEmpty() ? "company.fiche.saved" : "company.fiche.incomplete");
        }
    }

    /** Saves without a message unless something is wrong (the poll of the page). */
    public void autosave() {
        if (isEditable() && store()) {
            autosaved = FacesMessages.text("company.fiche.autosaved",
                    LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        }
    }

    /** Saves this section, then shows another. */
    public void show(String section) {
        if (!isEditable() || store()) {
            getQuestionnaire().open(section);
        }
    }

    public void complete() {
        if (!store()) {
            return;
        }
        try {
            var violations = visits.complete(Callers.of(security), visitId, version, pageLanguage());
            if (violations.isEmpty()) {
                fiche = null;
                suitability = null;
            } else {
                questionnaire.show(violations);
                FacesMessages.error("company.fiche.incomplete");
            }
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    private boolean store() {
        Questionnaire screen = getQuestionnaire();
        Questionnaire.PageAnswers page = screen.pageAnswers();
        if (!page.readable()) {
            screen.refused(page, FacesMessages::text);
            return false;
        }
        try {
            VisitService.SectionSaved saved = visits.saveSection(Callers.of(security), visitId, version,
                    screen.getSectionId(), page.answers(), pageLanguage());
            version = saved.version();
            incompleteSections = Set.copyOf(saved.incompleteSections());
            screen.saved(saved.answers(), screen.getSectionId(), saved.violations());
            suitability = null;
            return true;
        } catch (DomainException e) {
            FacesMessages.error(e);
            return false;
        }
    }

    public void accept(String form) {
        suitability = null;
        try {
            visits.accept(Callers.of(security), visitId, form, descriptions.get(form), owners.get(form), dues.get(form));
            FacesMessages.info("company.action.accepted");
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void reject(String form) {
        suitability = null;
        try {
            visits.reject(Callers.of(security), visitId, form);
            FacesMessages.info("company.action.rejected");
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    /**
     * The suitability and the plan, assessed once and kept for the view until a save, an accepted
     * or a rejected action changes them (the page refers to it many times per render).
     */
    public VisitService.Suitability getSuitability() {
        if (suitability == null) {
            suitability = visits.suitability(Callers.of(security), visitId);
            for (PlanProposal.ProposedAction action : suitability.proposed()) {
                owners.putIfAbsent(action.form().code(), action.owner());
                dues.putIfAbsent(action.form().code(), action.due());
            }
        }
        return suitability;
    }

    /** The suitability written out for the page (the assessment include); null without rules for this fiche. */
    public AssessmentView getAssessment() {
        return getSuitability().assessment().map(a -> AssessmentView.of(a, getSuitability().fiche(),
                pageLanguage())).orElse(null);
    }

    public boolean isFound() {
        try {
            return fiche() != null;
        } catch (DomainException e) {
            return false;
        }
    }

    public boolean isEditable() {
        return isFound() && fiche().editable();
    }

    public String getTitle() {
        return isFound() ? fiche().companyName() + " · " + Dates.medium(fiche().date()) : FacesMessages.text("company.fiche.title");
    }

    /** The sections shown, for the navigation between them. */
    public List<Section> getSections() {
        return getQuestionnaire().getSections();
    }

    public boolean isIncomplete(Section section) {
        return incompleteSections.contains(section.id());
    }

    public boolean isCurrent(Section section) {
        return getQuestionnaire().isCurrent(section);
    }

    public String text(LocalizedText text) {
        return getQuestionnaire().text(text);
    }

    /** The language of the fiche's texts, for the {@code lang} attribute of what holds them. */
    public String getLang() {
        return getQuestionnaire().getLang();
    }

    /** An answer a suitability decision read, with the question's and the answer's labels. */
    public String evidence(Assessment.Evidence evidence) {
        return AnswerLabels.evidence(fiche().instrument(), evidence.reference(), evidence.answer(),
                Language.fromCode(UiLanguage.current()).orElse(Language.NL));
    }

    public Map<String, String> getOwners() {
        return owners;
    }

    public Map<String, LocalDate> getDues() {
        return dues;
    }

    public Map<String, String> getDescriptions() {
        return descriptions;
    }

    public String getAutosaved() {
        return autosaved;
    }

    public long getVisitId() {
        return visitId;
    }

    public void setVisitId(long visitId) {
        this.visitId = visitId;
    }
}
