package org.leerwerkplek.companies.fiche;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.Scale;

/**
 * An answer written out for people in one language: option, scale point and matrix item labels
 * instead of codes; numbers, dates and texts as given. A code the question does not know (e.g.
 * removed in a later version of the fiche) is shown as the code itself.
 */
public final class AnswerLabels {

    private AnswerLabels() {
    }

    public static String of(Question question, AnswerValue value, Language language) {
        if (value instanceof AnswerValue.Single single) {
            return withOther(option(question, single.code(), language), single.otherText());
        }
        if (value instanceof AnswerValue.Multiple multiple) {
            return withOther(multiple.codes().stream().map(c -> option(question, c, language))
                    .collect(Collectors.joining(", ")), multiple.otherText());
        }
        if (value instanceof AnswerValue.Ranking ranking) {
            List<String> order = ranking.order();
            return IntStream.range(0, order.size())
                    .mapToObj(i -> (i + 1) + ". " + option(question, order.get(i), language))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof AnswerValue.Likert likert) {
            return point(question, likert.code(), language);
        }
        if (value instanceof AnswerValue.Matrix matrix) {
            return matrix.items().entrySet().stream()
                    .map(e -> label(question.item(e.getKey()).map(Option::label), e.getKey(), language) + ": "
                            + point(question, e.getValue(), language))
                    .collect(Collectors.joining("; "));
        }
        return value.asText();
    }

    /**
     * An answer a suitability decision read ({@code F2_MENTOR = JA}, {@code F2_KANDIDAAT_PROFIEL.MOTIVATIE = 4})
     * written out as "question (– item): answer" with labels; a reference the instrument does not
     * know is shown with its codes.
     */
    public static String evidence(Instrument instrument, String reference, Optional<String> answer, Language language) {
        int dot = reference.indexOf('.');
        String code = dot < 0 ? reference : reference.substring(0, dot);
        Optional<Question> found = instrument.question(code);
        if (found.isEmpty()) {
            return reference + ": " + answer.orElse("–");
        }
        Question question = found.get();
        String item = dot < 0 ? "" : " – " + label(question.item(reference.substring(dot + 1)).map(Option::label),
                reference.substring(dot + 1), language);
        String given = answer.map(a -> Arrays.stream(a.split(","))
                        .map(String::trim)
                        .map(c -> question.option(c).isPresent() ? option(question, c, language) : point(question, c, language))
                        .collect(Collectors.joining(", ")))
                .orElse("–");
        return question.label().in(language) + item + ": " + given;
    }

    private static String option(Question question, String code, Language language) {
        return label(question.option(code).map(Option::label), code, language);
    }

    private static String point(Question question, String code, Language language) {
        Optional<Scale> scale = question.scale();
        Optional<LocalizedText> label = scale.flatMap(s -> s.points().stream().filter(p -> p.code().equals(code))
                        .findFirst().map(p -> p.label()))
                .or(() -> scale.flatMap(Scale::na).filter(na -> na.code().equals(code)).map(Option::label));
        return label(label, code, language);
    }

    private static String label(Optional<LocalizedText> text, String code, Language language) {
        return text.map(t -> t.in(language)).orElse(code);
    }

    private static String withOther(String labels, Optional<String> otherText) {
        return otherText.filter(t -> !t.isBlank()).map(t -> labels + " (" + t + ")").orElse(labels);
    }
}
