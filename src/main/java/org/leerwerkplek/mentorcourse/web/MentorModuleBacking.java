package org.leerwerkplek.mentorcourse.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.leerwerkplek.mentorcourse.MentorService;
import org.leerwerkplek.mentorcourse.ModuleView;
import org.leerwerkplek.mentorcourse.content.LocalizedText;
import org.leerwerkplek.mentorcourse.content.QuizQuestion;
import org.leerwerkplek.mentorcourse.content.QuizScore;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.LocaleBacking;

/** A module as a mentor reads it ({@code /course/module.xhtml?t=...&m=...}): text, reflection, quiz, completed. */
@Named("mentorModule")
@ViewScoped
public class MentorModuleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MentorService mentors;

    @Inject
    LocaleBacking locale;

    private String token;
    private String moduleId;
    private transient ModuleView view;
    private transient QuizScore score;
    private final Map<String, Integer> answers = new HashMap<>();

    public void load() {
        try {
            view = mentors.openModule(token, moduleId);
            if (!locale.isChosen()) {
                locale.switchTo(view.language().code());
            }
        } catch (DomainException e) {
            view = null;
        }
    }

    public void submitQuiz() {
        try {
            score = mentors.answerQuiz(token, moduleId, answers);
            FacesMessages.info("course.quizScore", score.correct(), score.total());
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public void complete() {
        try {
            mentors.complete(token, moduleId);
            view = mentors.openModule(token, moduleId);
            FacesMessages.info("course.moduleCompleted");
        } catch (DomainException e) {
            FacesMessages.error(e);
        }
    }

    public boolean isFound() {
        return view != null;
    }

    public ModuleView getView() {
        return view;
    }

    public String getTitle() {
        return view == null ? FacesMessages.text("course.linkUnknownTitle") : view.module().title().in(view.language());
    }

    public String text(LocalizedText text) {
        return text.in(view.language());
    }

    public List<SelectItem> options(QuizQuestion question) {
        return IntStream.range(0, question.options().size())
                .mapToObj(i -> new SelectItem(i, question.options().get(i).text().in(view.language())))
                .toList();
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
