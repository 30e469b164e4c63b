package org.leerwerkplek.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.ScalePoint;

/**
 * A response's answers as the person who gave them reads them (an access request): per question
 * in the questionnaire's order, its code and label, and the answer with the labels of the chosen
 * options in the response's language, free texts as written.
 */
public final class ReadableAnswers {

    private ReadableAnswers() {
    }

    /** Question {@code code · label} to the answer as text, questions without an answer left out. */
    public static Map<String, String> of(Instrument instrument, Map<String, AnswerValue> answers, Language language) {
        Map<String, String> readable = new LinkedHashMap<>();
        for (Question question : instrument.questions()) {
            AnswerValue value = answers.get(question.code());
            if (value != null && !value.isEmpty()) {
                readable.put(question.code() + " · " + question.label().in(language), text(question, value, language));
            }
        }
        return readable;
    }

    static String text(Question question, AnswerValue value, Language language) {
        if (value instanceof AnswerValue.Single single) {
            return option(question, single.code(), language) + single.otherText().map(t -> ": " + t).orElse("");
        }
        if (value instanceof AnswerValue.Multiple multiple) {
            List<String> labels = new ArrayList<>();
            multiple.codes().forEach(code -> labels.add(option(question, code, language)));
            return String.join("; ", labels) + multiple.otherText().map(t -> ": " + t).orElse("");
        }
        if (value instanceof AnswerValue.Ranking ranking) {
            List<String> ranks = new ArrayList<>();
            for (int i = 0; i < ranking.order().size(); i++) {
                ranks.add((i + 1) + ". " + option(question, ranking.order().get(i), language));
            }
            return String.join("; ", ranks);
        }
        if (value instanceof AnswerValue.Likert likert) {
            return point(question, likert.code(), language);
        }
        if (value instanceof AnswerValue.Matrix matrix) {
            List<String> items = new ArrayList<>();
            matrix.items().forEach((item, code) -> items.add(question.item(item).map(o -> o.label().in(language)).orElse(item)
                    + ": " + point(question, code, language)));
            return String.join("; ", items);
        }
        if (value instanceof AnswerValue.Numeric numeric) {
            return numeric.value().stripTrailingZeros().toPlainString();
        }
        return value.asText();
    }

    private static String option(Question question, String code, Language language) {
        return question.option(code).map(Option::label).map(l -> l.in(language)).orElse(code);
    }

    private static String point(Question question, String code, Language language) {
        return question.scale().flatMap(scale -> scale.points().stream().filter(p -> p.code().equals(code))
                        .map(ScalePoint::label).map(l -> l.in(language)).findFirst()
                        .or(() -> scale.na().filter(na -> na.code().equals(code)).map(na -> na.label().in(language))))
                .orElse(code);
    }
}
