package org.leerwerkplek.mentorcourse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.content.QuizScore;
import org.leerwerkplek.mentorcourse.delivery.ModuleProgress;

/** Where one mentor stands with one module: delivered, reminded, opened, completed, quiz score. */
@Entity
@Table(name = "mentor_progress")
@IdClass(MentorProgress.Key.class)
@NamedQuery(name = MentorProgress.OF_MENTORS, query = "select p from MentorProgress p where p.mentorId in :mentors")
public class MentorProgress {

    static final String OF_MENTORS = "MentorProgress.ofMentors";

    /** The primary key: mentor and module. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        long mentorId;
        String moduleId;

        public Key() {
        }

        Key(long mentorId, String moduleId) {
            this.mentorId = mentorId;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.mentorId == mentorId && Objects.equals(key.moduleId, moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mentorId, moduleId);
        }
    }

    @Id
    @Column(name = "mentor_id")
    private long mentorId;

    @Id
    @Column(name = "module_id", length = 64)
    private String moduleId;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "quiz_correct")
    private Integer quizCorrect;

    @Column(name = "quiz_total")
    private Integer quizTotal;

    protected MentorProgress() {
    }

    MentorProgress(long mentorId, String moduleId) {
        this.mentorId = mentorId;
        this.moduleId = moduleId;
    }

    void delivered(LocalDate day) {
        if (deliveredOn == null) {
            deliveredOn = day;
        }
    }

    void reminded(LocalDate day) {
        if (remindedOn == null) {
            remindedOn = day;
        }
    }

    void opened(Instant now) {
        if (openedAt == null) {
            openedAt = now;
        }
    }

    /** The latest quiz answers count; answering also opens the module. */
    void answered(QuizScore score, Instant now) {
        opened(now);
        quizCorrect = score.correct();
        quizTotal = score.total();
    }

    void completed(Instant now) {
        opened(now);
        if (completedAt == null) {
            completedAt = now;
        }
    }

    /** The planner's view, with days in {@code zone}. */
    ModuleProgress toPlanner(ZoneId zone) {
        return new ModuleProgress(moduleId, Optional.ofNullable(deliveredOn), Optional.ofNullable(remindedOn),
                Optional.ofNullable(openedAt).map(t -> LocalDate.ofInstant(t, zone)),
                Optional.ofNullable(completedAt).map(t -> LocalDate.ofInstant(t, zone)));
    }

    long getMentorId() {
        return mentorId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public Optional<LocalDate> getDeliveredOn() {
        return Optional.ofNullable(deliveredOn);
    }

    public Optional<Instant> getOpenedAt() {
        return Optional.ofNullable(openedAt);
    }

    public Optional<Instant> getCompletedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Integer> getQuizCorrect() {
        return Optional.ofNullable(quizCorrect);
    }

    public Optional<Integer> getQuizTotal() {
        return Optional.ofNullable(quizTotal);
    }
}
