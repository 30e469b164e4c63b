package org.leerwerkplek.surveys.definition.validation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Choices;
import org.leerwerkplek.surveys.definition.model.DateRange;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.MessageKey;
import org.leerwerkplek.surveys.definition.model.NumberRange;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;

/**
 * Checks answers against the rules of their questions (README section 5) and gives the messages
 * in the respondent's language: the question's own {@code messages} where it has them, the
 * built-in texts of the {@code validation} bundle otherwise.
 *
 * <p>Only what a respondent can get wrong is a {@link Violation}. An answer that the form cannot
 * produce (the wrong kind of value for the type, a code the question does not have) is a
 * programming error and fails with {@link IllegalArgumentException}.
 */
public final class AnswerValidator {

    static final String BUNDLE = "org.leerwerkplek.surveys.definition.validation";
    private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(min|max|none)}");

    private final Clock clock;

    /** @param clock gives "today" for date questions bounded by {@code today} */
    public AnswerValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The violations of all shown questions of {@code instrument}; hidden questions are not checked. */
    public List<Violation> validate(Instrument instrument, Answers answers, Language language) {
        Relevance relevance = Relevance.of(instrument, answers);
        return validate(relevance.shownQuestions(), relevance, language);
    }

    /** The violations of the shown questions of one section (a submitted page). */
    public List<Violation> validateSection(Instrument instrument, String sectionId, Answers answers,
                                           Language language) {
        Relevance relevance = Relevance.of(instrument, answers);
        return validate(relevance.shownQuestions(sectionId), relevance, language);
    }

    private List<Violation> validate(List<Question> questions, Relevance relevance, Language language) {
        List<Violation> violations = new ArrayList<>();
        for (Question question : questions) {
            violations.addAll(validate(question, relevance.answers().answer(question.code()),
                    relevance.isRequired(question), language));
        }
        return List.copyOf(violations);
    }

    /**
     * The violations of one answer to {@code question}, which is taken to be shown. An absent or
     * empty answer breaks only {@code required}.
     */
    public List<Violation> validate(Question question, Optional<AnswerValue> answer, Language language) {
        return validate(question, answer, question.required(), language);
    }

    /**
     * As {@link #validate(Question, Optional, Language)}, with whether an answer is demanded as
     * relevance decided it ({@link Relevance#isRequired(Question)}).
     */
    public List<Violation> validate(Question question, Optional<AnswerValue> answer, boolean required,
                                    Language language) {
        Check check = new Check(question, language);
        Optional<AnswerValue> given = answer.filter(v -> !v.isEmpty());
        if (given.isEmpty()) {
            if (required) {
                check.fail(MessageKey.REQUIRED, "required", Map.of());
            }
            return List.copyOf(check.violations);
        }
        AnswerValue value = given.get();
        switch (question.type()) {
            case SINGLE, YESNO -> single(check, expect(question, value, AnswerValue.Single.class));
            case MULTIPLE -> multiple(check, expect(question, value, AnswerValue.Multiple.class));
            case RANKING -> ranking(check, expect(question, value, AnswerValue.Ranking.class));
            case LIKERT -> knownCode(question, expect(question, value, AnswerValue.Likert.class).code());
            case LIKERT_MATRIX -> matrix(check, expect(question, value, AnswerValue.Matrix.class));
            case NUMBER -> number(check, expect(question, value, AnswerValue.Numeric.class).value());
            case TEXT, LONGTEXT -> text(check, expect(question, value, AnswerValue.Text.class).text());
            case DATE -> date(check, expect(question, value, AnswerValue.Date.class).date());
        }
        return List.copyOf(check.violations);
    }

    private void single(Check check, AnswerValue.Single answer) {
        Question question = check.question;
        knownCode(question, answer.code());
        otherText(check, List.of(answer.code()), answer.otherText());
    }

    private void multiple(Check check, AnswerValue.Multiple answer) {
        Question question = check.question;
        Choices choices = question.choices();
        for (String code : answer.codes()) {
            knownCode(question, code);
        }
        int count = answer.codes().size();
        Optional<Option> none = choices.none().filter(o -> answer.codes().contains(o.code()));
        if (none.isPresent() && count > 1) {
            check.fail(MessageKey.NONE, "none", Map.of("none", none.get().label().in(check.language)));
        }
        if (choices.minChoices().isPresent() && count < choices.minChoices().getAsInt()) {
            check.fail(MessageKey.MIN_CHOICES, "minChoices",
                    Map.of("min", Integer.toString(choices.minChoices().getAsInt())));
        }
        if (choices.maxChoices().isPresent() && count > choices.maxChoices().getAsInt()) {
            check.fail(MessageKey.MAX_CHOICES, "maxChoices",
                    Map.of("max", Integer.toString(choices.maxChoices().getAsInt())));
        }
        otherText(check, answer.codes(), answer.otherText());
    }

    private void otherText(Check check, List<String> codes, Optional<String> text) {
        Optional<Option> other = check.question.choices().other().filter(o -> codes.contains(o.code()));
        if (other.isEmpty()) {
            return;
        }
        String written = text.map(String::strip).orElse("");
        if (written.isEmpty()) {
            check.fail(MessageKey.OTHER, "other", Map.of());
        } else if (written.codePointCount(0, written.length()) > Option.OTHER_TEXT_MAX_LENGTH) {
            check.failDefault(MessageKey.MAX_LENGTH, "maxLength",
                    Map.of("max", Integer.toString(Option.OTHER_TEXT_MAX_LENGTH)));
        }
    }

    private void ranking(Check check, AnswerValue.Ranking answer) {
        Question question = check.question;
        for (String code : answer.order()) {
            knownCode(question, code);
        }
        int limit = question.choices().rankCount().orElseGet(() -> question.choices().all().size());
        if (answer.order().size() > limit) {
            check.fail(MessageKey.RANK_COUNT, "rankCount", Map.of("max", Integer.toString(limit)));
        }
    }

    private void matrix(Check check, AnswerValue.Matrix answer) {
        Question question = check.question;
        List<Option> items = question.items();
        answer.items().forEach((item, code) -> {
            if (!hasItem(items, item)) {
                throw new IllegalArgumentException(question.code() + " has no item " + item + " (it has "
                        + items.stream().map(Option::code).toList() + ")");
            }
            knownCode(question, code);
        });
        if (question.required() && !answersEvery(answer, items)) {
            check.fail(MessageKey.REQUIRED, "required", Map.of());
        }
    }

    private void number(Check check, BigDecimal value) {
        NumberRange range = check.question.numberRange();
        if (range.integer() && value.stripTrailingZeros().scale() > 0) {
            check.fail(MessageKey.INTEGER, "integer", Map.of());
        }
        if (!range.contains(value)) {
            String variant = range.min().isPresent() && range.max().isPresent() ? "range"
                    : range.min().isPresent() ? "range.min" : "range.max";
            check.fail(MessageKey.RANGE, variant, Map.of(
                    "min", range.min().map(m -> formatNumber(m, check.language)).orElse(""),
                    "max", range.max().map(m -> formatNumber(m, check.language)).orElse("")));
        }
    }

    private void text(Check check, String text) {
        int max = check.question.maxLength().orElse(Integer.MAX_VALUE);
        if (text.codePointCount(0, text.length()) > max) {
            check.fail(MessageKey.MAX_LENGTH, "maxLength", Map.of("max", Integer.toString(max)));
        }
    }

    private void date(Check check, LocalDate date) {
        DateRange range = check.question.dateRange();
        LocalDate today = LocalDate.now(clock);
        if (!range.contains(date, today)) {
            String variant = range.min().isPresent() && range.max().isPresent() ? "dateRange"
                    : range.min().isPresent() ? "dateRange.min" : "dateRange.max";
            check.fail(MessageKey.DATE_RANGE, variant, Map.of(
                    "min", range.min().map(b -> DATE_FORMAT.format(b.resolve(today))).orElse(""),
                    "max", range.max().map(b -> DATE_FORMAT.format(b.resolve(today))).orElse("")));
        }
    }

    private static <T extends AnswerValue> T expect(Question question, AnswerValue value, Class<T> kind) {
        if (!kind.isInstance(value)) {
            throw new IllegalArgumentException(question.code() + " is a " + question.type() + " question; a "
                    + value.getClass().getSimpleName() + " answer does not fit it");
        }
        return kind.cast(value);
    }

    /** Checked per answer of every imported response: no list of the codes is made unless one is wrong. */
    private static void knownCode(Question question, String code) {
        if (!question.hasAnswerCode(code)) {
            throw new IllegalArgumentException(question.code() + " has no answer code " + code + " (it has "
                    + question.answerCodes() + ")");
        }
    }

    private static boolean hasItem(List<Option> items, String item) {
        for (Option option : items) {
            if (option.code().equals(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean answersEvery(AnswerValue.Matrix answer, List<Option> items) {
        for (Option item : items) {
            if (!answer.items().containsKey(item.code())) {
                return false;
            }
        }
        return true;
    }

    /** {@code 1.5} as the respondent writes it: {@code 1,5} in Dutch and French. */
    static String formatNumber(BigDecimal number, Language language) {
        String plain = number.stripTrailingZeros().toPlainString();
        return language == Language.EN ? plain : plain.replace('.', ',');
    }

    /** The built-in text of {@code key} in {@code language}. */
    static String builtIn(String key, Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.getString(key);
    }

    private static String fill(String pattern, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1),
                    matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The violations of one answer, being collected. */
    private static final class Check {
        private final Question question;
        private final Language language;
        private final List<Violation> violations = new ArrayList<>();

        Check(Question question, Language language) {
            this.question = question;
            this.language = language;
        }

        /** Adds a violation with the question's own message for {@code key}, or the built-in {@code variant}. */
        void fail(MessageKey key, String variant, Map<String, String> values) {
            String pattern = question.message(key).map(t -> t.in(language)).orElseGet(() -> builtIn(variant, language));
            add(key, fill(pattern, values));
        }

        /** Adds a violation with the built-in message, for a rule the question cannot override here. */
        void failDefault(MessageKey key, String variant, Map<String, String> values) {
            add(key, fill(builtIn(variant, language), values));
        }

        private void add(MessageKey key, String message) {
            violations.add(new Violation(question.code(), key, message));
        }
    }
}
