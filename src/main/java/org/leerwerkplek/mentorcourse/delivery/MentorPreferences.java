package org.leerwerkplek.mentorcourse.delivery;

import java.time.LocalDate;
import java.util.Objects;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;

/**
 * What a mentor chose for the follow-up course.
 *
 * @param frequency  how often the next module comes
 * @param focus      which modules: didactics, technique or both (a module on both suits every mentor)
 * @param language   the language the mentor reads the course in
 * @param confirmedOn the day the mentor confirmed the registration; the first module is due that day
 */
public record MentorPreferences(Frequency frequency, Focus focus, Language language, LocalDate confirmedOn) {

    public MentorPreferences {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(confirmedOn, "confirmedOn");
    }
}
