package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.content.ModuleQuiz;
import org.leerwerkplek.mentorcourse.content.ModuleRenderer;
import org.leerwerkplek.mentorcourse.content.QuizOrder;
import org.leerwerkplek.mentorcourse.content.QuizScore;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditLog;

/**
 * A mentor reading the modules mailed to it by its personal link: open one, answer its quiz,
 * complete it (which may earn the cycle year's certificate). A module not mailed yet is not
 * opened; the view says when it is expected.
 */
@ApplicationScoped
@Transactional
public class MentorModuleService {

    private MentorLinks links;
    private MentorPlans plans;
    private CertificateService certificates;
    private AuditLog auditLog;
    private Clock clock;
    private final ModuleRenderer renderer = new ModuleRenderer();

    /** For the CDI proxy only. */
    protected MentorModuleService() {
    }

    @Inject
    public MentorModuleService(MentorLinks links, MentorPlans plans, CertificateService certificates, AuditLog auditLog,
                               Clock clock) {
        this.links = links;
        this.plans = plans;
        this.certificates = certificates;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Opens a module that was mailed to the mentor for reading and records that the mentor opened
     * it. A module not mailed yet is not opened and nothing is recorded: the view says when it is
     * expected.
     */
    public ModuleView openModule(String token, String moduleId) {
        Mentor mentor = links.requireLink(token);
        CourseModule module = plans.requireModule(mentor, moduleId);
        Language language = mentor.getLanguage();
        QuizOrder order = new QuizOrder(mentor.getId(), module.id());
        Optional<MentorProgress> delivered = plans.delivered(mentor, module.id());
        if (delivered.isEmpty()) {
            return new ModuleView(module, language, false, plans.expectedOn(mentor, module.id()), "", order, false,
                    Optional.empty(), Optional.empty());
        }
        MentorProgress progress = delivered.get();
        progress.opened(clock.instant());
        return new ModuleView(module, language, true, Optional.empty(), renderer.render(module, language), order,
                progress.getCompletedAt().isPresent(), progress.getQuizCorrect(), progress.getQuizTotal());
    }

    /**
     * Scores the quiz answers of a module mailed to the mentor (question id to the position of the
     * option as the mentor's page shows it, see {@link QuizOrder}) and keeps the score.
     *
     * @throws DomainException INVALID for a module not mailed to the mentor or answers that do not fit the quiz
     */
    public QuizScore answerQuiz(String token, String moduleId, Map<String, Integer> answers) {
        Mentor mentor = links.requireLink(token);
        CourseModule module = plans.requireModule(mentor, moduleId);
        MentorProgress progress = plans.requireDelivered(mentor, module.id());
        QuizScore score;
        try {
            score = ModuleQuiz.score(module, new QuizOrder(mentor.getId(), module.id()).toWritten(module, answers));
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, "course.quizInvalid");
        }
        progress.answered(score, clock.instant());
        return score;
    }

    /**
     * Marks a module that was mailed to the mentor completed. Completing the last module of a
     * cycle year issues that year's certificate.
     *
     * @throws DomainException INVALID for a module not mailed to the mentor
     */
    public void complete(String token, String moduleId) {
        Mentor mentor = links.requireLink(token);
        CourseModule module = plans.requireModule(mentor, moduleId);
        MentorProgress progress = plans.requireDelivered(mentor, module.id());
        boolean first = progress.getCompletedAt().isEmpty();
        progress.completed(clock.instant());
        if (first) {
            new MentorAudit(auditLog).completed(mentor.getId(), module.id());
        }
        Optional<Course> course = plans.course();
        if (course.isPresent() && mentor.getConfirmedOn().isPresent()) {
            Set<String> sequence = plans.planner(course.get()).sequence(mentor.preferences(), Set.of()).stream()
                    .map(CourseModule::id).collect(Collectors.toSet());
            certificates.issueEarned(mentor, plans.plannerView(mentor), sequence, clock.instant());
        }
    }
}
