package org.leerwerkplek.companies.suitability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.model.ConditionChecker;
import org.leerwerkplek.surveys.definition.model.Choices;
import org.leerwerkplek.surveys.definition.model.DateRange;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.NumberRange;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.yaml.ErrorCollector;
import org.leerwerkplek.surveys.definition.yaml.Fields;
import org.leerwerkplek.surveys.definition.yaml.NodeReader;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;
import org.leerwerkplek.surveys.definition.yaml.YamlSource;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a rule file {@code <instrument>.suitability.yaml} (README section 10) and checks it against
 * its instrument. Like {@link DefinitionParser}, it reports every problem with its position and
 * gives no rules when there is any.
 */
public final class SuitabilityParser {

    private static final List<String> TOP_REQUIRED = List.of("instrument", "instrumentVersion", "version",
            "languages", "title", "criteria");
    private static final List<String> TOP_OPTIONAL = List.of("overall", "supportForms", "proposals");
    private static final LocalizedText MISSING = LocalizedText.dutch("?");

    private final String fileName;
    private final String text;
    private final Instrument fiche;
    private final ErrorCollector errors;
    private final NodeReader reader;
    private final Map<String, Question> criterionQuestions = new LinkedHashMap<>();
    private final Set<String> proposedForms = new LinkedHashSet<>();

    private SuitabilityParser(String fileName, String text, Instrument fiche) {
        this.fileName = fileName;
        this.text = text;
        this.fiche = fiche;
        this.errors = new ErrorCollector(fileName);
        this.reader = new NodeReader(errors, text);
    }

    /** Parses the rules in {@code text}, read from {@code fileName}, for the instrument {@code fiche}. */
    public static ParseResult<SuitabilityRules> parse(String fileName, String text, Instrument fiche) {
        return new SuitabilityParser(fileName, text, fiche).run();
    }

    /** Parses the rule file {@code file} (UTF-8) for the instrument {@code fiche}. */
    public static ParseResult<SuitabilityRules> parse(Path file, Instrument fiche) {
        String name = file.getFileName().toString();
        ErrorCollector readErrors = new ErrorCollector(name);
        Optional<String> content = YamlSource.read(file, readErrors);
        return content.map(t -> parse(name, t, fiche)).orElseGet(() -> ParseResult.failure(readErrors.errors()));
    }

    private ParseResult<SuitabilityRules> run() {
        Optional<Node> root = YamlSource.compose(text, errors);
        if (root.isEmpty()) {
            return ParseResult.failure(errors.errors());
        }
        Optional<Fields> top = reader.fields(root.get(), "", TOP_REQUIRED, TOP_OPTIONAL);
        if (top.isEmpty()) {
            return ParseResult.failure(errors.errors());
        }
        Fields f = top.get();
        Optional<String> instrument = f.get("instrument").flatMap(this::instrument);
        Optional<Integer> instrumentVersion = f.get("instrumentVersion").flatMap(this::instrumentVersion);
        Optional<Integer> version = f.get("version").flatMap(n -> reader.integer(n, "version", 1));
        Optional<List<Language>> languages = f.get("languages")
                .flatMap(n -> DefinitionParser.readLanguages(reader, n));
        languages.ifPresent(reader::useLanguages);
        Optional<LocalizedText> title = f.get("title").flatMap(n -> reader.text(n, "title"));
        List<Criterion> criteria = f.get("criteria").map(this::criteria).orElse(List.of());
        Optional<Verdict> overall = f.get("overall").flatMap(this::overall);
        List<SupportForm> forms = f.get("supportForms").map(this::supportForms).orElse(List.of());
        List<Proposal> proposals = f.get("proposals").map(n -> proposals(n, forms)).orElse(List.of());
        if (f.has("supportForms") && !f.has("proposals")) {
            errors.at(f.keyNode("supportForms"), "supportForms needs proposals: rules that propose them");
        } else {
            checkEveryFormProposed(f, forms);
        }
        return errors.result(() -> new SuitabilityRules(instrument.orElseThrow(), instrumentVersion.orElseThrow(),
                version.orElseThrow(), languages.orElseThrow(), title.orElseThrow(), criteria, overall, forms,
                proposals));
    }

