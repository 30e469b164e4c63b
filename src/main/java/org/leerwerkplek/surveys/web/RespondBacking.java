package org.leerwerkplek.surveys.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.LocaleBacking;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.ResponseService;
import org.leerwerkplek.surveys.ResponseStatus;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.validation.Violation;

/**
 * The answering page ({@code /respond.xhtml?t=...}): one section per page, relevance applied as
 * the respondent answers, each page saved when the respondent moves on. The screen itself is the
 * {@link Questionnaire}; this bean opens the response of the link and moves through it.
 *
 * <p>The page is stateless (a transient view): nothing of it is kept in the HTTP session, so a
 * respondent's request writes no view state and a node holds nothing for a respondent between
 * requests. Each request opens the response of the link again: the link's token comes with every
 * request (the address on a first visit, a hidden field {@code t} in the page's forms on a post),
 * and the token is what allows answering (a post without it changes nothing). While a post's
 * inputs are read, the questionnaire counts every question of the section as shown, since what
 * was typed is not in its inputs yet ({@link Questionnaire#readingInputs}).
 */
@Named("respond")
@RequestScoped
public class RespondBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResponseService responses;

    @Inject
    LocaleBacking locale;

    private String token;
    private boolean found;
    private boolean submitted;
    private boolean closed;
    private Questionnaire questionnaire;
    private boolean loaded;

    /** Opens the response of the link; an unknown link shows a friendly page, never why. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (token == null) {
            token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("t");
        }
        ResponseService.Opened opened = token == null || token.isBlank() ? null : responses.open(token).orElse(null);
        if (opened == null) {
            return;
        }
        found = true;
        submitted = opened.status() == ResponseStatus.SUBMITTED;
        closed = opened.closed();
        if (!locale.isChosen()) {
            locale.switchTo(opened.language().code());
        }
        questionnaire = new Questionnaire(opened.instrument(), opened.answers(), opened.currentSection(),
                RespondBacking::pageLanguage);
        questionnaire.readingInputs(RespondBacking::readingInputs);
    }

    /** Whether the request's inputs are being read: the phases of a post before its action. */
    static boolean readingInputs() {
        PhaseId phase = FacesContext.getCurrentInstance().getCurrentPhaseId();
        return phase == PhaseId.APPLY_REQUEST_VALUES || phase == PhaseId.PROCESS_VALIDATIONS
                || phase == PhaseId.UPDATE_MODEL_VALUES;
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
            List<Violation> violations = responses.submit(token, pageLanguage());
            if (violations.isEmpty()) {
                submitted = true;
            } else {
                questionnaire.show(violations);
                FacesMessages.error("respond.incomplete");
            }
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    /** Saves this page; true when nothing is wrong on it. */
    private boolean save(ResponseService.Move move) {
        Questionnaire screen = getQuestionnaire();
        Questionnaire.PageAnswers page = screen.pageAnswers();
        if (!page.readable() && move != ResponseService.Move.BACK) {
            screen.refused(page, FacesMessages::text);
            return false;
        }
        try {
            ResponseService.Saved saved = responses.save(token, screen.getSectionId(), page.answers(), move,
                    pageLanguage());
            screen.saved(saved.answers(), saved.currentSection(), saved.violations());
            return saved.violations().isEmpty();
        } catch (DomainException e) {
            FacesMessages.error(e);
            return false;
        }
    }

    /** The page's language: messages follow it, and the instrument's texts where the instrument has it. */
    static Language pageLanguage() {
        return Language.fromCode(UiLanguage.current()).orElse(Language.NL);
    }

    /** The screen of this request (the response of the link opened on first use). */
    public Questionnaire getQuestionnaire() {
        load();
        return questionnaire;
    }

    /** The progress line's text: "Step 2 of 5" in the page's language. */
    public String getStepText() {
        Questionnaire screen = getQuestionnaire();
        return FacesMessages.text("respond.step", screen.getStep(), screen.getSteps());
    }

    public boolean isFound() {
        load();
        return found;
    }

    public boolean isSubmitted() {
        load();
        return submitted;
    }

    public boolean isOpen() {
        load();
        return found && !submitted && !closed;
    }

    /** Whether the link belongs to a fieldwork wave that has closed before this response was submitted. */
    public boolean isClosed() {
        load();
        return found && !submitted && closed;
    }

    /**
     * The page's title: the instrument's, unless its texts are in another language than the page
     * (then the page says "Questionnaire" and shows the instrument's title marked with its language).
     */
    public String getTitle() {
        load();
        return found && !getQuestionnaire().isOtherLanguage() ? getQuestionnaire().getTitle()
                : FacesMessages.text("respond.unknownTitle");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
