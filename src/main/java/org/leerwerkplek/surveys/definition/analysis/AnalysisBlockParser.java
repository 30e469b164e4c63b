package org.leerwerkplek.surveys.definition.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leerwerkplek.surveys.definition.model.Analysis;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.MultipleResponseSet;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.ReferenceShare;
import org.leerwerkplek.surveys.definition.model.Weighting;
import org.leerwerkplek.surveys.definition.yaml.ErrorCollector;
import org.leerwerkplek.surveys.definition.yaml.Fields;
import org.leerwerkplek.surveys.definition.yaml.NodeReader;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The {@code analysis:} block of an instrument file: subgroups, reference shares and
 * multiple-response sets, each checked against the questions the rest of the file defines.
 */
public final class AnalysisBlockParser {

    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.01");

    private final NodeReader reader;
    private final ErrorCollector errors;
    private final Function<String, Optional<Question>> questions;
    private final Set<String> brokenQuestions;

    /**
     * @param questions       the file's questions by code
     * @param brokenQuestions codes of questions that had errors (not reported again as unknown)
     */
    public AnalysisBlockParser(NodeReader reader, ErrorCollector errors, Function<String, Optional<Question>> questions,
                        Set<String> brokenQuestions) {
        this.reader = reader;
        this.errors = errors;
        this.questions = questions;
        this.brokenQuestions = brokenQuestions;
    }

    public Analysis analysis(Node node) {
        Optional<Fields> read = reader.fields(node, "analysis", List.of(),
                List.of("subgroups", "referenceShares", "multipleResponseSets", "weighting"));
        if (read.isEmpty()) {
            return Analysis.EMPTY;
        }
        Fields f = read.get();
        List<String> subgroups = f.get("subgroups").map(this::subgroups).orElse(List.of());
        List<ReferenceShare> shares = f.get("referenceShares").map(this::referenceShares).orElse(List.of());
        List<MultipleResponseSet> sets = f.get("multipleResponseSets").map(this::multipleResponseSets)
                .orElse(List.of());
        Optional<Weighting> weighting = f.get("weighting").flatMap(n -> weighting(n, shares));
        return new Analysis(subgroups, shares, sets, weighting);
    }

