package org.leerwerkplek.surveys.web;

import jakarta.faces.view.ViewScoped;
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
 */
@Named("respond")
@ViewScoped
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

    /** Opens the response of the link; an unknown link shows a friendly page, never why. */
    public void load() {
        ResponseService.Opened opened = responses.open(token).orElse(null);
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

    /** The screen; after the view was serialized, the response is read again for its content. */
    public Questionnaire getQuestionnaire() {
        if (questionnaire != null && !questionnaire.hasContent()) {
            ResponseService.Opened opened = responses.open(token).orElseThrow();
            questionnaire.restore(opened.instrument(), opened.answers());
        }
        return questionnaire;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public boolean isOpen() {
        return found && !submitted && !closed;
    }

    /** Whether the link belongs to a fieldwork wave that has closed before this response was submitted. */
    public boolean isClosed() {
        return found && !submitted && closed;
    }

    /**
     * The page's title: the instrument's, unless its texts are in another language than the page
     * (then the page says "Questionnaire" and shows the instrument's title marked with its language).
     */
    public String getTitle() {
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
