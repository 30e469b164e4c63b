package org.leerwerkplek.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.analysis.stats.Category;
import org.leerwerkplek.analysis.stats.CoChoice;
import org.leerwerkplek.analysis.stats.CoChoiceAccumulator;
import org.leerwerkplek.analysis.stats.CrossTab;
import org.leerwerkplek.analysis.stats.CrossTabAccumulator;
import org.leerwerkplek.analysis.stats.CrossTabOptions;
import org.leerwerkplek.analysis.stats.FrequencyAccumulator;
import org.leerwerkplek.analysis.stats.FrequencyTable;
import org.leerwerkplek.analysis.stats.GoodnessOfFit;
import org.leerwerkplek.analysis.stats.LikertAccumulator;
import org.leerwerkplek.analysis.stats.LikertSummary;
import org.leerwerkplek.analysis.stats.MultipleResponseAccumulator;
import org.leerwerkplek.analysis.stats.MultipleResponseTable;
import org.leerwerkplek.analysis.stats.Calibration;
import org.leerwerkplek.analysis.stats.DesignShares;
import org.leerwerkplek.analysis.stats.RaoScott;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.surveys.definition.model.ReferenceShare;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Weighting;

/**
 * The tables of one {@link ResponseTable}, weighted or not, with labels in one language. Every
 * table is counted in one pass over the table's columns. Bad requests (a code that is no
 * question, a text question, an empty base) are {@link DomainException}s with a message key.
 */
public final class Tables {

    private final ResponseTable table;
    private final Language language;
    private final double[] weights;
    /** The respondents that count; null for all. */
    private final boolean[] included;
    /** The filters applied so far, in order, with the respondents each left out. */
    private final List<Filtered> filtered;
    /** Weighting was asked for, but none of the respondents answered the weighting question. */
    private final boolean unweightable;
    /** The weights' calibration over the design's rows (null unweighted). */
    private final Calibration calibration;
    /** The table row of each design row (the respondents the weights were computed over); null unweighted. */
    private final int[] designRows;

    /** Which filter left respondents out. */
    public enum Filter { SOURCE, WAVE, SUBGROUP }

    /** How many respondents {@code filter} left out of those before it. */
    public record Filtered(Filter filter, int leftOut) {
    }

    private Tables(ResponseTable table, Language language, double[] weights, boolean[] included,
                   List<Filtered> filtered, boolean unweightable) {
        this(table, language, weights, included, filtered, unweightable, null, null);
    }

    private Tables(ResponseTable table, Language language, double[] weights, boolean[] included,
                   List<Filtered> filtered, boolean unweightable, Calibration calibration, int[] designRows) {
        this.calibration = calibration;
        this.designRows = designRows;
        this.table = table;
        this.language = language;
        this.weights = weights;
        this.included = included;
        this.filtered = List.copyOf(filtered);
        this.unweightable = unweightable;
    }

    public static Tables unweighted(ResponseTable table, Language language) {
        return new Tables(table, language, null, null, List.of(), false);
    }

    /**
     * The tables of the respondents {@code selection} chooses in {@code table}: weighted or not,
     * then its data source, then the responses of its wave ({@code waveResponses}, given when the
     * selection names a wave), then its subgroup. Every combination gives tables, possibly of
     * nobody; only a subgroup that does not exist is refused.
     */
    public static Tables of(ResponseTable table, Selection selection, Optional<Set<Long>> waveResponses) {
        Tables tables = (selection.weighted() ? weighted(table, selection.language())
                : unweighted(table, selection.language())).from(selection.source());
        if (selection.wave().isPresent()) {
            tables = tables.ofResponses(waveResponses.orElseThrow(
                    () -> new IllegalArgumentException("The responses of wave " + selection.wave().get() + " are not given")));
        }
        if (selection.subgroup().isPresent()) {
            tables = tables.restrictedTo(selection.subgroup().get().question(), selection.subgroup().get().level());
        }
        return tables;
    }

    /**
     * Weighted to the population shares of the instrument's first {@code population} reference
     * (e.g. the register's workforce change); a respondent without an answer to that question
     * keeps weight 1.
     */
    public static Tables weighted(ResponseTable table, Language language) {
        return unweighted(table, language).weightedAmong(null, List.of());
    }

