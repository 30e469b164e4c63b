package org.leerwerkplek.companies.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.leerwerkplek.companies.VisitService;
import org.leerwerkplek.companies.fiche.AnswerLabels;
import org.leerwerkplek.companies.fiche.AssessmentView;
import org.leerwerkplek.companies.fiche.PlanProposal;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.definition.AnswerValue;
import org.leerwerkplek.surveys.definition.Answers;
import org.leerwerkplek.surveys.definition.Assessment;
import org.leerwerkplek.surveys.definition.Language;
import org.leerwerkplek.surveys.definition.LocalizedText;
import org.leerwerkplek.surveys.definition.Option;
import org.leerwerkplek.surveys.definition.Question;
import org.leerwerkplek.surveys.definition.Relevance;
import org.leerwerkplek.surveys.definition.Section;
import org.leerwerkplek.surveys.web.AnswerForm;

/**
 * The fiche of a visit in interview mode ({@code /companies/fiche.xhtml?visit=}): one section at
 * a time, any section reachable at once, each section saved on its own (also automatically and
 * when switching), the suitability and the proposed support beside it.
 */
@Named("fiche")
@ViewScoped
public class FicheBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VisitService visits;

    @Inject
    transient SecurityContext security;

    private long visitId;
    private long version;
    private String sectionId;
    private transient VisitService.Fiche fiche;
    private transient VisitService.Suitability suitability;
    private final AnswerForm form = new AnswerForm();
    private final Map<String, String> errors = new HashMap<>();
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
        sectionId = fiche.instrument().sections().get(0).id();
        fiche.instrument().questions().forEach(q -> fiche.answers().given(q.code()).ifPresent(v -> form.show(q, v)));
    }

    private VisitService.Fiche fiche() {
        if (fiche == null && visitId > 0) {
            fiche = visits.fiche(Callers.of(security), visitId);
        }
        return fiche;
    }

    /** Saves the section on screen; the answers are kept even when incomplete. */
    public void save() {
        if (store()) {
            FacesMessages.info(errors.isEmpty() ? "company.fiche.saved" : "company.fiche.incomplete");
        }
    }

    /** Saves without a message unless something is wrong (the poll of the page). */
    public void autosave() {
        if (isEditable() && store()) {
            autosaved = FacesMessages.text("company.fiche.autosaved",
                    LocalTime.now(ZoneId.of("Europe/Brussels")).format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        }
    }

    /** Saves this section, then shows another. */
    public void show(String section) {
        if (!isEditable() || store()) {
            sectionId = section;
        }
    }

    public void complete() {
        if (!store()) {
            return;
        }
        try {
            var violations = visits.complete(Callers.of(security), visitId, version);
            if (violations.isEmpty()) {
                fiche = null;
                suitability = null;
            } else {
                violations.forEach(v -> errors.merge(v.question(), v.message(), (a, b) -> a + " " + b));
                FacesMessages.error("company.fiche.incomplete");
            }
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    private boolean store() {
        errors.clear();
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Question question : section().questions()) {
            try {
                form.answer(question).ifPresent(value -> answers.put(question.code(), value));
            } catch (AnswerForm.Unreadable e) {
                errors.put(e.question(), FacesMessages.text(e.messageKey()));
            }
        }
        if (!errors.isEmpty()) {
            return false;
        }
        try {
            VisitService.SectionSaved saved = visits.saveSection(Callers.of(security), visitId, version, sectionId, answers);
            version = saved.version();
            saved.violations().forEach(v -> errors.merge(v.question(), v.message(), (a, b) -> a + " " + b));
            fiche = null;
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
                Language.fromCode(UiLanguage.current()).orElse(Language.NL))).orElse(null);
    }

    private Section section() {
        return fiche().instrument().section(sectionId).orElseThrow();
    }

    private Relevance relevance() {
        Map<String, AnswerValue> values = new HashMap<>();
        for (Question question : fiche().instrument().questions()) {
            fiche().answers().given(question.code()).ifPresent(value -> values.put(question.code(), value));
        }
        for (Question question : section().questions()) {
            values.remove(question.code());
            try {
                form.answer(question).ifPresent(value -> values.put(question.code(), value));
            } catch (AnswerForm.Unreadable e) {
                values.remove(question.code());
            }
        }
        return Relevance.of(fiche().instrument(), Answers.of(values));
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
        return isFound() ? fiche().companyName() + " · " + fiche().date() : FacesMessages.text("company.fiche.title");
    }

    public List<Section> getSections() {
        Relevance relevance = relevance();
        return fiche().instrument().sections().stream().filter(s -> relevance.isSectionShown(s.id())).toList();
    }

    public boolean isIncomplete(Section section) {
        return fiche().incompleteSections().contains(section.id());
    }

    public boolean isCurrent(Section section) {
        return section.id().equals(sectionId);
    }

    public String getSectionTitle() {
        return text(section().title());
    }

    public List<Question> getQuestions() {
        return relevance().shownQuestions(sectionId);
    }

    public List<Option> options(Question question) {
        return relevance().shownOptions(question.code());
    }

    public List<Option> scale(Question question) {
        return question.scale().map(scale -> {
            List<Option> points = new ArrayList<>(scale.points().stream().map(p -> new Option(p.code(), p.label())).toList());
            scale.na().ifPresent(points::add);
            return points;
        }).orElse(List.of());
    }

    public List<Integer> ranks(Question question) {
        int shown = options(question).size();
        int most = question.choices().rankCount().isPresent()
                ? Math.min(shown, question.choices().rankCount().getAsInt()) : shown;
        return IntStream.rangeClosed(1, most).boxed().toList();
    }

    public boolean isOtherChosen(Question question) {
        Object value = form.getValues().get(question.code());
        List<String> chosen = value instanceof Object[] array ? java.util.Arrays.stream(array).map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
        return chosen.stream().anyMatch(question.choices()::isOther);
    }

    public boolean isRequired(Question question) {
        return relevance().isRequired(question);
    }

    public String text(LocalizedText text) {
        return text.in(Language.fromCode(UiLanguage.current()).orElse(Language.NL));
    }

    /** An answer a suitability decision read, with the question's and the answer's labels. */
    public String evidence(Assessment.Evidence evidence) {
        return AnswerLabels.evidence(fiche().instrument(), evidence.reference(), evidence.answer(),
                Language.fromCode(UiLanguage.current()).orElse(Language.NL));
    }

    public String itemKey(Question question, Option item) {
        return AnswerForm.itemKey(question, item);
    }

    public String otherKey(Question question) {
        return AnswerForm.otherKey(question);
    }

    public Map<String, Object> getValues() {
        return form.getValues();
    }

    public Map<String, String> getErrors() {
        return errors;
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
