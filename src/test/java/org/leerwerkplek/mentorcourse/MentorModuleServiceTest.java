package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.QuizOrder;
import org.leerwerkplek.mentorcourse.content.QuizQuestion;
import org.leerwerkplek.mentorcourse.content.QuizScore;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditEntry;
import org.leerwerkplek.platform.security.SecretToken;

/**
 * A mentor reading its modules by its personal link ({@link MentorCourseWorld}: the repository's
 * course, everything in memory). A Dutch mentor with focus didactiek who confirms on 2 March 2026
 * and gets a module a month has "leerproces-structureren" (order 1) first, due that day, and
 * "nieuwe-competentie-aanbrengen" (order 2) a month later, on 2 April.
 */
class MentorModuleServiceTest {

    private static final String FIRST = "leerproces-structureren";
    private static final String SECOND = "nieuwe-competentie-aanbrengen";

    private MentorCourseWorld world;
    private MentorModuleService modules;
    private String token;
    private Mentor mentor;

    @BeforeEach
    void setUp() {
        world = new MentorCourseWorld();
        modules = new MentorModuleService(world.links, world.plans, world.certificates, world.audit, world.clock);
        token = world.follower("an@bouw.be", Frequency.MONTHLY, Focus.DIDACTIEK);
        mentor = world.mentor("an@bouw.be");
    }

