package org.leerwerkplek.surveys.definition.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Section;

/**
 * Which sections and questions are shown, given the answers so far (README 3.4, 4.3 and 6.3).
 *
 * <p>Sections and questions are taken in order. A section whose {@code relevant} is false hides
 * all its questions; a question is shown when its section is shown, its own {@code relevant} is
 * true and, with {@code filterOptionsBy}, at least one option remains. Conditions see only the
 * answers of questions shown before them: a hidden question counts as unanswered. Answers that
 * are no longer visible (a hidden question, an option filtered away) are left out of
 * {@link #answers()}.
 */
public final class Relevance {

    private final Set<String> shownSections;
    private final Map<String, List<Option>> shownQuestions;
    private final Map<String, AnswerValue> kept;
    private final Instrument instrument;

    private Relevance(Instrument instrument, Set<String> shownSections, Map<String, List<Option>> shownQuestions,
                      Map<String, AnswerValue> kept) {
        this.instrument = instrument;
        this.shownSections = shownSections;
        this.shownQuestions = shownQuestions;
        this.kept = kept;
    }

    /** Decides what is shown of {@code instrument} for {@code answers}. */
    public static Relevance of(Instrument instrument, Answers answers) {
        Set<String> sections = new LinkedHashSet<>();
        Map<String, List<Option>> shown = new LinkedHashMap<>();
        Map<String, AnswerValue> kept = new HashMap<>();
        Answers soFar = code -> Optional.ofNullable(kept.get(code));
        for (Section section : instrument.sections()) {
            if (!section.relevant().map(c -> c.evaluate(soFar)).orElse(true)) {
                continue;
            }
            sections.add(section.id());
            for (Question question : section.questions()) {
                if (!question.relevant().map(c -> c.evaluate(soFar)).orElse(true)) {
                    continue;
                }
                List<Option> options = options(question, soFar);
                if (question.choices().filterOptionsBy().isPresent() && options.isEmpty()) {
                    continue;
                }
                shown.put(question.code(), options);
                answers.answer(question.code())
                        .flatMap(v -> visiblePart(question, v, options))
                        .ifPresent(v -> kept.put(question.code(), v));
            }
        }
        return new Relevance(instrument, sections, shown, kept);
    }

    /** The instrument (version) whose sections and questions this decides. */
    public Instrument instrument() {
        return instrument;
    }

    public boolean isSectionShown(String sectionId) {
        return shownSections.contains(sectionId);
    }

    public boolean isShown(String questionCode) {
        return shownQuestions.containsKey(questionCode);
    }

    /**
     * Whether an answer is demanded: the question is required and shown. A question that is not
     * shown is not required, whatever its {@code required} says; neither is a ranking with fewer
     * than two options shown, which leaves nothing to put in order.
     */
    public boolean isRequired(Question question) {
        if (!question.required() || !isShown(question.code())) {
            return false;
        }
        return question.type() != QuestionType.RANKING || shownOptions(question.code()).size() > 1;
    }

    /** The shown questions, in order. */
    public List<Question> shownQuestions() {
        return instrument.questions().stream().filter(q -> isShown(q.code())).toList();
    }

    /** The shown questions of one section, in order; empty when the section is hidden. */
    public List<Question> shownQuestions(String sectionId) {
        return instrument.section(sectionId).map(s -> s.questions().stream().filter(q -> isShown(q.code())).toList())
                .orElse(List.of());
    }

    /**
     * The options shown for a question: with {@code filterOptionsBy}, only those chosen in the
     * source question; otherwise all (including {@code other}, {@code none}). Empty for a hidden
     * question.
     */
    public List<Option> shownOptions(String questionCode) {
        return shownQuestions.getOrDefault(questionCode, List.of());
    }

    /** The answer to {@code code} that counts ({@link #answers()}), without a copy of them all. */
    public Optional<AnswerValue> answer(String code) {
        return Optional.ofNullable(kept.get(code));
    }

    /** The answers that count: only those of shown questions, limited to the options shown. */
    public Answers answers() {
        Map<String, AnswerValue> copy = Map.copyOf(kept);
        return code -> Optional.ofNullable(copy.get(code));
    }

    private static List<Option> options(Question question, Answers soFar) {
        Optional<String> source = question.choices().filterOptionsBy();
        if (source.isEmpty()) {
            return question.choices().all();
        }
        Set<String> chosen = soFar.chosen(Condition.Reference.to(source.get()));
        return question.choices().all().stream().filter(o -> chosen.contains(o.code())).toList();
    }

    /** The part of an answer that is still visible when options were filtered away. */
    private static Optional<AnswerValue> visiblePart(Question question, AnswerValue value, List<Option> options) {
        if (question.choices().filterOptionsBy().isEmpty()) {
            return Optional.of(value);
        }
        Set<String> codes = new LinkedHashSet<>(options.stream().map(Option::code).toList());
        if (value instanceof AnswerValue.Single single) {
            return codes.contains(single.code()) ? Optional.of(value) : Optional.empty();
        }
        if (value instanceof AnswerValue.Multiple multiple) {
            List<String> kept = new ArrayList<>(multiple.codes());
            kept.retainAll(codes);
            return Optional.of(new AnswerValue.Multiple(kept,
                    question.choices().other().filter(o -> kept.contains(o.code()))
                            .flatMap(o -> multiple.otherText())));
        }
        if (value instanceof AnswerValue.Ranking ranking) {
            List<String> kept = new ArrayList<>(ranking.order());
            kept.retainAll(codes);
            return Optional.of(new AnswerValue.Ranking(kept));
        }
        return Optional.of(value);
    }
}
