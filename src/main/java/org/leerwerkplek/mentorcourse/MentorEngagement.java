package org.leerwerkplek.mentorcourse;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;

/**
 * How a mentor of a company takes part, as its advisor sees it.
 *
 * @param received     modules mailed to the mentor
 * @param opened       modules the mentor opened (read, answered or completed)
 * @param completed    modules the mentor completed
 * @param quizPercent  correct quiz answers over all quizzes answered, in percent; empty without any
 * @param lastActivity the last time the mentor opened or completed a module; empty when never
 */
public record MentorEngagement(String name, String email, MentorRole role, MentorStatus status,
                               Language language, Frequency frequency, Focus focus, int received, int opened,
                               int completed, Optional<Integer> quizPercent, Optional<Instant> lastActivity) {

    /**
     * The engagement of {@code mentor} from its progress rows; only modules mailed to it count,
     * so opened and completed never exceed received.
     */
    static MentorEngagement of(Mentor mentor, Collection<MentorProgress> all) {
        List<MentorProgress> progress = all.stream().filter(p -> p.getDeliveredOn().isPresent()).toList();
        int received = (int) progress.stream().filter(p -> p.getDeliveredOn().isPresent()).count();
        int opened = (int) progress.stream().filter(p -> p.getOpenedAt().isPresent()).count();
        int completed = (int) progress.stream().filter(p -> p.getCompletedAt().isPresent()).count();
        int correct = progress.stream().mapToInt(p -> p.getQuizCorrect().orElse(0)).sum();
        int total = progress.stream().mapToInt(p -> p.getQuizTotal().orElse(0)).sum();
        Optional<Instant> last = progress.stream()
                .flatMap(p -> Stream.concat(p.getOpenedAt().stream(), p.getCompletedAt().stream()))
                .max(Instant::compareTo);
        return new MentorEngagement(mentor.getName(), mentor.getEmail(), mentor.getRole(),
                mentor.getStatus(), mentor.getLanguage(), mentor.getFrequency(), mentor.getFocus(), received, opened,
                completed, total == 0 ? Optional.empty() : Optional.of(Math.round(100f * correct / total)), last);
    }
}
