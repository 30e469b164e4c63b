package org.leerwerkplek.analysis.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Choices;
import org.leerwerkplek.surveys.definition.model.NumberRange;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * A plain valid answer to a question the demo generator has no story for (one added in a later
 * version of the questionnaire): optional questions stay unanswered, required ones get a random
 * answer that fits their type and limits, so that generated responses keep passing validation.
 */
final class AnyAnswer {

    static final String TEXT = "Demo";

    private AnyAnswer() {
    }

    static Optional<AnswerValue> of(Question question, List<Option> shown, Draw draw, LocalDate today) {
        if (!question.required()) {
            return Optional.empty();
        }
        Choices choices = question.choices();
        List<String> listed = shown.stream().map(Option::code)
                .filter(c -> !choices.isOther(c) && !choices.isNone(c)).toList();
        switch (question.type()) {
            case SINGLE:
            case YESNO:
                return Optional.of(listed.isEmpty() ? new AnswerValue.Single(shown.get(0).code(), otherText(question,
                        shown.get(0).code())) : AnswerValue.Single.of(draw.oneOf(listed)));
            case MULTIPLE: {
                if (listed.isEmpty()) {
                    String code = shown.get(0).code();
                    return Optional.of(new AnswerValue.Multiple(List.of(code), otherText(question, code)));
                }
                int wanted = Math.min(listed.size(), Math.max(1, choices.minChoices().orElse(1)));
                List<String> chosen = draw.order(listed.stream().map(c -> Draw.odds(c, 1)).toList(), wanted);
                return Optional.of(new AnswerValue.Multiple(listed.stream().filter(chosen::contains).toList(),
                        Optional.empty()));
            }
            case RANKING:
                return Optional.of(AnswerValue.Ranking.of(draw.oneOf(shown).code()));
            case LIKERT:
                return Optional.of(AnswerValue.Likert.of(draw.oneOf(question.scale().orElseThrow().points()).value()));
            case LIKERT_MATRIX: {
                Map<String, String> items = new LinkedHashMap<>();
                question.items().forEach(i -> items.put(i.code(),
                        draw.oneOf(question.scale().orElseThrow().points()).code()));
                return Optional.of(new AnswerValue.Matrix(items));
            }
            case NUMBER:
                return Optional.of(new AnswerValue.Numeric(number(question.numberRange(), draw)));
            case TEXT:
            case LONGTEXT:
                return Optional.of(new AnswerValue.Text(TEXT));
            case DATE:
                return Optional.of(new AnswerValue.Date(question.dateRange().max()
                        .or(() -> question.dateRange().min()).map(b -> b.resolve(today)).orElse(today)));
            default:
                throw new IllegalStateException("no answer for type " + question.type());
        }
    }

    private static Optional<String> otherText(Question question, String code) {
        return question.choices().isOther(code) ? Optional.of(TEXT) : Optional.empty();
    }

    /** A number within the bounds (0 to 10 where a bound is missing), whole where the question asks for that. */
    private static BigDecimal number(NumberRange range, Draw draw) {
        BigDecimal low = range.min().orElse(range.max().map(m -> m.min(BigDecimal.ZERO)).orElse(BigDecimal.ZERO));
        BigDecimal high = range.max().orElse(low.add(BigDecimal.TEN));
        BigDecimal value = low.add(high.subtract(low).multiply(BigDecimal.valueOf(draw.between(0, 100)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN));
        if (range.integer()) {
            value = value.setScale(0, RoundingMode.CEILING);
            return value.compareTo(high) > 0 ? high.setScale(0, RoundingMode.FLOOR) : value;
        }
        return value.stripTrailingZeros();
    }
}