    /**
     * {@code weighting: {method: poststratify|rake, variables: [...], cells: {"A/B": share}, tolerance,
     * maxIterations}}: the variables are {@code single}/{@code yesno} questions; raking and
     * post-stratification on one variable take each variable's {@code population} reference share, which
     * must give every option; post-stratification on two or more variables needs {@code cells}, one share per
     * combination of option codes joined by "/", summing to 1 (±0.01).
     */
    private Optional<Weighting> weighting(Node node, List<ReferenceShare> shares) {
        String context = "analysis.weighting";
        Optional<Fields> read = reader.fields(node, context, List.of("method", "variables"),
                List.of("cells", "tolerance", "maxIterations"));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        Map<String, Weighting.Method> words = new LinkedHashMap<>();
        words.put("poststratify", Weighting.Method.POSTSTRATIFY);
        words.put("rake", Weighting.Method.RAKE);
        Optional<Weighting.Method> method = f.get("method").flatMap(n -> reader.word(n, context + ".method", "method",
                words));
        List<Question> variables = new ArrayList<>();
        boolean ok = method.isPresent();
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : f.get("variables").flatMap(n -> reader.list(n, context + ".variables", true))
                .orElse(List.of())) {
            Optional<Question> question = reader.code(item, context + ".variables", "question code")
                    .filter(c -> reader.unique(seen, c, item, context + ".variables: duplicate question"))
                    .flatMap(c -> analysisQuestion(c, item, context + ".variables",
                            EnumSet.of(QuestionType.SINGLE, QuestionType.YESNO)));
            question.ifPresent(variables::add);
            ok &= question.isPresent();
        }
        ok &= !variables.isEmpty();
        boolean crossed = method.orElse(null) == Weighting.Method.POSTSTRATIFY && variables.size() > 1;
        if (ok && !crossed) {
            for (Question question : variables) {
                boolean complete = shares.stream().anyMatch(r -> r.question().equals(question.code())
                        && r.kind().mayWeight() && r.shares().keySet().containsAll(question.answerCodes()));
                if (!complete) {
                    errors.at(f.keyNode("variables"), context + ".variables: " + question.code() + " needs a "
                            + "referenceShares entry of kind population with a share for every option ("
                            + String.join(", ", question.answerCodes()) + ")");
                    ok = false;
                }
            }
        }
        Map<List<String>, BigDecimal> cells = new LinkedHashMap<>();
        if (f.has("cells") && !crossed && method.isPresent()) {
            errors.at(f.keyNode("cells"), context + ".cells: only for method poststratify on two or more variables");
            ok = false;
        } else if (crossed && !f.has("cells")) {
            errors.at(f.keyNode("variables"), context + ": post-stratification on " + variables.size()
                    + " variables needs cells, the population share of every combination of their options");
            ok = false;
        } else if (crossed && ok) {
            ok = cells(f.get("cells").orElseThrow(), context + ".cells", variables, cells);
        }
        boolean raking = method.orElse(null) == Weighting.Method.RAKE;
        BigDecimal tolerance = Weighting.DEFAULT_TOLERANCE;
        int maxIterations = Weighting.DEFAULT_MAX_ITERATIONS;
        for (String key : List.of("tolerance", "maxIterations")) {
            if (f.has(key) && method.isPresent() && !raking) {
                errors.at(f.keyNode(key), context + "." + key + ": only for method rake");
                ok = false;
            }
        }
        if (f.has("tolerance")) {
            Optional<BigDecimal> read1 = f.get("tolerance").flatMap(n -> reader.number(n, context + ".tolerance"));
            if (read1.isPresent() && (read1.get().signum() <= 0 || read1.get().compareTo(new BigDecimal("0.01")) > 0)) {
                errors.at(f.keyNode("tolerance"), context + ".tolerance: a fraction of the total weight above 0 "
                        + "and at most 0.01, found " + read1.get().toPlainString());
                ok = false;
            }
            ok &= read1.isPresent();
            tolerance = read1.orElse(tolerance);
        }
        if (f.has("maxIterations")) {
            Optional<Integer> read2 = f.get("maxIterations").flatMap(n -> reader.integer(n, context + ".maxIterations",
                    1));
            if (read2.isPresent() && read2.get() > 1000) {
                errors.at(f.keyNode("maxIterations"), context + ".maxIterations: at most 1000, found " + read2.get());
                ok = false;
            }
            ok &= read2.isPresent();
            maxIterations = read2.orElse(maxIterations);
        }
        return ok ? Optional.of(new Weighting(method.get(), variables.stream().map(Question::code).toList(), cells,
                tolerance, maxIterations)) : Optional.empty();
    }

    /** The {@code cells} of a crossed post-stratification: every combination once, shares 0–1 summing to 1. */
    private boolean cells(Node node, String context, List<Question> variables, Map<List<String>, BigDecimal> cells) {
        Optional<List<NodeTuple>> entries = reader.entries(node, context);
        if (entries.isEmpty()) {
            return false;
        }
        boolean ok = true;
        for (NodeTuple entry : entries.get()) {
            Optional<String> key = reader.string(entry.getKeyNode(), context);
            Optional<BigDecimal> share = reader.number(entry.getValueNode(), context);
            if (key.isEmpty() || share.isEmpty()) {
                ok = false;
                continue;
            }
            List<String> codes = List.of(key.get().trim().split("\\s*/\\s*"));
            boolean known = codes.size() == variables.size();
            for (int v = 0; known && v < codes.size(); v++) {
                known = variables.get(v).answerCodes().contains(codes.get(v));
            }
            if (!known) {
                errors.at(entry.getKeyNode(), context + ": " + key.get() + " is no combination of "
                        + variables.stream().map(q -> q.code() + " (" + String.join(", ", q.answerCodes()) + ")")
                        .collect(Collectors.joining(" / ")));
                ok = false;
            } else if (cells.containsKey(codes)) {
                errors.at(entry.getKeyNode(), context + ": duplicate cell " + key.get());
                ok = false;
            } else if (share.get().signum() < 0 || share.get().compareTo(BigDecimal.ONE) > 0) {
                errors.at(entry.getValueNode(), context + "." + key.get() + ": a share must be between 0 and 1, found "
                        + share.get().toPlainString());
                ok = false;
            }
            cells.put(codes, share.get());
        }
        long combinations = variables.stream().mapToLong(q -> q.answerCodes().size()).reduce(1, (a, b) -> a * b);
        if (ok && cells.size() != combinations) {
            errors.at(node, context + ": " + cells.size() + " cells given, but the variables make " + combinations
                    + " combinations; give each one a share (0 for none)");
            ok = false;
        }
        BigDecimal sum = cells.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (ok && sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
            errors.at(node, context + ": the cell shares sum to " + sum.toPlainString() + ", not 1 (±0.01)");
            ok = false;
        }
        return ok;
    }

    private List<String> subgroups(Node node) {
        List<String> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : reader.list(node, "analysis.subgroups", false).orElse(List.of())) {
            reader.code(item, "analysis.subgroups", "question code")
                    .filter(c -> reader.unique(seen, c, item, "analysis.subgroups: duplicate question"))
                    .flatMap(c -> analysisQuestion(c, item, "analysis.subgroups",
                            EnumSet.of(QuestionType.SINGLE, QuestionType.YESNO)))
                    .ifPresent(q -> result.add(q.code()));
        }
        return result;
    }

    private Optional<Question> analysisQuestion(String code, Node node, String context, Set<QuestionType> types) {
        Optional<Question> found = questions.apply(code);
        if (found.isEmpty()) {
            if (!brokenQuestions.contains(code)) {
                errors.at(node, context + ": unknown question " + code);
            }
            return Optional.empty();
        }
        Question question = found.get();
        if (!types.contains(question.type())) {
            errors.at(node, context + ": " + code + " is a " + question.type() + " question; expected "
                    + types.stream().map(QuestionType::key).collect(Collectors.joining(" or ")));
            return Optional.empty();
        }
        return Optional.of(question);
    }

    private List<ReferenceShare> referenceShares(Node node) {
        List<ReferenceShare> result = new ArrayList<>();
        List<Node> items = reader.list(node, "analysis.referenceShares", false).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String where = "analysis.referenceShares " + (i + 1);
            Optional<Fields> read = reader.fields(items.get(i), where, List.of("question", "kind", "source", "shares"),
                    List.of("base"));
            if (read.isEmpty()) {
                continue;
            }
            Fields f = read.get();
            Optional<Question> question = f.get("question")
                    .flatMap(n -> reader.code(n, where + ".question", "question code")
                            .flatMap(c -> analysisQuestion(c, n, where + ".question",
                                    EnumSet.of(QuestionType.SINGLE, QuestionType.YESNO, QuestionType.MULTIPLE))));
            String context = question.map(q -> "analysis.referenceShares." + q.code()).orElse(where);
            Optional<ReferenceShare.Kind> kind = f.get("kind").flatMap(n -> shareKind(n, context + ".kind"));
            Optional<LocalizedText> source = f.get("source").flatMap(n -> reader.text(n, context + ".source"));
            Optional<LocalizedText> base = f.get("base").flatMap(n -> reader.text(n, context + ".base"));
            Optional<Map<String, BigDecimal>> shares = f.get("shares").flatMap(n -> shares(n, context, question));
            if (question.isPresent() && kind.isPresent() && source.isPresent() && shares.isPresent()) {
                result.add(new ReferenceShare(question.get().code(), kind.get(), source.get(), base, shares.get()));
            }
        }
        return result;
    }

    private Optional<ReferenceShare.Kind> shareKind(Node node, String context) {
        Map<String, ReferenceShare.Kind> words = new LinkedHashMap<>();
        words.put("population", ReferenceShare.Kind.POPULATION);
        words.put("benchmark", ReferenceShare.Kind.BENCHMARK);
        return reader.word(node, context, "kind", words);
    }

    private Optional<Map<String, BigDecimal>> shares(Node node, String context, Optional<Question> question) {
        Optional<List<NodeTuple>> entries = reader.entries(node, context + ".shares");
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (NodeTuple entry : entries.get()) {
            Optional<String> code = reader.code(entry.getKeyNode(), context + ".shares", "option code");
            Optional<BigDecimal> share = reader.number(entry.getValueNode(), context + ".shares");
            if (code.isEmpty() || share.isEmpty()) {
                ok = false;
                continue;
            }
            if (!reader.unique(seen, code.get(), entry.getKeyNode(), context + ".shares: duplicate option")) {
                ok = false;
                continue;
            }
            if (question.isPresent() && !question.get().answerCodes().contains(code.get())) {
                errors.at(entry.getKeyNode(), context + ".shares: unknown option " + code.get() + " ("
                        + question.get().code() + " has " + String.join(", ", question.get().answerCodes()) + ")");
                ok = false;
            }
            if (share.get().signum() < 0 || share.get().compareTo(BigDecimal.ONE) > 0) {
                errors.at(entry.getValueNode(), context + ".shares." + code.get()
                        + ": a share must be between 0 and 1, found " + share.get().toPlainString());
                ok = false;
            }
            shares.put(code.get(), share.get());
        }
        if (ok && question.isPresent() && question.get().type() != QuestionType.MULTIPLE) {
            checkShareSum(node, context, question.get(), shares);
        }
        return ok ? Optional.of(shares) : Optional.empty();
    }

    /**
     * Shares of a {@code single} or {@code yesno} question are parts of one whole: they sum to at
     * most 1, and to 1 when every option has a share, both with a rounding margin of 0.01.
     */
    private void checkShareSum(Node node, String context, Question question, Map<String, BigDecimal> shares) {
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean complete = shares.keySet().containsAll(question.answerCodes());
        if (sum.compareTo(BigDecimal.ONE.add(SHARE_TOLERANCE)) > 0) {
            errors.at(node, context + ".shares: the shares of a " + question.type() + " question are parts of one "
                    + "whole and sum to " + sum.toPlainString() + ", more than 1 (±0.01)");
        } else if (complete && sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
            errors.at(node, context + ".shares: every option of " + question.code() + " has a share, so they must "
                    + "sum to 1 (±0.01), but they sum to " + sum.toPlainString());
        }
    }

    private List<MultipleResponseSet> multipleResponseSets(Node node) {
        List<MultipleResponseSet> result = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<Node> items = reader.list(node, "analysis.multipleResponseSets", false).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String where = "analysis.multipleResponseSets " + (i + 1);
            Optional<Fields> read = reader.fields(items.get(i), where, List.of("id", "label"),
                    List.of("question", "questions", "countedValues", "subgroupTopN"));
            if (read.isEmpty()) {
                continue;
            }
            Fields f = read.get();
            Optional<String> id = f.get("id").flatMap(n -> reader.code(n, where + ".id", "set id"))
                    .filter(c -> reader.unique(ids, c, f.get("id").orElseThrow(),
                            "analysis.multipleResponseSets: duplicate set id"));
            String context = id.map(c -> "analysis.multipleResponseSets." + c).orElse(where);
            Optional<LocalizedText> label = f.get("label").flatMap(n -> reader.text(n, context + ".label"));
            Optional<List<String>> counted = f.get("countedValues")
                    .flatMap(n -> reader.codesOrNumbers(n, context + ".countedValues"));
            OptionalInt topN = reader.optionalInt(f, "subgroupTopN", context, 1);
            Optional<Members> members = members(f, context, counted);
            if (members.isPresent() && topN.isPresent() && topN.getAsInt() > members.get().count()) {
                errors.at(f.get("subgroupTopN").orElseThrow(), context + ".subgroupTopN: " + topN.getAsInt()
                        + " is larger than the number of members (" + members.get().count() + ")");
            }
            if (id.isPresent() && label.isPresent() && members.isPresent()) {
                result.add(new MultipleResponseSet(id.get(), label.get(), members.get().question(),
                        members.get().questions(), counted.orElse(List.of()), topN));
            }
        }
        return result;
    }

    /** The members of a multiple-response set: one question or a list, and how many variables that gives. */
    private record Members(Optional<String> question, List<String> questions, int count) {
    }

    private Optional<Members> members(Fields f, String context, Optional<List<String>> counted) {
        if (f.has("question") && f.has("questions")) {
            errors.at(f.keyNode("questions"), context + ": use either question or questions, not both");
            return Optional.empty();
        }
        if (f.has("question")) {
            Node node = f.get("question").orElseThrow();
            Optional<Question> question = reader.code(node, context + ".question", "question code")
                    .flatMap(c -> analysisQuestion(c, node, context + ".question",
                            EnumSet.of(QuestionType.MULTIPLE, QuestionType.LIKERT_MATRIX)));
            if (question.isEmpty()) {
                return Optional.empty();
            }
            Question q = question.get();
            if (q.type() == QuestionType.MULTIPLE) {
                if (f.has("countedValues")) {
                    errors.at(f.keyNode("countedValues"), context + ".countedValues: not allowed with a multiple "
                            + "question (each chosen option counts)");
                    return Optional.empty();
                }
                return Optional.of(new Members(Optional.of(q.code()), List.of(), q.choices().all().size()));
            }
            if (!requireCounted(f, context, counted, List.of(q))) {
                return Optional.empty();
            }
            return Optional.of(new Members(Optional.of(q.code()), List.of(), q.items().size()));
        }
        if (f.has("questions")) {
            List<Question> members = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean ok = true;
            for (Node item : f.get("questions").flatMap(n -> reader.list(n, context + ".questions", true))
                    .orElse(List.of())) {
                Optional<Question> question = reader.code(item, context + ".questions", "question code")
                        .filter(c -> reader.unique(seen, c, item, context + ".questions: duplicate question"))
                        .flatMap(c -> analysisQuestion(c, item, context + ".questions",
                                EnumSet.of(QuestionType.YESNO, QuestionType.SINGLE, QuestionType.LIKERT)));
                question.ifPresent(members::add);
                ok &= question.isPresent();
            }
            if (!ok || members.isEmpty() || !requireCounted(f, context, counted, members)) {
                return Optional.empty();
            }
            return Optional.of(new Members(Optional.empty(), members.stream().map(Question::code).toList(),
                    members.size()));
        }
        errors.at(f.node(), context + ": missing required key 'question' (or 'questions')");
        return Optional.empty();
    }

    private boolean requireCounted(Fields f, String context, Optional<List<String>> counted, List<Question> members) {
        if (!f.has("countedValues")) {
            errors.at(f.node(), context
                    + ": missing required key 'countedValues' (the answer codes that count as yes)");
            return false;
        }
        if (counted.isEmpty()) {
            return false;
        }
        boolean ok = true;
        for (Question member : members) {
            List<String> unknown = counted.get().stream().filter(v -> !member.answerCodes().contains(v)).toList();
            if (!unknown.isEmpty()) {
                errors.at(f.get("countedValues").orElseThrow(), context + ".countedValues: "
                        + String.join(", ", unknown) + " is not an answer code of " + member.code() + " ("
                        + String.join(", ", member.answerCodes()) + ")");
                ok = false;
            }
        }
        return ok;
    }
}
