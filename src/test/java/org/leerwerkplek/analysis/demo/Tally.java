package org.leerwerkplek.analysis.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.leerwerkplek.surveys.definition.model.AnswerValue;

/**
 * Counts over generated responses, read straight from their stored answers, so that the tests
 * check the figures independently of how the generator made them.
 */
final class Tally {

    private Tally() {
    }

    static long count(List<DemoResponse> responses, Predicate<DemoResponse> test) {
        return responses.stream().filter(test).count();
    }

    static List<DemoResponse> where(List<DemoResponse> responses, Predicate<DemoResponse> test) {
        return responses.stream().filter(test).toList();
    }

    static double share(List<DemoResponse> responses, Predicate<DemoResponse> test) {
        return (double) count(responses, test) / responses.size();
    }

    /** Whether the {@code single}/{@code yesno} answer to {@code question} is {@code code}. */
    static Predicate<DemoResponse> is(String question, String code) {
        return r -> answer(r, question).filter(v -> v instanceof AnswerValue.Single)
                .map(v -> ((AnswerValue.Single) v).code().equals(code)).orElse(false);
    }

    /** Whether the {@code multiple} answer to {@code question} holds {@code code}. */
    static Predicate<DemoResponse> chose(String question, String code) {
        return r -> answer(r, question).filter(v -> v instanceof AnswerValue.Multiple)
                .map(v -> ((AnswerValue.Multiple) v).codes().contains(code)).orElse(false);
    }

    static Predicate<DemoResponse> answered(String question) {
        return r -> answer(r, question).isPresent();
    }

    static Optional<BigDecimal> number(DemoResponse response, String question) {
        return answer(response, question).filter(v -> v instanceof AnswerValue.Numeric)
                .map(v -> ((AnswerValue.Numeric) v).value());
    }

    /** The matrix answer to {@code item} of {@code question}: a point such as {@code "4"} or the na code. */
    static Optional<String> item(DemoResponse response, String question, String item) {
        return answer(response, question).filter(v -> v instanceof AnswerValue.Matrix)
                .flatMap(v -> ((AnswerValue.Matrix) v).item(item));
    }

    /** The mean of the points given to {@code item}, "weet niet" left out. */
    static double mean(List<DemoResponse> responses, String question, String item) {
        return responses.stream().flatMap(r -> item(r, question, item).stream())
                .filter(code -> code.matches("[0-9]+")).mapToInt(Integer::parseInt).average().orElseThrow();
    }

    private static Optional<AnswerValue> answer(DemoResponse response, String question) {
        return Optional.ofNullable(response.values().get(question));
    }
}