    private Optional<String> instrument(Node node) {
        Optional<String> id = reader.id(node, "instrument", "instrument id");
        if (id.isEmpty()) {
            return id;
        }
        if (!fileName.equals(id.get() + ".suitability.yaml")) {
            errors.at(node, "instrument '" + id.get() + "' does not match the file name; rules for " + id.get()
                    + " belong in " + id.get() + ".suitability.yaml");
        } else if (!id.get().equals(fiche.id())) {
            errors.at(node, "instrument '" + id.get() + "' is not the instrument these rules were checked against ("
                    + fiche.id() + ")");
        }
        return id;
    }

    private Optional<Integer> instrumentVersion(Node node) {
        Optional<Integer> value = reader.integer(node, "instrumentVersion", 1);
        if (value.isPresent() && value.get() != fiche.version()) {
            errors.at(node, "instrumentVersion " + value.get() + " does not match " + fiche.fileName() + " version "
                    + fiche.version() + "; review the rules for the new version and set instrumentVersion to "
                    + fiche.version());
        }
        return value;
    }

    // --- criteria and verdict -------------------------------------------------------------

    private List<Criterion> criteria(Node node) {
        List<Criterion> criteria = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        List<Node> items = reader.list(node, "criteria", true).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String where = "criterion " + (i + 1);
            Optional<Fields> read = reader.fields(items.get(i), where,
                    List.of("code", "kind", "label", "default", "levels"), List.of());
            if (read.isEmpty()) {
                continue;
            }
            Fields f = read.get();
            Optional<String> code = f.get("code").flatMap(n -> criterionCode(n, where, codes));
            String context = code.orElse(where);
            Optional<Criterion.Kind> kind = f.get("kind").flatMap(n -> kind(n, context + ".kind"));
            LocalizedText label = f.get("label").flatMap(n -> reader.text(n, context + ".label")).orElse(MISSING);
            Optional<Levels> levels = levels(f, context, this::criterionScope);
            if (code.isPresent() && levels.isPresent()) {
                criterionQuestions.put(code.get(), asQuestion(code.get(), label, levels.get(),
                        items.get(i).getStartMark().getLine() + 1));
                if (kind.isPresent()) {
                    criteria.add(new Criterion(code.get(), kind.get(), label, levels.get()));
                }
            }
        }
        return criteria;
    }

    private Optional<String> criterionCode(Node node, String where, Map<String, Integer> codes) {
        Optional<String> code = reader.code(node, where + ".code", "criterion code");
        if (code.isEmpty()) {
            return code;
        }
        if (codes.containsKey(code.get())) {
            errors.at(node, "duplicate criterion code " + code.get() + " (first at line " + codes.get(code.get())
                    + ")");
            return Optional.empty();
        }
        codes.put(code.get(), node.getStartMark().getLine() + 1);
        if (fiche.question(code.get()).isPresent()) {
            errors.at(node, "criterion code " + code.get() + " is also a question code of " + fiche.fileName()
                    + "; choose another code");
            return Optional.empty();
        }
        return code;
    }

    private Optional<Criterion.Kind> kind(Node node, String context) {
        Map<String, Criterion.Kind> words = new LinkedHashMap<>();
        words.put("kern", Criterion.Kind.KERN);
        words.put("faciliterend", Criterion.Kind.FACILITEREND);
        return reader.word(node, context, "kind", words);
    }

    private Optional<Verdict> overall(Node node) {
        Optional<Fields> read = reader.fields(node, "overall", List.of("label", "default", "levels"), List.of());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Fields f = read.get();
        Optional<LocalizedText> label = f.get("label").flatMap(n -> reader.text(n, "overall.label"));
        Optional<Levels> levels = levels(f, "overall", this::verdictScope);
        if (label.isEmpty() || levels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(label.get(), levels.get()));
    }

    /** Reads {@code default} and {@code levels}; conditions are checked within {@code scope}. */
    private Optional<Levels> levels(Fields f, String context, Function<String, ConditionChecker.Resolution> scope) {
        Optional<String> defaultCode = f.get("default")
                .flatMap(n -> reader.code(n, context + ".default", "level code"));
        List<Node> items = f.get("levels").flatMap(n -> reader.list(n, context + ".levels", true)).orElse(List.of());
        List<Level> levels = new ArrayList<>();
        Map<String, Integer> codes = new LinkedHashMap<>();
        Map<String, Node> withoutWhen = new LinkedHashMap<>();
        boolean ok = true;
        for (Node item : items) {
            Optional<Fields> read = reader.fields(item, context + ".levels", List.of("code", "label"), List.of("when"));
            if (read.isEmpty()) {
                ok = false;
                continue;
            }
            Fields level = read.get();
            Optional<String> code = level.get("code").flatMap(n -> reader.code(n, context + ".levels", "level code"));
            if (code.isPresent() && codes.containsKey(code.get())) {
                errors.at(level.get("code").orElseThrow(), context + ": duplicate level code " + code.get()
                        + " (first at line " + codes.get(code.get()) + ")");
                code = Optional.empty();
            }
            code.ifPresent(c -> codes.put(c, item.getStartMark().getLine() + 1));
            String levelContext = context + "." + code.orElse("levels");
            Optional<LocalizedText> label = level.get("label").flatMap(n -> reader.text(n, levelContext + ".label"));
            Optional<Condition> when = Optional.empty();
            boolean isDefault = code.isPresent() && code.equals(defaultCode);
            if (level.has("when")) {
                Node whenNode = level.get("when").orElseThrow();
                if (isDefault) {
                    errors.at(level.keyNode("when"), levelContext + ": the default level must not have when; it is "
                            + "given when no other level's condition holds");
                }
                Optional<NodeReader.ParsedCondition> parsed = reader.condition(whenNode, levelContext + ".when");
                parsed.ifPresent(p -> check(p, levelContext + ".when", scope));
                when = parsed.map(NodeReader.ParsedCondition::condition);
                ok &= parsed.isPresent();
            } else if (code.isPresent() && !isDefault) {
                withoutWhen.put(code.get(), item);
            }
            if (code.isEmpty() || label.isEmpty()) {
                ok = false;
                continue;
            }
            levels.add(new Level(code.get(), label.get(), when));
        }
        if (defaultCode.isPresent() && !items.isEmpty() && !codes.containsKey(defaultCode.get())) {
            errors.at(f.get("default").orElseThrow(), context + ".default: level " + defaultCode.get()
                    + " does not exist (levels: " + String.join(", ", codes.keySet()) + ")");
            return Optional.empty();
        }
        if (defaultCode.isPresent()) {
            withoutWhen.forEach((code, item) -> errors.at(item, context + "." + code + ": missing when; every level "
                    + "except the default (" + defaultCode.get() + ") needs a condition"));
            ok &= withoutWhen.isEmpty();
        }
        if (!ok || defaultCode.isEmpty() || levels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Levels(defaultCode.get(), levels));
    }

    /** A criterion seen as a {@code single} question whose options are its level codes (README 6.2). */
    private static Question asQuestion(String code, LocalizedText label, Levels levels, int line) {
        List<Option> options = levels.all().stream().map(l -> new Option(l.code(), l.label())).toList();
        return new Question(code, QuestionType.SINGLE, label, Optional.empty(), false, Optional.empty(), Map.of(),
                Choices.of(options), Optional.empty(), List.of(), NumberRange.DEFAULT, OptionalInt.empty(),
                DateRange.OPEN, line);
    }

    // --- support forms and proposals ------------------------------------------------------

    private List<SupportForm> supportForms(Node node) {
        List<SupportForm> forms = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (Node item : reader.list(node, "supportForms", true).orElse(List.of())) {
            reader.fields(item, "supportForms", List.of("code", "label"), List.of()).ifPresent(f -> {
                Optional<String> code = f.get("code").flatMap(n -> reader.code(n, "supportForms", "support form code"));
                if (code.isPresent() && codes.containsKey(code.get())) {
                    errors.at(f.get("code").orElseThrow(), "supportForms: duplicate support form " + code.get()
                            + " (first at line " + codes.get(code.get()) + ")");
                    return;
                }
                code.ifPresent(c -> codes.put(c, item.getStartMark().getLine() + 1));
                Optional<LocalizedText> label = f.get("label")
                        .flatMap(n -> reader.text(n, "supportForms." + code.orElse("label")));
                if (code.isPresent() && label.isPresent()) {
                    forms.add(new SupportForm(code.get(), label.get()));
                }
            });
        }
        return forms;
    }

    private List<Proposal> proposals(Node node, List<SupportForm> forms) {
        List<Proposal> proposals = new ArrayList<>();
        List<String> formCodes = forms.stream().map(SupportForm::code).toList();
        List<Node> items = reader.list(node, "proposals", true).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String where = "proposal " + (i + 1);
            Optional<Fields> read = reader.fields(items.get(i), where, List.of("support", "when", "reason"), List.of());
            if (read.isEmpty()) {
                continue;
            }
            Fields f = read.get();
            Optional<String> support = f.get("support").flatMap(n -> reader.code(n, where + ".support",
                    "support form code"));
            if (support.isPresent() && !formCodes.contains(support.get())) {
                errors.at(f.get("support").orElseThrow(), where + ".support: unknown support form " + support.get()
                        + (formCodes.isEmpty() ? " (no supportForms are defined)"
                        : " (supportForms: " + String.join(", ", formCodes) + ")"));
                support = Optional.empty();
            }
            support.ifPresent(proposedForms::add);
            String context = where + support.map(s -> " (" + s + ")").orElse("");
            Optional<NodeReader.ParsedCondition> when = f.get("when")
                    .flatMap(n -> reader.condition(n, context + ".when"));
            when.ifPresent(c -> check(c, context + ".when", this::proposalScope));
            Optional<LocalizedText> reason = f.get("reason").flatMap(n -> reader.text(n, context + ".reason"));
            if (support.isPresent() && when.isPresent() && reason.isPresent()) {
                proposals.add(new Proposal(support.get(), when.get().condition(), reason.get()));
            }
        }
        return proposals;
    }

    private void checkEveryFormProposed(Fields f, List<SupportForm> forms) {
        for (SupportForm form : forms) {
            if (!proposedForms.contains(form.code())) {
                errors.at(f.keyNode("supportForms"), "supportForms: " + form.code() + " is never proposed; add a "
                        + "proposal rule for it or remove it");
            }
        }
    }

    // --- condition scopes -----------------------------------------------------------------

    private void check(NodeReader.ParsedCondition condition, String context,
                       Function<String, ConditionChecker.Resolution> scope) {
        for (String problem : ConditionChecker.check(condition.condition(), condition.text(), scope)) {
            errors.at(condition.node(), context + ": " + problem);
        }
    }

    /** A criterion's levels read the fiche's questions. */
    private ConditionChecker.Resolution criterionScope(String code) {
        Optional<Question> question = fiche.question(code);
        if (question.isPresent()) {
            return new ConditionChecker.Found(question.get());
        }
        if (criterionQuestions.containsKey(code)) {
            return new ConditionChecker.Refused("criterion " + code + " is used in a criterion",
                    "criterion codes can be used in overall and proposals");
        }
        return new ConditionChecker.Refused("unknown question " + code, "not in " + fiche.fileName());
    }

    /** The overall verdict reads only criterion levels. */
    private ConditionChecker.Resolution verdictScope(String code) {
        if (criterionQuestions.containsKey(code)) {
            return new ConditionChecker.Found(criterionQuestions.get(code));
        }
        if (fiche.question(code).isPresent()) {
            return new ConditionChecker.Refused(code + " is a question", "the overall verdict may only use "
                    + "criterion codes: " + String.join(", ", criterionQuestions.keySet()));
        }
        return new ConditionChecker.Refused("unknown criterion " + code, "criteria: "
                + String.join(", ", criterionQuestions.keySet()));
    }

    /** Proposals read the fiche's questions and the criterion levels. */
    private ConditionChecker.Resolution proposalScope(String code) {
        if (criterionQuestions.containsKey(code)) {
            return new ConditionChecker.Found(criterionQuestions.get(code));
        }
        return fiche.question(code).<ConditionChecker.Resolution>map(ConditionChecker.Found::new)
                .orElseGet(() -> new ConditionChecker.Refused("unknown question or criterion " + code));
    }
}
