package org.leerwerkplek.mentorcourse;

import java.time.LocalDate;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;

/**
 * What a mentor (or an advisor for a mentor) fills in to register.
 *
 * @param name           the mentor's name
 * @param email          the mail address; compared in lower case
 * @param language       the language the course comes in
 * @param companyId      the company in the register, when an advisor registers the mentor
 * @param companyName    the company as the mentor names it on the self-service page
 * @param role           zaakvoerder, ploegleider or vakman
 * @param baseTraining   whether the mentor followed the base mentor training
 * @param baseTrainingOn when, if known (only with {@code baseTraining})
 * @param preferences    how often and on what the mentor wants modules
 */
public record MentorRegistration(String name, String email, Language language, Optional<Long> companyId,
                                 Optional<String> companyName, MentorRole role, boolean baseTraining,
                                 Optional<LocalDate> baseTrainingOn, Preferences preferences) {

    /** How often and on what a mentor wants the next module. */
    public record Preferences(Frequency frequency, Focus focus) {
    }
}
