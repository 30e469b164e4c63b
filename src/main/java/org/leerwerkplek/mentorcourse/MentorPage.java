package org.leerwerkplek.mentorcourse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;

/**
 * What a mentor's personal page shows.
 *
 * @param mentorId    the mentor
 * @param name        the mentor's name
 * @param email       the mentor's address
 * @param status      following, waiting for confirmation, or left
 * @param language    the course language
 * @param frequency   how often a module comes
 * @param focus       on what
 * @param modules     the modules mailed to the mentor, in the order they came
 * @param upcoming    the modules still to come, each with the day its mail is expected; empty when nothing more comes
 * @param completed   modules completed of those mailed
 * @param ofTotal     modules that suit the mentor's focus and language
 * @param certificates the completion certificates the mentor earned, oldest first
 */
public record MentorPage(long mentorId, String name, String email, MentorStatus status, Language language,
                         Frequency frequency, Focus focus, List<ModuleLine> modules, List<Upcoming> upcoming,
                         int completed, int ofTotal, List<Certificate> certificates) {

    /** A module mailed to the mentor, with its progress. */
    public record ModuleLine(String moduleId, String title, Optional<LocalDate> deliveredOn, boolean opened,
                             boolean completed, Optional<Integer> quizCorrect, Optional<Integer> quizTotal) {
    }

    /** A module still to come. */
    public record Upcoming(String moduleId, String title, LocalDate on) {
    }

    /** The next module to come, if any. */
    public Optional<Upcoming> next() {
        return upcoming.stream().findFirst();
    }

    /** A completion certificate: the cycle year, its period and the verification code. */
    public record Certificate(int year, LocalDate from, LocalDate to, String code) {
    }

    public MentorPage {
        modules = List.copyOf(modules);
        upcoming = List.copyOf(upcoming);
        certificates = List.copyOf(certificates);
    }
}
