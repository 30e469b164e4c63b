package org.leerwerkplek.mentorcourse.content;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One module of the mentor course, as read from {@code modules/NN-id.md}.
 *
 * <p>A module is complete in the languages of {@link #languages()}: every text and the body
 * exist in each of them. A module whose French translation is missing is still a valid module,
 * available in Dutch only; it is never half there in a language it claims.
 *
 * @param id         stable id, referred to by progress and mail history
 * @param order      position in the course, from 1
 * @param focus      didactics, technique or both
 * @param minutes    estimated time to read, reflect and answer the quiz
 * @param title      short title
 * @param summary    one or two sentences for the delivery mail
 * @param reflection reflection questions (2 to 4)
 * @param quiz       quiz questions (3 to 4)
 * @param body       Markdown body per language
 * @param languages  the languages the module is complete in (at least one)
 */
public record CourseModule(String id, int order, Focus focus, int minutes, LocalizedText title,
                           LocalizedText summary, List<LocalizedText> reflection, List<QuizQuestion> quiz,
                           Map<Language, String> body, Set<Language> languages) {

    public CourseModule {
        if (id == null || id.isBlank() || order < 1 || minutes < 1 || focus == null) {
            throw new IllegalArgumentException("a module needs an id, an order and minutes from 1, and a focus");
        }
        reflection = List.copyOf(reflection);
        quiz = List.copyOf(quiz);
        body = body.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(body));
        languages = languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("module " + id + " is complete in no language");
        }
        for (Language language : languages) {
            if (!complete(language, title, summary, reflection, quiz, body)) {
                throw new IllegalArgumentException("module " + id + " is not complete in " + language.code());
            }
        }
    }

    private static boolean complete(Language language, LocalizedText title, LocalizedText summary,
                                    List<LocalizedText> reflection, List<QuizQuestion> quiz,
                                    Map<Language, String> body) {
        Stream<LocalizedText> quizTexts = quiz.stream().flatMap(q -> Stream.concat(
                Stream.of(q.question(), q.explanation()), q.options().stream().map(QuizOption::text)));
        return body.containsKey(language)
                && Stream.of(Stream.of(title, summary), reflection.stream(), quizTexts)
                        .flatMap(s -> s)
                        .allMatch(text -> text.has(language));
    }

    /** Whether the module can be sent and shown in {@code language}. */
    public boolean isAvailableIn(Language language) {
        return languages.contains(language);
    }

    /** Whether this module suits a mentor who chose {@code mentorFocus}. */
    public boolean suits(Focus mentorFocus) {
        return focus.suits(mentorFocus);
    }

    /** The Markdown body in {@code language}; fails when the module is not available in it. */
    public String body(Language language) {
        if (!isAvailableIn(language)) {
            throw new IllegalArgumentException("module " + id + " is not available in " + language.code());
        }
        return body.get(language);
    }
}
