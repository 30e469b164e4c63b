package org.leerwerkplek.surveys.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.NumberRange;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.validation.AnswerValidator;
import org.leerwerkplek.surveys.definition.validation.Violation;

/**
 * Complete, valid answers to a whole instrument, made by walking its questions in order and
 * answering only what is shown given the answers so far, with random choices from a seeded
 * {@link Random}. Texts are taken from a list of awkward strings (quotes, separators, line ends,
 * formula starts, non-Latin script). Checked with {@link AnswerValidator} before they are returned.
 */
public final class ValidAnswers {

    static final List<String> AWKWARD_TEXTS = List.of(
            "Bouwbedrijf \"De Muur\", Gent",
            "regel 1\nregel 2",
            "regel 1\r\nregel 2; en meer",
            "=SUM(A1:A2)",
            "-5 jaar",
            "+32 9 123 45 67",
            "@home",
            "\tingesprongen",
            "  spaties rond  ",
            "café; crème, \"brûlée\"",
            "Ελληνικά 🚧",
            "'al een apostrof");

    private final Instrument instrument;
    private final Random random;
    private final AnswerValidator validator = new AnswerValidator(Instruments.CLOCK);

    public ValidAnswers(Instrument instrument, long seed) {
        this.instrument = instrument;
        this.random = new Random(seed);
    }

    /** {@code count} responses. */
    public List<Map<String, AnswerValue>> generate(int count) {
        List<Map<String, AnswerValue>> responses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            responses.add(next());
        }
        return responses;
    }

    /** One response. */
    Map<String, AnswerValue> next() {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        for (Question question : instrument.questions()) {
            Relevance relevance = Relevance.of(instrument, Answers.of(answers));
            if (!relevance.isShown(question.code())) {
                continue;
            }
            if (!question.required() && random.nextInt(5) == 0) {
                continue;
            }
            answer(question, relevance.shownOptions(question.code())).ifPresent(a -> answers.put(question.code(), a));
        }
        List<Violation> violations = validator.validate(instrument, Answers.of(answers), Language.EN);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("generated answers are not valid: " + violations + " in " + answers);
        }
        return answers;
    }

    private Optional<AnswerValue> answer(Question question, List<Option> options) {
        switch (question.type()) {
            case SINGLE:
            case YESNO: {
                String code = pick(options).code();
                return Optional.of(new AnswerValue.Single(code, otherText(question, List.of(code))));
            }
            case MULTIPLE:
                return Optional.of(multiple(question, options));
            case RANKING: {
                List<Option> shuffled = new ArrayList<>(options);
                Collections.shuffle(shuffled, random);
                int limit = Math.min(question.choices().rankCount().orElse(options.size()), options.size());
                int count = 1 + random.nextInt(limit);
                return Optional.of(new AnswerValue.Ranking(shuffled.subList(0, count).stream().map(Option::code).toList()));
            }
            case LIKERT:
                return Optional.of(new AnswerValue.Likert(pickCode(question.answerCodes())));
            case LIKERT_MATRIX: {
                Map<String, String> items = new LinkedHashMap<>();
                for (Option item : question.items()) {
                    if (question.required() || random.nextInt(4) > 0) {
                        items.put(item.code(), pickCode(question.answerCodes()));
                    }
                }
                return items.isEmpty() ? Optional.empty() : Optional.of(new AnswerValue.Matrix(items));
            }
            case NUMBER:
                return Optional.of(new AnswerValue.Numeric(number(question.numberRange())));
            case TEXT:
            case LONGTEXT:
                return Optional.of(new AnswerValue.Text(pickCode(AWKWARD_TEXTS)));
            case DATE: {
                LocalDate min = question.dateRange().min().map(b -> b.resolve(Instruments.TODAY))
                        .orElse(LocalDate.of(2020, 1, 1));
                LocalDate max = question.dateRange().max().map(b -> b.resolve(Instruments.TODAY))
                        .orElse(Instruments.TODAY.plusYears(1));
                long days = max.toEpochDay() - min.toEpochDay();
                return Optional.of(new AnswerValue.Date(min.plusDays((long) (random.nextDouble() * (days + 1)))));
            }
            default:
                throw new IllegalStateException("unknown type " + question.type());
        }
    }

    private AnswerValue multiple(Question question, List<Option> options) {
        Optional<Option> none = question.choices().none();
        if (none.isPresent() && random.nextInt(6) == 0) {
            return AnswerValue.Multiple.of(none.get().code());
        }
        List<Option> regular = options.stream().filter(o -> none.map(n -> !n.equals(o)).orElse(true)).toList();
        int max = Math.min(question.choices().maxChoices().orElse(regular.size()), regular.size());
        int min = Math.max(1, question.choices().minChoices().orElse(1));
        int count = min + random.nextInt(max - min + 1);
        List<Option> shuffled = new ArrayList<>(regular);
        Collections.shuffle(shuffled, random);
        List<Option> chosen = shuffled.subList(0, count);
        List<String> codes = regular.stream().filter(chosen::contains).map(Option::code).toList();
        return new AnswerValue.Multiple(codes, otherText(question, codes));
    }

    private Optional<String> otherText(Question question, List<String> codes) {
        return question.choices().other().filter(o -> codes.contains(o.code()))
                .map(o -> pickCode(AWKWARD_TEXTS));
    }

    private BigDecimal number(NumberRange range) {
        BigDecimal min = range.min().orElse(BigDecimal.ZERO);
        BigDecimal max = range.max().orElse(BigDecimal.valueOf(1000));
        BigDecimal step = range.integer() ? BigDecimal.ONE : new BigDecimal("0.5");
        int steps = max.subtract(min).divide(step).intValue();
        BigDecimal value = min.add(step.multiply(BigDecimal.valueOf(random.nextInt(steps + 1))));
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private Option pick(List<Option> options) {
        return options.get(random.nextInt(options.size()));
    }

    private String pickCode(List<String> codes) {
        return codes.get(random.nextInt(codes.size()));
    }
}
