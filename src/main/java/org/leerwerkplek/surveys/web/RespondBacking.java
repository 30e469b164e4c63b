package org.leerwerkplek.surveys.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.LocaleBacking;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.ResponseService;
import org.leerwerkplek.surveys.ResponseStatus;
import org.leerwerkplek.surveys.definition.AnswerValue;
import org.leerwerkplek.surveys.definition.Answers;
import org.leerwerkplek.surveys.definition.Instrument;
import org.leerwerkplek.surveys.definition.Language;
import org.leerwerkplek.surveys.definition.LocalizedText;
import org.leerwerkplek.surveys.definition.Option;
import org.leerwerkplek.surveys.definition.Question;
import org.leerwerkplek.surveys.definition.Relevance;
import org.leerwerkplek.surveys.definition.Section;
import org.leerwerkplek.surveys.definition.Violation;

/**
 * The answering page ({@code /respond.xhtml?t=...}): one section per page, relevance applied as
 * the respondent answers, each page saved when the respondent moves on.
 */
@Named("respond")
@ViewScoped
public class RespondBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResponseService responses;

    @Inject
    LocaleBacking locale;

    private String token;
    private transient ResponseService.Opened opened;
    private String sectionId;
    private boolean submitted;
    private final AnswerForm form = new AnswerForm();
    private final Map<String, String> errors = new HashMap<>();

    /** Opens the response of the link; an unknown link shows a friendly page, never why. */
    public void load() {
        opened = responses.open(token).orElse(null);
        if (opened == null) {
            return;
        }
        submitted = opened.status() == ResponseStatus.SUBMITTED;
        if (!locale.isChosen()) {
            locale.switchTo(opened.language().code());
        }
        sectionId = opened.currentSection();
        for (Question question : opened.instrument().questions()) {
            opened.answers().given(question.code()).ifPresent(value -> form.show(question, value));
        }
    }

    public void next() {
        save(ResponseService.Move.NEXT);
    }

    public void back() {
        save(ResponseService.Move.BACK);
    }

    public void submit() {
        if (!save(ResponseService.Move.STAY)) {
            return;
        }
        try {
            List<Violation> violations = responses.submit(token);
            if (violations.isEmpty()) {
                submitted = true;
            } else {
                show(violations);
                FacesMessages.error("respond.incomplete");
            }
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    /** Saves this page; true when nothing is wrong on it. */
    private boolean save(ResponseService.Move move) {
        errors.clear();
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Question question : section().questions()) {
            try {
                form.answer(question).ifPresent(value -> answers.put(question.code(), value));
            } catch (AnswerForm.Unreadable e) {
                errors.put(e.question(), FacesMessages.text(e.messageKey()));
            }
        }
        if (!errors.isEmpty() && move != ResponseService.Move.BACK) {
            return false;
        }
        try {
            ResponseService.Saved saved = responses.save(token, sectionId, answers, move);
            show(saved.violations());
            opened = responses.open(token).orElseThrow();
            sectionId = saved.currentSection();
            return saved.violations().isEmpty();
        } catch (DomainException e) {
            FacesMessages.error(e);
            return false;
        }
    }

    private void show(List<Violation> violations) {
        violations.forEach(v -> errors.merge(v.question(), v.message(), (a, b) -> a + " " + b));
    }

    private ResponseService.Opened opened() {
        if (opened == null && token != null) {
            opened = responses.open(token).orElse(null);
        }
        return opened;
    }

    private Instrument instrument() {
        return opened().instrument();
    }

    private Section section() {
        return instrument().section(sectionId).orElseThrow();
    }

    /** The answers as they stand on screen: saved ones of other pages, typed ones of this page. */
    private Relevance relevance() {
        Map<String, AnswerValue> values = new HashMap<>();
        for (Question question : instrument().questions()) {
            opened().answers().given(question.code()).ifPresent(value -> values.put(question.code(), value));
        }
        for (Question question : section().questions()) {
            values.remove(question.code());
            try {
                form.answer(question).ifPresent(value -> values.put(question.code(), value));
            } catch (AnswerForm.Unreadable e) {
                values.remove(question.code());
            }
        }
        return Relevance.of(instrument(), Answers.of(values));
    }

    public boolean isFound() {
        return opened() != null;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public boolean isOpen() {
        return isFound() && !submitted && !opened().closed();
    }

    /** Whether the link belongs to a fieldwork wave that has closed before this response was submitted. */
    public boolean isClosed() {
        return isFound() && !submitted && opened().closed();
    }

    public String getTitle() {
        return isFound() ? text(instrument().title()) : FacesMessages.text("respond.unknownTitle");
    }

    public String getSectionTitle() {
        return text(section().title());
    }

    public String getSectionIntro() {
        return section().intro().map(this::text).orElse("");
    }

    public List<Question> getQuestions() {
        return relevance().shownQuestions(sectionId);
    }

    public List<Option> options(Question question) {
        return relevance().shownOptions(question.code());
    }

    public List<Option> scale(Question question) {
        return question.scale().map(scale -> {
            List<Option> points = new java.util.ArrayList<>(scale.points().stream()
                    .map(p -> new Option(p.code(), p.label())).toList());
            scale.na().ifPresent(points::add);
            return points;
        }).orElse(List.of());
    }

    /** The ranks a respondent can give: 1 up to the number of options shown, at most {@code rankCount}. */
    public List<Integer> ranks(Question question) {
        int shown = options(question).size();
        int most = question.choices().rankCount().isPresent() ? Math.min(shown, question.choices().rankCount().getAsInt()) : shown;
        return java.util.stream.IntStream.rangeClosed(1, most).boxed().toList();
    }

    public boolean isOtherChosen(Question question) {
        Object value = form.getValues().get(question.code());
        List<String> chosen = value instanceof Object[] array
                ? java.util.Arrays.stream(array).map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
        return chosen.stream().anyMatch(question.choices()::isOther);
    }

    public boolean isRequired(Question question) {
        return relevance().isRequired(question);
    }

    public boolean isFirst() {
        return ResponseService.neighbour(instrument(), relevance(), sectionId, -1).isEmpty();
    }

    public boolean isLast() {
        return ResponseService.neighbour(instrument(), relevance(), sectionId, 1).isEmpty();
    }

    /** Percentage of the shown pages before this one. */
    public int getProgress() {
        Relevance relevance = relevance();
        List<Section> shown = instrument().sections().stream().filter(s -> relevance.isSectionShown(s.id())).toList();
        int index = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(sectionId)) {
                index = i;
            }
        }
        return shown.isEmpty() ? 0 : index * 100 / shown.size();
    }

    public String text(LocalizedText text) {
        return text.in(language());
    }

    public String itemKey(Question question, Option item) {
        return AnswerForm.itemKey(question, item);
    }

    public String otherKey(Question question) {
        return AnswerForm.otherKey(question);
    }

    /** The page's language when the instrument has it, else the response's own language. */
    private Language language() {
        Language ui = Language.fromCode(UiLanguage.current()).orElse(Language.NL);
        return isFound() && instrument().languages().contains(ui) ? ui
                : isFound() ? opened().language() : Language.NL;
    }

    public Map<String, Object> getValues() {
        return form.getValues();
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