    @Test
    void aModuleNotMailedYetIsNotOpenedSaysWhenItIsExpectedAndRecordsNothing() {
        int entries = world.audit.entries().size();

        ModuleView view = modules.openModule(token, SECOND);

        assertFalse(view.delivered());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 2)), view.expectedOn());
        assertEquals("", view.html());
        assertEquals(List.of(), world.store.all(MentorProgress.class));
        assertEquals(entries, world.audit.entries().size());
    }

    @Test
    void aMailedModuleIsOpenedAndItsFirstOpeningRecorded() {
        world.mailed(mentor, FIRST, MentorCourseWorld.CONFIRMED_ON);
        world.clock.advance(Duration.ofDays(1));
        Instant opened = world.clock.instant();

        ModuleView view = modules.openModule(token, FIRST);
        world.clock.advance(Duration.ofDays(1));
        modules.openModule(token, FIRST);

        assertTrue(view.delivered());
        assertEquals(Optional.empty(), view.expectedOn());
        assertTrue(view.html().contains("<"), view.html());
        assertFalse(view.completed());
        assertEquals(Optional.of(opened), world.progress(mentor, FIRST).orElseThrow().getOpenedAt());
    }

    @Test
    void quizAnswersAreScoredAndKeptAndOpenTheModule() {
        world.mailed(mentor, FIRST, MentorCourseWorld.CONFIRMED_ON);
        world.clock.advance(Duration.ofHours(2));
        List<QuizQuestion> quiz = MentorCourseWorld.COURSE.module(FIRST).orElseThrow().quiz();
        // the first question right, the second wrong, the third left open: by the positions the mentor's page shows
        QuizOrder shown = new QuizOrder(mentor.getId(), FIRST);
        QuizQuestion right = quiz.get(0);
        QuizQuestion wrong = quiz.get(1);
        Map<String, Integer> answers = Map.of(
                right.id(), shown.shownAt(right, right.correctOption()),
                wrong.id(), shown.shownAt(wrong, (wrong.correctOption() + 1) % wrong.options().size()));

        QuizScore score = modules.answerQuiz(token, FIRST, answers);

        assertEquals(3, quiz.size(), "the module as written in mentor-course/modules/01-leerproces-structureren.md");
        assertEquals(1, score.correct());
        assertEquals(3, score.total());
        MentorProgress kept = world.progress(mentor, FIRST).orElseThrow();
        assertEquals(Optional.of(1), kept.getQuizCorrect());
        assertEquals(Optional.of(3), kept.getQuizTotal());
        assertEquals(Optional.of(world.clock.instant()), kept.getOpenedAt());
        assertEquals(Optional.of(1), modules.openModule(token, FIRST).quizCorrect());
    }

    @Test
    void answersThatDoNotFitTheQuizAreRefusedAndNotKept() {
        world.mailed(mentor, FIRST, MentorCourseWorld.CONFIRMED_ON);
        String question = MentorCourseWorld.COURSE.module(FIRST).orElseThrow().quiz().get(0).id();

        DomainException noSuchOption = assertThrows(DomainException.class,
                () -> modules.answerQuiz(token, FIRST, Map.of(question, 3)));
        DomainException noSuchQuestion = assertThrows(DomainException.class,
                () -> modules.answerQuiz(token, FIRST, Map.of("q99", 0)));

        for (DomainException refused : List.of(noSuchOption, noSuchQuestion)) {
            assertEquals(DomainException.Kind.INVALID, refused.kind());
            assertEquals("course.quizInvalid", refused.messageKey());
        }
        assertEquals(Optional.empty(), world.progress(mentor, FIRST).orElseThrow().getQuizTotal());
    }

    @Test
    void completingIsRecordedInTheAuditTrailOnceEvenWhenDoneTwice() {
        world.mailed(mentor, FIRST, MentorCourseWorld.CONFIRMED_ON);
        Instant completed = world.clock.instant();

        modules.complete(token, FIRST);
        world.clock.advance(Duration.ofDays(1));
        modules.complete(token, FIRST);

        List<AuditEntry> recorded = world.audit.entries().stream()
                .filter(e -> e.objectKind().equals(MentorAudit.PROGRESS)).toList();
        assertEquals(1, recorded.size());
        assertEquals(mentor.getId() + ":" + FIRST, recorded.get(0).objectId());
        assertEquals(Actor.mentor(mentor.getId()), recorded.get(0).actor());
        assertEquals(AuditAction.UPDATE, recorded.get(0).action());
        assertEquals(Optional.of(completed), world.progress(mentor, FIRST).orElseThrow().getCompletedAt());
        assertTrue(modules.openModule(token, FIRST).completed());
        assertEquals(List.of(), world.store.all(MentorCertificate.class), "one module of twelve earns no certificate");
    }

    @Test
    void aModuleNotMailedCannotBeAnsweredOrCompleted() {
        int entries = world.audit.entries().size();

        DomainException answer = assertThrows(DomainException.class,
                () -> modules.answerQuiz(token, SECOND, Map.of()));
        DomainException complete = assertThrows(DomainException.class, () -> modules.complete(token, SECOND));

        for (DomainException refused : List.of(answer, complete)) {
            assertEquals(DomainException.Kind.INVALID, refused.kind());
            assertEquals("course.moduleNotDelivered", refused.messageKey());
        }
        assertEquals(List.of(), world.store.all(MentorProgress.class));
        assertEquals(entries, world.audit.entries().size());
    }

    @Test
    void anUnknownOrExpiredLinkOpensNothing() {
        world.mailed(mentor, FIRST, MentorCourseWorld.CONFIRMED_ON);
        String unknown = SecretToken.generate();

        assertEquals("course.linkUnknown",
                assertThrows(DomainException.class, () -> modules.openModule(unknown, FIRST)).messageKey());
        assertEquals("course.linkUnknown",
                assertThrows(DomainException.class, () -> modules.complete("not-a-token", FIRST)).messageKey());
        world.clock.advance(MentorLink.VALID);
        DomainException expired = assertThrows(DomainException.class, () -> modules.answerQuiz(token, FIRST, Map.of()));

        assertEquals(DomainException.Kind.NOT_FOUND, expired.kind());
        assertEquals("course.linkUnknown", expired.messageKey());
        assertEquals(Optional.empty(), world.progress(mentor, FIRST).orElseThrow().getOpenedAt());
    }

    @Test
    void completingTheModuleOfAYearlyMentorsYearEarnsThatYearsCertificate() {
        String yearly = world.follower("bert@bouw.be", Frequency.YEARLY, Focus.DIDACTIEK);
        Mentor bert = world.mentor("bert@bouw.be");
        world.mailed(bert, FIRST, MentorCourseWorld.CONFIRMED_ON);

        modules.complete(yearly, FIRST);

        assertEquals(1, world.store.all(MentorCertificate.class).size());
        MentorCertificate certificate = world.store.all(MentorCertificate.class).get(0);
        assertEquals(1, certificate.getCycleYear());
        assertEquals(LocalDate.of(2026, 3, 2), certificate.getPeriodFrom());
        assertEquals(LocalDate.of(2027, 3, 1), certificate.getPeriodTo());
        assertEquals(List.of(FIRST), certificate.getModuleIds());
        assertEquals(1, world.audit.entries(AuditAction.CREATE).stream()
                .filter(e -> e.objectKind().equals(MentorAudit.CERTIFICATE)).count());
    }
}
