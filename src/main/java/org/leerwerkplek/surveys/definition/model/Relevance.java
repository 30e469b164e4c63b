package org.leerwerkplek.surveys.definition.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    private final Plan plan;
    private final boolean[] shownSections;
    private final List<Option>[] shownQuestions; // by question slot; null when not shown
    private final AnswerValue[] kept;             // by question slot
    private final Instrument instrument;

    private Relevance(Plan plan, boolean[] shownSections, List<Option>[] shownQuestions, AnswerValue[] kept) {
        this.plan = plan;
        this.instrument = plan.instrument;
        this.shownSections = shownSections;
        this.shownQuestions = shownQuestions;
        this.kept = kept;
    }

    /**
     * What {@link #of} works out once per instrument: the sections and questions in order with their
     * conditions, option lists and filter sources, and a slot per section id and question code, so
     * that deciding a response is arrays by slot instead of maps, sets and lambdas per question
     * (an import decides 100,000 responses of one instrument).
     */
    private static final class Plan {
        final Instrument instrument;
        final Map<String, Integer> sectionSlots = new HashMap<>();
        final Map<String, Integer> questionSlots = new HashMap<>();
        final Step[] steps;

        Plan(Instrument instrument) {
            this.instrument = instrument;
            List<Step> steps = new ArrayList<>();
            for (Section section : instrument.sections()) {
                int sectionSlot = sectionSlots.computeIfAbsent(section.id(), id -> sectionSlots.size());
                List<Asked> questions = new ArrayList<>();
                for (Question question : section.questions()) {
                    int slot = questionSlots.computeIfAbsent(question.code(), code -> questionSlots.size());
                    Optional<String> source = question.choices().filterOptionsBy();
                    questions.add(new Asked(slot, question, question.relevant().orElse(null),
                            source.map(Condition.Reference::to).orElse(null), question.choices().all()));
                }
                steps.add(new Step(sectionSlot, section.relevant().orElse(null), questions.toArray(Asked[]::new)));
            }
            this.steps = steps.toArray(Step[]::new);
        }

        private static volatile Plan last;

        /** The plan of {@code instrument}: the last one made when it is the same instrument object. */
        static Plan of(Instrument instrument) {
            Plan plan = last;
            if (plan == null || plan.instrument != instrument) {
                plan = new Plan(instrument);
                last = plan;
            }
            return plan;
        }
    }

    private record Step(int slot, Condition relevant, Asked[] questions) {
    }

    private record Asked(int slot, Question question, Condition relevant, Condition.Reference source,
                         List<Option> all) {
    }

    /** Decides what is shown of {@code instrument} for {@code answers}. */
    @SuppressWarnings("unchecked")
    public static Relevance of(Instrument instrument, Answers answers) {
        Plan plan = Plan.of(instrument);
        boolean[] sections = new boolean[plan.sectionSlots.size()];
        List<Option>[] shown = new List[plan.questionSlots.size()];
        AnswerValue[] kept = new AnswerValue[shown.length];
        Map<String, Integer> slots = plan.questionSlots;
        Answers soFar = code -> {
            Integer slot = slots.get(code);
            return slot == null ? Optional.empty() : Optional.ofNullable(kept[slot]);
        };
        for (Step section : plan.steps) {
            if (section.relevant() != null && !section.relevant().evaluate(soFar)) {
                continue;
            }
            sections[section.slot()] = true;
            for (Asked asked : section.questions()) {
                if (asked.relevant() != null && !asked.relevant().evaluate(soFar)) {
                    continue;
                }
                Question question = asked.question();
                List<Option> options = asked.source() == null ? asked.all() : filtered(asked, soFar);
                if (asked.source() != null && options.isEmpty()) {
                    continue;
                }
                shown[asked.slot()] = options;
                Optional<AnswerValue> answer = answers.answer(question.code());
                if (answer.isPresent()) {
                    AnswerValue value = asked.source() == null ? answer.get() : visiblePart(question, answer.get(), options);
                    if (value != null) {
                        kept[asked.slot()] = value;
                    }
                }
            }
        }
        return new Relevance(plan, sections, shown, kept);
    }

    /** The instrument (version) whose sections and questions this decides. */
    public Instrument instrument() {
        return instrument;
    }

    public boolean isSectionShown(String sectionId) {
        Integer slot = plan.sectionSlots.get(sectionId);
        return slot != null && shownSections[slot];
    }

    public boolean isShown(String questionCode) {
        Integer slot = plan.questionSlots.get(questionCode);
        return slot != null && shownQuestions[slot] != null;
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
        Integer slot = plan.questionSlots.get(questionCode);
        List<Option> options = slot == null ? null : shownQuestions[slot];
        return options == null ? List.of() : options;
    }

    /** The answer to {@code code} that counts ({@link #answers()}), without a copy of them all. */
    public Optional<AnswerValue> answer(String code) {
        Integer slot = plan.questionSlots.get(code);
        return slot == null ? Optional.empty() : Optional.ofNullable(kept[slot]);
    }

    /** The answers that count: only those of shown questions, limited to the options shown. */
    public Answers answers() {
        AnswerValue[] copy = kept.clone();
        Map<String, Integer> slots = plan.questionSlots;
        return code -> {
            Integer slot = slots.get(code);
            return slot == null ? Optional.empty() : Optional.ofNullable(copy[slot]);
        };
    }

    /** The options of a question with {@code filterOptionsBy}: those chosen in its source question. */
    private static List<Option> filtered(Asked asked, Answers soFar) {
        Set<String> chosen = soFar.chosen(asked.source());
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<Option> options = new ArrayList<>(chosen.size());
        for (Option option : asked.all()) {
            if (chosen.contains(option.code())) {
                options.add(option);
            }
        }
        return List.copyOf(options);
    }

    /** The part of an answer that is still visible when options were filtered away. */
    private static AnswerValue visiblePart(Question question, AnswerValue value, List<Option> options) {
        Set<String> codes = new HashSet<>();
        for (Option option : options) {
            codes.add(option.code());
        }
        if (value instanceof AnswerValue.Single single) {
            return codes.contains(single.code()) ? value : null;
        }
        if (value instanceof AnswerValue.Multiple multiple) {
            List<String> kept = new ArrayList<>(multiple.codes());
            kept.retainAll(codes);
            return new AnswerValue.Multiple(kept,
                    question.choices().other().filter(o -> kept.contains(o.code()))
                            .flatMap(o -> multiple.otherText()));
        }
        if (value instanceof AnswerValue.Ranking ranking) {
            List<String> kept = new ArrayList<>(ranking.order());
            kept.retainAll(codes);
            return new AnswerValue.Ranking(kept);
        }
        return value;
    }
}
