package org.leerwerkplek.companies.fiche;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.leerwerkplek.surveys.definition.AnswerValue;
import org.leerwerkplek.surveys.definition.Language;
import org.leerwerkplek.surveys.definition.LocalizedText;
import org.leerwerkplek.surveys.definition.Option;
import org.leerwerkplek.surveys.definition.Question;
import org.leerwerkplek.surveys.definition.Scale;

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