    /**
     * Calibration weights computed over the respondents in {@code keep} (all when null): the
     * instrument's {@code analysis.weighting} (post-stratification on one or more variables, or
     * raking), or without it post-stratification on the first {@code population} reference share.
     * When none of them answered a weighting question (e.g. a filter left nobody), there is
     * nothing to weight by: the tables stay unweighted and {@link #isUnweightable()} says so.
     */
    private Tables weightedAmong(boolean[] keep, List<Filtered> steps) {
        Tables plain = new Tables(table, language, null, keep, steps, false);
        Weighting weighting = plain.weighting()
                .orElseThrow(() -> invalid("analysis.noWeighting", table.definition().id()));
        List<ResponseTable.Variable> variables = weighting.variables().stream().map(plain::variable).toList();
        int[] rows = java.util.stream.IntStream.range(0, table.size()).filter(r -> keep == null || keep[r]).toArray();
        for (ResponseTable.Variable variable : variables) {
            if (!plain.anyAnswer(variable)) {
                return new Tables(table, language, null, keep, steps, true);
            }
        }
        int[][] values = new int[variables.size()][rows.length];
        int[] levels = new int[variables.size()];
        for (int v = 0; v < variables.size(); v++) {
            levels[v] = variables.get(v).levels().size();
            for (int i = 0; i < rows.length; i++) {
                values[v][i] = Math.max(-1, variables.get(v).value(rows[i]));
            }
        }
        double[] base = new double[rows.length];
        Arrays.fill(base, 1.0);
        Calibration calibration;
        try {
            calibration = weighting.method() == Weighting.Method.RAKE
                    ? Calibration.rake(values, levels, marginShares(variables, weighting), labels(variables), base,
                            weighting.tolerance().doubleValue(), weighting.maxIterations())
                    : Calibration.postStratify(values, levels, cellShares(variables, weighting),
                            cellLabels(variables), base);
        } catch (IllegalArgumentException e) {
            throw invalid("analysis.weightingImpossible", table.definition().id(), e.getMessage());
        }
        double[] computed = new double[table.size()];
        Arrays.fill(computed, 1.0);
        for (int i = 0; i < rows.length; i++) {
            computed[rows[i]] = calibration.weight(i);
        }
        return new Tables(table, language, computed, keep, steps, false, calibration, rows);
    }

    /** The instrument's weighting: its {@code analysis.weighting}, else post-stratification on its first population share. */
    public Optional<Weighting> weighting() {
        Optional<Weighting> stated = table.definition().analysis().weighting();
        if (stated.isPresent()) {
            return stated;
        }
        return weightingReference().map(r -> new Weighting(Weighting.Method.POSTSTRATIFY, List.of(r.question()),
                java.util.Map.of(), Weighting.DEFAULT_TOLERANCE, Weighting.DEFAULT_MAX_ITERATIONS));
    }

    /** How the weights were made, with raking's convergence; empty when unweighted. */
    public Optional<Calibration> calibration() {
        return Optional.ofNullable(calibration);
    }

    private double[][] marginShares(List<ResponseTable.Variable> variables, Weighting weighting) {
        double[][] shares = new double[variables.size()][];
        for (int v = 0; v < variables.size(); v++) {
            String code = weighting.variables().get(v);
            ReferenceShare reference = table.definition().analysis().referenceShares().stream()
                    .filter(r -> r.kind().mayWeight() && r.question().equals(code)).findFirst()
                    .orElseThrow(() -> invalid("analysis.noWeighting", table.definition().id()));
            shares[v] = normalised(shares(variables.get(v), reference));
        }
        return shares;
    }

    private double[] cellShares(List<ResponseTable.Variable> variables, Weighting weighting) {
        if (weighting.cells().isEmpty()) {
            return marginShares(variables, weighting)[0];
        }
        int cells = variables.stream().mapToInt(v -> v.levels().size()).reduce(1, (a, b) -> a * b);
        double[] shares = new double[cells];
        for (int cell = 0; cell < cells; cell++) {
            List<String> codes = new ArrayList<>();
            int rest = cell;
            for (ResponseTable.Variable variable : variables) {
                codes.add(variable.levels().get(rest % variable.levels().size()).code());
                rest /= variable.levels().size();
            }
            BigDecimal share = weighting.cells().get(codes);
            shares[cell] = share == null ? 0 : share.doubleValue();
        }
        return normalised(shares);
    }

    private static double[] normalised(double[] shares) {
        double sum = Arrays.stream(shares).sum();
        return sum > 0 ? Arrays.stream(shares).map(x -> x / sum).toArray() : shares;
    }

