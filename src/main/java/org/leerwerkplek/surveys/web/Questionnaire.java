package org.leerwerkplek.surveys.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.leerwerkplek.surveys.ResponseService;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Answers;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Section;
import org.leerwerkplek.surveys.definition.validation.Violation;

/**
 * One questionnaire screen, as the employer's answering page and the advisor's fiche both show
 * it (the tag {@code lwp:questionnaire} renders it): the section on screen, its inputs, the
 * message per question, and what relevance shows for the answers stored plus those typed on this
 * section.
 *
 * <p>Relevance is decided once for a state of the answers and kept until an input or the stored
 * answers change, not again for every expression of the page that asks. A save hands back the
 * state to show ({@link #saved}); the page's bean never reads the response again for it.
 *
 * <p>Plain Java, so tests reach it without a container. The instrument and the stored answers are
 * not serializable: after the view was serialized, the bean gives them again ({@link #restore}).
 */
public final class Questionnaire implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FRENCH_SPACE_BEFORE = Pattern.compile(" ([:;?!»])");

    /** How relevance is decided: {@link Relevance#of} on the pages, a counting stand-in in tests. */
    @FunctionalInterface
    public interface RelevanceRule extends Serializable {
        Relevance decide(Instrument instrument, Answers answers);
    }

    /** The language of the page being rendered; the interface's language switch changes it within a view. */
    @FunctionalInterface
    public interface PageLanguage extends Serializable {
        Language current();
    }

    /** The answers of the section on screen, and the inputs that cannot make one (question code to message key). */
    public record PageAnswers(Map<String, AnswerValue> answers, Map<String, String> unreadable) {

        public PageAnswers {
            answers = Map.copyOf(answers);
            unreadable = Map.copyOf(unreadable);
        }

        public boolean readable() {
            return unreadable.isEmpty();
        }
    }

    private final AnswerForm form = new AnswerForm();
    private final Map<String, String> errors = new HashMap<>();
    private final PageLanguage page;
    private final RelevanceRule rule;
    private String sectionId;
    private long storedRevision;

    private transient Instrument instrument;
    private transient Answers stored;
    private transient Relevance relevance;
    private transient long relevanceFormRevision;
    private transient long relevanceStoredRevision;
    private transient Set<String> triggers;
    /** Counts every change of the section shown and of the messages: a part of the rows' key. */
    private long shownRevision;
    private transient List<Row> rows;
    private transient RowsKey rowsKey;
    private transient BooleanSupplier readingInputs;

    /**
     * @param stored the answers as stored
     * @param sectionId the section to show
     * @param page the page's language: the instrument's texts are shown in it when the instrument
     *             has it, else in Dutch, which every instrument has
     */
    public Questionnaire(Instrument instrument, Answers stored, String sectionId, PageLanguage page) {
        this(instrument, stored, sectionId, page, Relevance::of);
    }

    public Questionnaire(Instrument instrument, Answers stored, String sectionId, PageLanguage page, RelevanceRule rule) {
        this.page = Objects.requireNonNull(page, "page");
        this.rule = Objects.requireNonNull(rule, "rule");
        restore(instrument, stored);
        this.sectionId = instrument.section(sectionId).map(Section::id).orElse(instrument.sections().get(0).id());
        fill(stored);
    }

    /** Whether the instrument and the stored answers are at hand (not after the view was serialized). */
    public boolean hasContent() {
        return instrument != null && stored != null;
    }

    /** Gives the instrument and the stored answers again, after the view was serialized; the inputs stay. */
    public void restore(Instrument instrument, Answers stored) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.stored = Objects.requireNonNull(stored, "stored");
        this.triggers = null;
        storedRevision++;
    }

    // ---- state changes ------------------------------------------------------------------------

    /**
     * The answers that the inputs of the section on screen hold. An input that cannot make an
     * answer (not a number, not a date) is left out and listed with the key of its message.
     */
    public PageAnswers pageAnswers() {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (Question question : section().questions()) {
            try {
                form.answer(question).ifPresent(value -> answers.put(question.code(), value));
            } catch (AnswerForm.Unreadable e) {
                unreadable.put(e.question(), e.messageKey());
            }
        }
        return new PageAnswers(answers, unreadable);
    }

    /**
     * Shows why {@code page} cannot be saved: the message of each unreadable input next to its
     * question, {@code texts} giving the text of a message key in the page's language.
     */
    public void refused(PageAnswers page, Function<String, String> texts) {
        shownRevision++;
        errors.clear();
        page.unreadable().forEach((question, key) -> errors.put(question, texts.apply(key)));
    }

    /**
     * Takes the state a save left: the answers as stored, the section to show now and what is
     * wrong. The inputs show the stored answers again, so what is on screen is what is kept
     * (answers of questions that relevance hid are gone).
     */
    public void saved(Answers answers, String currentSection, List<Violation> violations) {
        restore(instrument, answers);
        sectionId = instrument.section(currentSection).map(Section::id).orElse(sectionId);
        form.clear();
        fill(answers);
        shownRevision++;
        errors.clear();
        show(violations);
    }

    /** Shows {@code violations} next to their questions, added to what is shown already. */
    public void show(List<Violation> violations) {
        shownRevision++;
        violations.forEach(v -> errors.merge(v.question(), v.message(), (a, b) -> a + " " + b));
    }

    /** Shows another section without saving (a fiche that cannot be changed). */
    public void open(String section) {
        instrument.section(section).ifPresent(s -> {
            sectionId = s.id();
            relevance = null;
            shownRevision++;
            errors.clear();
        });
    }

    private void fill(Answers answers) {
        for (Question question : instrument.questions()) {
            answers.given(question.code()).ifPresent(value -> form.show(question, value));
        }
    }

    // ---- what relevance shows -----------------------------------------------------------------

    /**
     * What is shown for the answers as they stand on screen: stored ones of other sections,
     * typed ones of this section. Decided once per state of the inputs and the stored answers.
     */
    Relevance relevance() {
        if (relevance == null || relevanceFormRevision != form.revision() || relevanceStoredRevision != storedRevision) {
            Map<String, AnswerValue> values = new HashMap<>();
            for (Question question : instrument.questions()) {
                stored.given(question.code()).ifPresent(value -> values.put(question.code(), value));
            }
            for (Question question : section().questions()) {
                values.remove(question.code());
                try {
                    form.answer(question).ifPresent(value -> values.put(question.code(), value));
                } catch (AnswerForm.Unreadable e) {
                    values.remove(question.code());
                }
            }
            relevance = rule.decide(instrument, Answers.of(values));
            relevanceFormRevision = form.revision();
            relevanceStoredRevision = storedRevision;
        }
        return relevance;
    }

    private Section section() {
        return instrument.section(sectionId).orElseThrow();
    }

    public String getSectionId() {
        return sectionId;
    }

    public String getSectionTitle() {
        return text(section().title());
    }

    public String getSectionIntro() {
        return section().intro().map(this::text).orElse("");
    }

    /** The sections shown, in order. */
    public List<Section> getSections() {
        Relevance shown = relevance();
        return instrument.sections().stream().filter(s -> shown.isSectionShown(s.id())).toList();
    }

    public boolean isCurrent(Section section) {
        return section.id().equals(sectionId);
    }

    /** The shown questions of the section on screen. */
    public List<Question> getQuestions() {
        return relevance().shownQuestions(sectionId);
    }

    public List<Option> options(Question question) {
        return relevance().shownOptions(question.code());
    }

    /** The points of a likert question's or matrix's scale, with its "not applicable" last. */
    public List<Option> scale(Question question) {
        return question.scale().map(scale -> {
            List<Option> points = new ArrayList<>(scale.points().stream().map(p -> new Option(p.code(), p.label())).toList());
            scale.na().ifPresent(points::add);
            return points;
        }).orElse(List.of());
    }

    public boolean isRequired(Question question) {
        return relevance().isRequired(question);
    }

    public boolean isOtherChosen(Question question) {
        Object value = form.getValues().get(question.code());
        List<String> chosen = value instanceof Object[] array ? java.util.Arrays.stream(array).map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
        return chosen.stream().anyMatch(question.choices()::isOther);
    }

    /**
     * Whether an answer to {@code question} changes what its own page shows at once: a question of
     * the same section is shown or filtered by it, a section is shown by it (the page's navigation
     * changes), or it has an "other, namely" text. Only those inputs ask the server at once; the
     * others are sent with the page, so choosing along a matrix never waits for the server.
     */
    public boolean isTrigger(Question question) {
        if (triggers == null) {
            Set<String> read = new HashSet<>();
            for (Section section : instrument.sections()) {
                section.relevant().ifPresent(c -> references(c, read));
                Set<String> here = new HashSet<>(section.questions().stream().map(Question::code).toList());
                for (Question q : section.questions()) {
                    Set<String> reads = new HashSet<>();
                    q.relevant().ifPresent(c -> references(c, reads));
                    q.choices().filterOptionsBy().ifPresent(reads::add);
                    reads.retainAll(here);
                    read.addAll(reads);
                    if (q.choices().other().isPresent()) {
                        read.add(q.code());
                    }
                }
            }
            triggers = read;
        }
        return triggers.contains(question.code());
    }

    private static void references(Condition condition, Set<String> codes) {
        if (condition instanceof Condition.Or or) {
            references(or.left(), codes);
            references(or.right(), codes);
        } else if (condition instanceof Condition.And and) {
            references(and.left(), codes);
            references(and.right(), codes);
        } else if (condition instanceof Condition.Not not) {
            references(not.operand(), codes);
        } else if (condition instanceof Condition.Answered answered) {
            codes.add(answered.reference().question());
        } else if (condition instanceof Condition.Comparison comparison) {
            codes.add(comparison.reference().question());
        } else if (condition instanceof Condition.In in) {
            codes.add(in.reference().question());
        } else if (condition instanceof Condition.Contains contains) {
            codes.add(contains.reference().question());
        }
    }


    // ---- rows: what the page renders per question ---------------------------------------------

    /**
     * Tells the questionnaire when a request's inputs are being read (a stateless page: the
     * decode, validation and model update of a post, before what was typed is in the inputs).
     * While {@code reading} says so, every question of the section counts as shown with every
     * option and its "other" input, so that what the page showed is read whatever the stored
     * answers alone would show; the answers are checked by the survey when they are saved.
     */
    public void readingInputs(BooleanSupplier reading) {
        this.readingInputs = reading;
    }

    private boolean reading() {
        return readingInputs != null && readingInputs.getAsBoolean();
    }

    /**
     * Every question of the section on screen, in order, each with what the page shows of it: a
     * question relevance hides is a row that is not {@link Row#isShown shown}, so that each
     * question keeps its place (and its inputs' names) whatever is shown. Made once per state of
     * the inputs, the stored answers and the messages; the page reads properties only.
     */
    public List<Row> getRows() {
        boolean readingNow = reading();
        RowsKey key = new RowsKey(form.revision(), storedRevision, shownRevision, readingNow, language());
        if (rows == null || !key.equals(rowsKey)) {
            List<Row> made = new ArrayList<>();
            Set<String> shown = readingNow ? Set.of() : new HashSet<>(getQuestions().stream().map(Question::code).toList());
            for (Question question : section().questions()) {
                made.add(new Row(question, readingNow || shown.contains(question.code()), readingNow));
            }
            rows = made;
            rowsKey = key;
        }
        return rows;
    }

    /**
     * What the rows were made from: the inputs, the stored answers, the section and messages shown
     * (each a revision counted at every change), whether a post is being read, and the language.
     */
    private record RowsKey(long form, long stored, long shown, boolean reading, Language language) {
    }

    /** An option as the page shows it: its code, its text, and for a ranking its rank (0 = not ranked). */
    public static final class Choice implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String code;
        private final String label;
        private final String key;
        private final int rank;

        Choice(String code, String label, String key, int rank) {
            this.code = code;
            this.label = label;
            this.key = key;
            this.rank = rank;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        /** A matrix item's input key ({@code CODE.ITEM}). */
        public String getKey() {
            return key;
        }

        public int getRank() {
            return rank;
        }

        public boolean isRanked() {
            return rank > 0;
        }
    }

    /** One question of the section on screen as the page renders it; every value worked out once. */
    public final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String code;
        private final String type;
        private final boolean shown;
        private final String label;
        private final String help;
        private final boolean required;
        private final String error;
        private final boolean trigger;
        private final boolean otherChosen;
        private final String otherLabel;
        private final List<Choice> options;
        private final List<Choice> scale;
        private final List<Choice> items;
        private final int rankLimit;
        private final boolean nothingToRank;

        Row(Question question, boolean shown, boolean readingNow) {
            this.code = question.code();
            this.type = question.type().key();
            this.shown = shown;
            this.label = text(question.label());
            this.help = question.help().map(Questionnaire.this::text).orElse(null);
            this.error = errors.get(code);
            this.trigger = Questionnaire.this.isTrigger(question);
            if (!shown) {
                this.required = false;
                this.otherChosen = false;
                this.otherLabel = null;
                this.options = this.scale = this.items = List.of();
                this.rankLimit = 0;
                this.nothingToRank = false;
                return;
            }
            this.required = !readingNow && Questionnaire.this.isRequired(question);
            this.otherChosen = readingNow ? question.choices().other().isPresent()
                    : Questionnaire.this.isOtherChosen(question);
            this.otherLabel = question.choices().other().map(o -> text(o.label())).orElse(null);
            List<Option> shownOptions = readingNow ? allOptions(question) : options(question);
            List<String> order = question.type() == QuestionType.RANKING && !readingNow ? rankOrder(question) : List.of();
            this.options = shownOptions.stream()
                    .map(o -> new Choice(o.code(), text(o.label()), null, order.indexOf(o.code()) + 1)).toList();
            this.scale = Questionnaire.this.scale(question).stream()
                    .map(o -> new Choice(o.code(), text(o.label()), null, 0)).toList();
            this.items = question.items().stream()
                    .map(i -> new Choice(i.code(), text(i.label()), itemKey(question, i), 0)).toList();
            this.rankLimit = question.choices().rankCount().isPresent()
                    ? Math.min(shownOptions.size(), question.choices().rankCount().getAsInt()) : shownOptions.size();
            this.nothingToRank = !readingNow && question.type() == QuestionType.RANKING && shownOptions.size() < 2;
        }

        public String getCode() {
            return code;
        }

        /** The type's key: {@code single}, {@code likert-matrix}, ... */
        public String getType() {
            return type;
        }

        public boolean isShown() {
            return shown;
        }

        public String getLabel() {
            return label;
        }

        /** The help text, or null. */
        public String getHelp() {
            return help;
        }

        /** The ids that describe the question's input: its help, then its message. */
        public String getDescribedBy() {
            return (help != null ? "q-" + code + "-hint " : "") + "q-" + code + "-error";
        }

        public boolean isRequired() {
            return required;
        }

        /** The question's message, or null. */
        public String getError() {
            return error;
        }

        public boolean isInvalid() {
            return error != null && !error.isEmpty();
        }

        public boolean isTrigger() {
            return trigger;
        }

        /** Whether the "other, namely" input is on the page (its option chosen). */
        public boolean isOtherChosen() {
            return otherChosen;
        }

        public String getOtherLabel() {
            return otherLabel;
        }

        public String getOtherKey() {
            return code + "#other";
        }

        /** The shown options of a choice question or ranking, with their ranks. */
        public List<Choice> getOptions() {
            return options;
        }

        /** A likert question's or matrix's points, "not applicable" last. */
        public List<Choice> getScale() {
            return scale;
        }

        /** The likert question's points, else the options: what a row of radio buttons offers. */
        public List<Choice> getChoices() {
            return "likert".equals(type) ? scale : options;
        }

        public List<Choice> getItems() {
            return items;
        }

        public int getRankLimit() {
            return rankLimit;
        }

        public boolean isNothingToRank() {
            return nothingToRank;
        }

        public boolean isRanking() {
            return "ranking".equals(type);
        }
    }

    private static List<Option> allOptions(Question question) {
        return question.choices().all();
    }

    // ---- ranking --------------------------------------------------------------------------------

    /** How many options of a ranking can be ranked: those shown, at most its {@code rankCount}. */
    public int rankLimit(Question question) {
        int shown = options(question).size();
        return question.choices().rankCount().isPresent() ? Math.min(shown, question.choices().rankCount().getAsInt()) : shown;
    }

    /** Whether a ranking leaves nothing to put in order: fewer than two options shown. */
    public boolean isNothingToRank(Question question) {
        return question.type() == QuestionType.RANKING && options(question).size() < 2;
    }

    /** The rank the inputs give {@code option} (1 = first), or 0 when it is not ranked. */
    public int rankOf(Question question, Option option) {
        return rankOrder(question).indexOf(option.code()) + 1;
    }

    /** The ranked options that are shown, in rank order, as the inputs hold them. */
    public List<String> rankOrder(Question question) {
        Set<String> shown = new HashSet<>(options(question).stream().map(Option::code).toList());
        return form.rankOrder(question).stream().filter(shown::contains).toList();
    }

    /** The value of a ranking's input: the ranked option codes, comma-separated, first = rank 1. */
    public String rankValue(Question question) {
        return String.join(",", rankOrder(question));
    }

    // ---- progress and moving --------------------------------------------------------------------

    /** The place of the section on screen among the shown sections, 1 = first. */
    public int getStep() {
        List<Section> shown = getSections();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(sectionId)) {
                return i + 1;
            }
        }
        return 1;
    }

    /** How many sections are shown. */
    public int getSteps() {
        return Math.max(1, getSections().size());
    }

    /** The share of the shown sections up to and including this one, in percent. */
    public int getProgress() {
        return getStep() * 100 / getSteps();
    }

    /** Whether no shown section comes before this one. */
    public boolean isFirst() {
        return ResponseService.neighbour(instrument, relevance(), sectionId, -1).isEmpty();
    }

    /** Whether no shown section comes after this one. */
    public boolean isLast() {
        return ResponseService.neighbour(instrument, relevance(), sectionId, 1).isEmpty();
    }

    // ---- texts and inputs -----------------------------------------------------------------------

    /**
     * The language of the instrument's texts on screen: the page's when the instrument has it,
     * else Dutch (instruments are written in Dutch and French, so an English page shows them in
     * Dutch, marked with {@code lang="nl"}).
     */
    public Language language() {
        Language current = page.current();
        return instrument.languages().contains(current) ? current : Language.NL;
    }

    /** The language of the product's own texts and messages: the page's. */
    public Language pageLanguage() {
        return page.current();
    }

    /** The code of {@link #language()}, for the {@code lang} attribute of what holds the instrument's texts. */
    public String getLang() {
        return language().code();
    }

    /** Whether the instrument's texts are in another language than the page (an English page). */
    public boolean isOtherLanguage() {
        return language() != page.current();
    }

    /** The instrument's title in {@link #language()}. */
    public String getTitle() {
        return text(instrument.title());
    }

    /** A text of the instrument in {@link #language()}, in French with its non-breaking spaces. */
    public String text(LocalizedText text) {
        Language shown = language();
        return typeset(text.in(shown), shown);
    }

    /**
     * French puts a non-breaking space before {@code : ; ? !} and inside guillemets, so a line
     * never starts with them; the instruments' files are written with plain spaces.
     */
    static String typeset(String text, Language language) {
        if (language != Language.FR) {
            return text;
        }
        return FRENCH_SPACE_BEFORE.matcher(text).replaceAll("\u00a0$1").replace("« ", "«\u00a0");
    }

    public String itemKey(Question question, Option item) {
        return AnswerForm.itemKey(question, item);
    }

    public String otherKey(Question question) {
        return AnswerForm.otherKey(question);
    }

    public Map<String, Object> getValues() {
        return form.getValues();
    }

    /** The message shown next to each question, by its code; changed only through this class. */
    public Map<String, String> getErrors() {
        return Collections.unmodifiableMap(errors);
    }
}
