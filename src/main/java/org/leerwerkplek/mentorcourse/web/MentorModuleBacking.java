package org.leerwerkplek.mentorcourse.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.leerwerkplek.mentorcourse.MentorModuleService;
import org.leerwerkplek.mentorcourse.ModuleView;
import org.leerwerkplek.mentorcourse.content.LocalizedText;
import org.leerwerkplek.mentorcourse.content.QuizOption;
import org.leerwerkplek.mentorcourse.content.QuizQuestion;
import org.leerwerkplek.mentorcourse.content.QuizScore;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.LocaleBacking;

/**
 * A module as a mentor reads it ({@code /course/module.xhtml?t=...&m=...}): text, reflection, quiz,
 * completed. A module not mailed to the mentor yet shows only when it is expected. Checking the
 * quiz and completing the module redirect back to the same address (post-redirect-get), so the
 * link keeps working after either; the answers of the check ride along in the flash.
 */
@Named("mentorModule")
@ViewScoped
public class MentorModuleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CHECKED_ANSWERS = "lwp.course.checkedAnswers";

    @Inject
    MentorModuleService mentors;

    @Inject
    LocaleBacking locale;

    private String token;
    private String moduleId;
    private transient ModuleView view;
    private transient QuizScore score;
    /** Whether this node opened the module; false on a node that took this view over from one that died. */
    private transient boolean opened;
    private boolean unknownModule;
    private final Map<String, Integer> answers = new HashMap<>();

    public void load() {
        opened = true;
        try {
            view = mentors.openModule(token, moduleId);
            if (!locale.isChosen()) {
                locale.switchTo(view.language().code());
            }
        } catch (DomainException e) {
            view = null;
            unknownModule = "course.moduleNotFound".equals(e.messageKey());
            return;
        }
        Object checked = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(CHECKED_ANSWERS);
        if (checked instanceof Map<?, ?> shown && view.delivered()) {
            shown.forEach((question, position) -> {
                if (question instanceof String id && position instanceof Integer at) {
                    answers.put(id, at);
                }
            });
            try {
                score = view.score(answers);
            } catch (IllegalArgumentException e) {
                answers.clear();
            }
        }
    }

    /** Checks the answers, keeps the score and shows the page again at the quiz, with each question's explanation. */
    public void submitQuiz() throws IOException {
        try {
            mentors.answerQuiz(token, moduleId, answers);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(CHECKED_ANSWERS, new HashMap<>(answers));
            again("#quiz");
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void complete() throws IOException {
        try {
            mentors.complete(token, moduleId);
            FacesMessages.info("course.moduleCompleted");
            again("#completeForm");
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    /** Redirects to this module's own address, link parameters included. */
    private void again(String fragment) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setRedirect(true);
        external.redirect(external.getRequestContextPath() + "/course/module.xhtml?t=" + encode(token) + "&m="
                + encode(moduleId) + fragment);
        faces.responseComplete();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** The module, opened again on a node that took this view over (the answers typed so far stay). */
    private ModuleView view() {
        if (!opened && token != null) {
            opened = true;
            try {
                view = mentors.openModule(token, moduleId);
            } catch (DomainException e) {
                view = null;
            }
        }
        return view;
    }

    public boolean isFound() {
        return view() != null;
    }

    /** Whether the link is the mentor's but names no module of theirs (a mistyped or removed module). */
    public boolean isUnknownModule() {
        return unknownModule;
    }

    public ModuleView getView() {
        return view();
    }

    public String getTitle() {
        return view() == null ? FacesMessages.text("course.linkUnknownTitle") : view.module().title().in(view.language());
    }

    /** The language of the page's title: the module's (its title is the module's), or null for the page's own text. */
    public String getTitleLanguage() {
        return view() == null ? null : view.language().code();
    }

    /** The language of the module's texts, for the {@code lang} attribute around them. */
    public String getContentLanguage() {
        return view().language().code();
    }

    public String text(LocalizedText text) {
        return text.in(view().language());
    }

    /** The options of a question in the order this mentor sees them; the value is the position shown. */
    public List<SelectItem> options(QuizQuestion question) {
        List<QuizOption> shown = view().options(question);
        return IntStream.range(0, shown.size())
                .mapToObj(i -> new SelectItem(i, shown.get(i).text().in(view().language())))
                .toList();
    }

    /** A day as the reader's language writes it. */
    public String date(LocalDate day) {
        return PageDates.of(day);
    }

    public QuizScore getScore() {
        return score;
    }

    /** The result of a question in the last answers, for showing its explanation; null before answering. */
    public QuizScore.Answer result(QuizQuestion question) {
        return score == null ? null : score.answers().stream()
                .filter(answer -> answer.question().id().equals(question.id())).findFirst().orElse(null);
    }

    public String getPersonalPage() {
        return "/course/me.xhtml?t=" + token;
    }

    public Map<String, Integer> getAnswers() {
        return answers;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }
}