    private List<List<String>> labels(List<ResponseTable.Variable> variables) {
        return variables.stream().map(v -> v.levels().stream().map(l -> l.label().in(language)).toList()).toList();
    }

    private List<String> cellLabels(List<ResponseTable.Variable> variables) {
        List<String> labels = List.of("");
        for (ResponseTable.Variable variable : variables) {
            List<String> next = new ArrayList<>();
            for (ResponseTable.Level level : variable.levels()) {
                for (String before : labels) {
                    next.add(before.isEmpty() ? level.label().in(language) : before + " × " + level.label().in(language));
                }
            }
            labels = next;
        }
        return labels;
    }

    private boolean anyAnswer(ResponseTable.Variable variable) {
        for (int row = 0; row < table.size(); row++) {
            if ((included == null || included[row]) && variable.value(row) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * These tables over {@code keep}, chosen by {@code filter}: weighted ones are weighted again
     * among those respondents.
     */
    private Tables among(boolean[] keep, Filter filter) {
        List<Filtered> steps = new ArrayList<>(filtered);
        steps.add(new Filtered(filter, respondents() - count(keep)));
        return weights == null ? new Tables(table, language, null, keep, steps, unweightable)
                : weightedAmong(keep, steps);
    }

    /**
     * These tables for only the respondents whose answer to the closed variable {@code code} is
     * {@code level} (e.g. only small employers); weighted tables are weighted again among them.
     */
    public Tables restrictedTo(String code, String level) {
        ResponseTable.Variable variable = variable(code);
        int index = -1;
        for (int i = 0; i < variable.levels().size(); i++) {
            if (variable.levels().get(i).code().equals(level)) {
                index = i;
            }
        }
        if (index < 0) {
            throw invalid("analysis.unknownLevel", level, code);
        }
        boolean[] keep = new boolean[table.size()];
        for (int row = 0; row < keep.length; row++) {
            keep[row] = variable.value(row) == index && (included == null || included[row]);
        }
        return among(keep, Filter.SUBGROUP);
    }

    /** Which responses count: all, only real ones, or only the synthetic demo data. */
    public enum Source { ALL, REAL, DEMO }

    /** These tables for only the responses of {@code source}. */
    public Tables from(Source source) {
        if (source == Source.ALL) {
            return this;
        }
        boolean[] keep = new boolean[table.size()];
        for (int row = 0; row < keep.length; row++) {
            keep[row] = table.isDemo(row) == (source == Source.DEMO) && (included == null || included[row]);
        }
        return among(keep, Filter.SOURCE);
    }

    /** These tables for only the stored responses in {@code responseIds} (e.g. those of one fieldwork wave). */
    public Tables ofResponses(Set<Long> responseIds) {
        boolean[] keep = new boolean[table.size()];
        for (int row = 0; row < keep.length; row++) {
            keep[row] = responseIds.contains(table.responseId(row)) && (included == null || included[row]);
        }
        return among(keep, Filter.WAVE);
    }

    /**
     * The respondents a table counts (its base, unweighted, whatever the weights) and how many of
     * them are partial responses: a partial respondent is in the base of a table only when it
     * answered what the table counts.
     */
    public record Base(int n, int partial) {
    }

    /** How many of the respondents that count are partial responses (0 with the submitted ones only). */
    public int partialRespondents() {
        if (!table.withPartials()) {
            return 0;
        }
        return base(row -> true).partial();
    }

    /** Whether these tables are of the submitted and the partial responses. */
    public boolean withPartials() {
        return table.withPartials();
    }

    /** The base of {@link #frequencies} (and {@link #goodnessOfFit}) of {@code code}: who answered it. */
    public Base frequencyBase(String code) {
        ResponseTable.Variable variable = variable(code);
        return base(row -> variable.value(row) >= 0);
    }

    /**
     * The base of {@code shown}, the cross-tab of {@code rowCode} by {@code columnCode}: who answered
     * both, in the rows and columns it kept (a subgroup it dropped as too small is not counted).
     */
    public Base crossTabBase(String rowCode, String columnCode, CrossTab shown) {
        ResponseTable.Variable rows = variable(rowCode);
        ResponseTable.Variable columns = variable(columnCode);
        boolean[] keptRows = kept(rows, shown.rows().stream().map(CrossTab.Row::code).toList());
        boolean[] keptColumns = kept(columns, shown.columns().stream().map(CrossTab.Column::code).toList());
        return base(row -> {
            int r = rows.value(row);
            int c = columns.value(row);
            return r >= 0 && c >= 0 && keptRows[r] && keptColumns[c];
        });
    }

    /** The base of {@link #likert} of {@code questionCode}: who answered at least one item on the scale. */
    public Base likertBase(String questionCode) {
        Question question = question(questionCode);
        List<ResponseTable.Variable> items = question.type() == QuestionType.LIKERT_MATRIX
                ? question.items().stream().map(item -> variable(questionCode + "." + item.code())).toList()
                : List.of(variable(questionCode));
        return base(row -> {
            for (ResponseTable.Variable item : items) {
                int value = item.value(row);
                if (value >= 0 && item.point(value) > 0) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The base of {@link #multipleResponse} of {@code questionCode} (its cases): who chose at least one option. */
    public Base multipleResponseBase(String questionCode) {
        List<ResponseTable.Variable> options = options(questionCode);
        return base(row -> {
            for (ResponseTable.Variable option : options) {
                if (option.value(row) == 1) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The base of {@link #coChoice} of {@code questionCode}: who answered the question. */
    public Base coChoiceBase(String questionCode) {
        List<ResponseTable.Variable> options = options(questionCode);
        return base(row -> {
            for (ResponseTable.Variable option : options) {
                if (option.value(row) >= 0) {
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean[] kept(ResponseTable.Variable variable, List<String> codes) {
        boolean[] kept = new boolean[variable.levels().size()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = codes.contains(variable.levels().get(i).code());
        }
        return kept;
    }

    private Base base(java.util.function.IntPredicate inBase) {
        int n = 0;
        int partial = 0;
        for (int row = 0; row < table.size(); row++) {
            if ((included == null || included[row]) && inBase.test(row)) {
                n++;
                partial += table.isPartial(row) ? 1 : 0;
            }
        }
        return new Base(n, partial);
    }

    /** How many respondents count in these tables. */
    public int respondents() {
        return included == null ? table.size() : count(included);
    }

    /**
     * The respondents that count, by response id in table order, each with its weight (1 in unweighted
     * tables): what a statistics export writes, so that SPSS and R count as these tables do.
     */
    public Map<Long, Double> respondentWeights() {
        Map<Long, Double> chosen = new LinkedHashMap<>();
        for (int row = 0; row < table.size(); row++) {
            if (included == null || included[row]) {
                chosen.put(table.responseId(row), weight(row));
            }
        }
        return chosen;
    }

    /** How many of the respondents that count are synthetic demo responses. */
    public int demoRespondents() {
        int count = 0;
        for (int row = 0; row < table.size(); row++) {
            count += (included == null || included[row]) && table.isDemo(row) ? 1 : 0;
        }
        return count;
    }

    /** The filters applied, in order, each with the respondents it left out. */
    public List<Filtered> filtered() {
        return filtered;
    }

    /** Whether weighting was asked for but nobody counted answered the weighting question, so nothing is weighted. */
    public boolean isUnweightable() {
        return unweightable;
    }

    private static int count(boolean[] keep) {
        int count = 0;
        for (boolean kept : keep) {
            count += kept ? 1 : 0;
        }
        return count;
    }

    /** The reference whose population shares weight the tables, if the instrument has one. */
    public Optional<ReferenceShare> weightingReference() {
        return table.definition().analysis().referenceShares().stream()
                .filter(r -> r.kind().mayWeight())
                .filter(r -> table.variable(r.question()).isPresent())
                .findFirst();
    }

    public boolean isWeighted() {
        return weights != null;
    }

    public ResponseTable table() {
        return table;
    }

    public FrequencyTable frequencies(String code) {
        ResponseTable.Variable variable = variable(code);
        FrequencyAccumulator counts = new FrequencyAccumulator(categories(variable), isWeighted());
        for (int row = 0; row < table.size(); row++) {
            if (included != null && !included[row]) {
                continue;
            }
            int value = variable.value(row);
            if (value >= 0) {
                counts.add(value, weight(row));
            } else if (value == ResponseTable.MISSING) {
                counts.addMissing(weight(row));
            }
        }
        requireBase(!counts.isEmpty(), code);
        FrequencyTable result = counts.result();
        if (calibration == null) {
            return result;
        }
        DesignShares design = DesignShares.of(designValues(variable, null), variable.levels().size(), calibration);
        // one answering row: its linearised standard error is not defined (n/(n−1)), so the table keeps Wilson's
        return design.degreesOfFreedom() > 0 ? result.withDesign(design) : result;
    }

    /**
     * The level of {@code variable} for every design row, −1 when not answered or (when {@code kept} is given)
     * a level whose code is not kept.
     */
    private int[] designValues(ResponseTable.Variable variable, Set<String> kept) {
        int[] values = new int[designRows.length];
        for (int i = 0; i < values.length; i++) {
            int value = variable.value(designRows[i]);
            values[i] = value >= 0 && (kept == null || kept.contains(variable.levels().get(value).code())) ? value : -1;
        }
        return values;
    }

    /** Rows by {@code rowCode} (usually a subgroup), columns by {@code columnCode}. */
    public CrossTab crossTab(String rowCode, String columnCode, CrossTabOptions options) {
        ResponseTable.Variable rows = variable(rowCode);
        ResponseTable.Variable columns = variable(columnCode);
        CrossTabAccumulator counts = new CrossTabAccumulator(categories(rows), categories(columns), isWeighted());
        for (int row = 0; row < table.size(); row++) {
            if (included != null && !included[row]) {
                continue;
            }
            int r = rows.value(row);
            int c = columns.value(row);
            if (r >= 0 && c >= 0) {
                counts.add(r, c, weight(row));
            }
        }
        requireBase(!counts.isEmpty(), rowCode + " × " + columnCode);
        CrossTab result = counts.result(options);
        if (calibration == null) {
            return result;
        }
        Set<String> keptRows = result.rows().stream().map(CrossTab.Row::code).collect(java.util.stream.Collectors.toSet());
        Set<String> keptColumns = result.columns().stream().map(CrossTab.Column::code)
                .collect(java.util.stream.Collectors.toSet());
        return result.withRaoScott(RaoScott.test(designValues(rows, keptRows), designValues(columns, keptColumns),
                calibration), options.alpha());
    }

    /** The answers to {@code code} against the instrument's reference shares for it. */
    public GoodnessOfFit goodnessOfFit(String code) {
        ReferenceShare reference = table.definition().analysis().referenceShares().stream()
                .filter(r -> r.question().equals(code))
                .findFirst()
                .orElseThrow(() -> invalid("analysis.noReference", code));
        ResponseTable.Variable variable = variable(code);
        if (variable.kind() == ResponseTable.Kind.OPTION) {
            throw invalid("analysis.noReference", code);
        }
        return GoodnessOfFit.test(frequencies(code), shares(variable, reference));
    }

    /** A Likert question or every item of a Likert matrix: distribution, mean, median, top-2, rankings. */
    public LikertSummary likert(String questionCode) {
        Question question = question(questionCode);
        List<ResponseTable.Variable> items = new ArrayList<>();
        if (question.type() == QuestionType.LIKERT) {
            items.add(variable(questionCode));
        } else if (question.type() == QuestionType.LIKERT_MATRIX) {
            question.items().forEach(item -> items.add(variable(questionCode + "." + item.code())));
        } else {
            throw invalid("analysis.notLikert", questionCode);
        }
        List<Category> labels = question.type() == QuestionType.LIKERT
                ? List.of(new Category(question.code(), question.label().in(language)))
                : question.items().stream().map(o -> category(o)).toList();
        int points = question.scale().orElseThrow().points().size();
        LikertAccumulator counts = new LikertAccumulator(labels, points, isWeighted());
        for (int row = 0; row < table.size(); row++) {
            if (included != null && !included[row]) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                ResponseTable.Variable item = items.get(i);
                int value = item.value(row);
                if (value >= 0 && item.point(value) > 0) {
                    counts.add(i, item.point(value), weight(row));
                } else if (value != ResponseTable.NOT_SHOWN) {
                    counts.addMissing(i, weight(row));
                }
            }
        }
        requireBase(!counts.isEmpty(), questionCode);
        return counts.result();
    }

    /** A multiple-choice question as a multiple-response set: percent of cases and of responses. */
    public MultipleResponseTable multipleResponse(String questionCode) {
        List<ResponseTable.Variable> options = options(questionCode);
        MultipleResponseAccumulator counts = new MultipleResponseAccumulator(optionCategories(questionCode),
                isWeighted());
        int[] scratch = new int[options.size()];
        for (int row = 0; row < table.size(); row++) {
            if (included != null && !included[row]) {
                continue;
            }
            int chosen = 0;
            boolean shown = false;
            for (int i = 0; i < options.size(); i++) {
                int value = options.get(i).value(row);
                shown |= value != ResponseTable.NOT_SHOWN;
                if (value == 1) {
                    scratch[chosen++] = i;
                }
            }
            if (shown) {
                counts.add(Arrays.copyOf(scratch, chosen), weight(row));
            }
        }
        requireBase(!counts.isEmpty(), questionCode);
        return counts.result();
    }

    /** For each pair of options of a multiple-choice question: how many chose both, and P(B | A). */
    public CoChoice coChoice(String questionCode) {
        List<ResponseTable.Variable> options = options(questionCode);
        CoChoiceAccumulator counts = new CoChoiceAccumulator(optionCategories(questionCode), isWeighted());
        boolean[] chosen = new boolean[options.size()];
        for (int row = 0; row < table.size(); row++) {
            if (included != null && !included[row]) {
                continue;
            }
            boolean answered = false;
            for (int i = 0; i < options.size(); i++) {
                int value = options.get(i).value(row);
                chosen[i] = value == 1;
                answered |= value >= 0;
            }
            if (answered) {
                counts.add(chosen, weight(row));
            }
        }
        requireBase(!counts.isEmpty(), questionCode);
        return counts.result();
    }

    /** The option codes of a multiple-choice question, most chosen first (unweighted counts). */
    public List<String> mostChosen(String questionCode) {
        List<ResponseTable.Variable> options = options(questionCode);
        long[] counts = new long[options.size()];
        for (int row = 0; row < table.size(); row++) {
            if (included != null && !included[row]) {
                continue;
            }
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).value(row) == 1) {
                    counts[i]++;
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(counts[b], counts[a]));
        return order.stream().map(i -> question(questionCode).choices().all().get(i).code()).toList();
    }

    public Question question(String code) {
        return table.definition().question(code).orElseThrow(() -> invalid("analysis.unknownQuestion", code));
    }

    /** The closed variable {@code code}: a question, {@code QUESTION.OPTION} or {@code MATRIX.ITEM}. */
    public ResponseTable.Variable variable(String code) {
        Optional<ResponseTable.Variable> variable = table.variable(code);
        if (variable.isPresent()) {
            return variable.get();
        }
        String question = code.contains(".") ? code.substring(0, code.indexOf('.')) : code;
        Question asked = question(question);
        if (asked.type() == QuestionType.MULTIPLE && !code.contains(".")) {
            throw invalid("analysis.multipleNeedsOption", code);
        }
        if (asked.type() == QuestionType.LIKERT_MATRIX && !code.contains(".")) {
            throw invalid("analysis.matrixNeedsItem", code);
        }
        if (code.contains(".")) {
            throw invalid("analysis.unknownQuestion", code);
        }
        throw invalid("analysis.notClosed", code, asked.type().key());
    }

    private List<ResponseTable.Variable> options(String questionCode) {
        Question question = question(questionCode);
        if (question.type() != QuestionType.MULTIPLE) {
            throw invalid("analysis.notMultiple", questionCode);
        }
        return question.choices().all().stream().map(o -> variable(questionCode + "." + o.code())).toList();
    }

    private List<Category> optionCategories(String questionCode) {
        return question(questionCode).choices().all().stream().map(this::category).toList();
    }

    private Category category(Option option) {
        return new Category(option.code(), option.label().in(language));
    }

    private List<Category> categories(ResponseTable.Variable variable) {
        return variable.levels().stream().map(l -> new Category(l.code(), l.label().in(language))).toList();
    }

    private double weight(int row) {
        return weights == null ? 1.0 : weights[row];
    }

    private static double[] shares(ResponseTable.Variable variable, ReferenceShare reference) {
        double[] shares = new double[variable.levels().size()];
        for (int i = 0; i < shares.length; i++) {
            BigDecimal share = reference.shares().get(variable.levels().get(i).code());
            shares[i] = share == null ? 0 : share.doubleValue();
        }
        return shares;
    }

    private static void requireBase(boolean hasBase, String what) {
        if (!hasBase) {
            throw invalid("analysis.emptyBase", what);
        }
    }

    private static DomainException invalid(String key, Object... arguments) {
        return new DomainException(DomainException.Kind.INVALID, key, arguments);
    }
}
