package org.leerwerkplek.surveys.definition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leerwerkplek.surveys.definition.analysis.Analysis;
import org.leerwerkplek.surveys.definition.analysis.AnalysisBlockParser;
import org.leerwerkplek.surveys.definition.condition.ConditionChecker;
import org.leerwerkplek.surveys.definition.model.Change;
import org.leerwerkplek.surveys.definition.model.Choices;
import org.leerwerkplek.surveys.definition.model.DateRange;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.MessageKey;
import org.leerwerkplek.surveys.definition.model.NumberRange;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Scale;
import org.leerwerkplek.surveys.definition.model.ScalePoint;
import org.leerwerkplek.surveys.definition.model.Section;
import org.leerwerkplek.surveys.definition.yaml.ErrorCollector;
import org.leerwerkplek.surveys.definition.yaml.Fields;
import org.leerwerkplek.surveys.definition.yaml.NodeReader;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;
import org.leerwerkplek.surveys.definition.yaml.YamlSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one instrument file ({@code <id>.yaml}, README sections 2-9) into an {@link Instrument}.
 * Every problem is reported with file, line and column, all problems of the file at once; a file
 * with any problem gives no instrument.
 */
public final class DefinitionParser {

    /** The maximum length of the "other, namely" text (README 4.2). */
    public static final int OTHER_TEXT_MAX_LENGTH = 200;

    private static final List<String> TOP_REQUIRED = List.of("id", "version", "languages", "title", "sections");
    private static final List<String> TOP_OPTIONAL = List.of("intro", "changes", "optionSets", "scales", "analysis");
    private static final List<String> QUESTION_REQUIRED = List.of("code", "type", "label");
    private static final List<String> QUESTION_OPTIONAL = List.of("help", "required", "relevant", "messages");
    private static final Map<QuestionType, List<String>> TYPE_KEYS = typeKeys();
    private static final Map<QuestionType, List<String>> TYPE_REQUIRED = Map.of(
            QuestionType.LIKERT, List.of("scale"),
            QuestionType.LIKERT_MATRIX, List.of("scale", "items"));
    private static final LocalizedText MISSING = LocalizedText.dutch("?");

    private final String fileName;
    private final String text;
    private final ErrorCollector errors;
    private final NodeReader reader;
    private List<Language> languages = List.of(Language.NL);
    private final Map<String, List<Option>> optionSets = new LinkedHashMap<>();
    private final Map<String, Scale> scales = new LinkedHashMap<>();
    private final List<Placed> questions = new ArrayList<>();
    private final Map<String, Integer> questionIndex = new HashMap<>();
    private final Set<String> brokenQuestions = new HashSet<>();
    private final List<PlacedSection> sections = new ArrayList<>();
    private QuestionDetailsParser details;

    /** A question with what phase two needs: its section, its condition and its filter node. */
    private record Placed(Question question, int section, Optional<NodeReader.ParsedCondition> relevant,
                          Optional<Node> filterNode) {
    }

    /** A section before its questions are attached. */
    private record PlacedSection(String id, LocalizedText title, Optional<LocalizedText> intro,
                                 Optional<NodeReader.ParsedCondition> relevant, int line) {
    }

    private DefinitionParser(String fileName, String text) {
        this.fileName = fileName;
        this.text = text;
        this.errors = new ErrorCollector(fileName);
        this.reader = new NodeReader(errors, text);
    }

    /** Parses the instrument in {@code text}, read from a file named {@code fileName}. */
    public static ParseResult<Instrument> parse(String fileName, String text) {
        return new DefinitionParser(fileName, text).run();
    }

    /** Parses the instrument file {@code file} (UTF-8). */
    public static ParseResult<Instrument> parse(Path file) {
        String name = file.getFileName().toString();
        ErrorCollector readErrors = new ErrorCollector(name);
        Optional<String> text = YamlSource.read(file, readErrors);
        return text.map(t -> parse(name, t)).orElseGet(() -> ParseResult.failure(readErrors.errors()));
    }

    private ParseResult<Instrument> run() {
        Optional<Node> root = YamlSource.compose(text, errors);
        if (root.isEmpty()) {
            return ParseResult.failure(errors.errors());
        }
        Optional<Fields> top = reader.fields(root.get(), "", TOP_REQUIRED, TOP_OPTIONAL);
        if (top.isEmpty()) {
            return ParseResult.failure(errors.errors());
        }
        Fields fields = top.get();
        Optional<String> id = fields.get("id").flatMap(this::instrumentId);
        Optional<Integer> version = fields.get("version").flatMap(n -> reader.integer(n, "version", 1));
        fields.get("languages").ifPresent(this::languages);
        Optional<LocalizedText> title = fields.get("title").flatMap(n -> reader.text(n, "title"));
        Optional<LocalizedText> intro = fields.get("intro").flatMap(n -> reader.text(n, "intro"));
        List<Change> changes = fields.get("changes").map(this::changes).orElse(List.of());
        fields.get("optionSets").ifPresent(this::optionSets);
        fields.get("scales").ifPresent(this::scales);
        fields.get("sections").ifPresent(this::sections);
        checkConditionsAndFilters();
        Analysis analysis = fields.get("analysis")
                .map(n -> new AnalysisBlockParser(reader, errors, this::placedQuestion, brokenQuestions).analysis(n))
                .orElse(Analysis.EMPTY);
        int versionLine = fields.keyNode("version").getStartMark().getLine() + 1;
        return errors.result(() -> new Instrument(id.orElseThrow(), version.orElseThrow(), languages,
                title.orElseThrow(), intro, changes, optionSets, scales, buildSections(), analysis,
                ContentHash.of(text), versionLine));
    }

    // --- top level ------------------------------------------------------------------------

    private Optional<String> instrumentId(Node node) {
        Optional<String> id = reader.id(node, "id", "id");
        String expected = fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - ".yaml".length())
                : fileName;
        if (id.isPresent() && !id.get().equals(expected)) {
            errors.at(node, "id '" + id.get() + "' must equal the file name without .yaml ('" + expected + "')");
        }
        return id;
    }

    private void languages(Node node) {
        Optional<List<Language>> read = readLanguages(reader, node);
        read.ifPresent(list -> {
            languages = list;
            reader.useLanguages(list);
        });
    }

    /** Reads a {@code languages} list: known codes, no repeats, {@code nl} included. */
    public static Optional<List<Language>> readLanguages(NodeReader reader, Node node) {
        Optional<List<Node>> items = reader.list(node, "languages", true);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Language> result = new ArrayList<>();
        boolean ok = true;
        for (Node item : items.get()) {
            Optional<String> code = reader.string(item, "languages");
            if (code.isEmpty()) {
                ok = false;
                continue;
            }
            Optional<Language> language = Language.fromCode(code.get());
            if (language.isEmpty()) {
                reader.errors().at(item, "languages: unknown language '" + code.get() + "'; expected nl, fr or en");
                ok = false;
            } else if (result.contains(language.get())) {
                reader.errors().at(item, "languages: duplicate language " + code.get());
            } else {
                result.add(language.get());
            }
        }
        if (ok && !result.contains(Language.NL)) {
            reader.errors().at(node, "languages: nl is required");
            return Optional.empty();
        }
        return ok ? Optional.of(List.copyOf(result)) : Optional.empty();
    }

    private List<Change> changes(Node node) {
        List<Change> changes = new ArrayList<>();
        for (Node item : reader.list(node, "changes", false).orElse(List.of())) {
            reader.fields(item, "changes", List.of("version", "note"), List.of("date")).ifPresent(f -> {
                Optional<Integer> version = f.get("version").flatMap(n -> reader.integer(n, "changes.version", 1));
                Optional<LocalDate> date = f.get("date").flatMap(n -> reader.date(n, "changes.date"));
                Optional<LocalizedText> note = f.get("note").flatMap(n -> reader.text(n, "changes.note"));
                if (version.isPresent() && note.isPresent()) {
                    changes.add(new Change(version.get(), date, note.get()));
                }
            });
        }
        return changes;
    }

    private void optionSets(Node node) {
        Map<String, Integer> lines = new HashMap<>();
        for (NodeTuple entry : reader.entries(node, "optionSets").orElse(List.of())) {
            Optional<String> name = reader.id(entry.getKeyNode(), "optionSets", "option set name");
            if (name.isEmpty() || !reader.unique(lines, name.get(), entry.getKeyNode(), "optionSets: duplicate option set")) {
                continue;
            }
            String context = "optionSets." + name.get();
            Optional<List<Node>> items = reader.list(entry.getValueNode(), context, true);
            if (items.isEmpty()) {
                continue;
            }
            List<Option> options = new ArrayList<>();
            Map<String, Integer> codes = new HashMap<>();
            for (Node item : items.get()) {
                reader.option(item, context, "option code").ifPresent(o -> {
                    if (reader.unique(codes, o.code(), item, context + ": duplicate option code")) {
                        options.add(o);
                    }
                });
            }
            optionSets.put(name.get(), List.copyOf(options));
        }
    }

    private void scales(Node node) {
        Map<String, Integer> lines = new HashMap<>();
        for (NodeTuple entry : reader.entries(node, "scales").orElse(List.of())) {
            Optional<String> name = reader.id(entry.getKeyNode(), "scales", "scale name");
            if (name.isEmpty() || !reader.unique(lines, name.get(), entry.getKeyNode(), "scales: duplicate scale")) {
                continue;
            }
            String context = "scales." + name.get();
            reader.fields(entry.getValueNode(), context, List.of("points"), List.of("na")).ifPresent(f -> {
                List<ScalePoint> points = f.get("points").map(n -> scalePoints(n, context)).orElse(List.of());
                Optional<Option> na = f.get("na").flatMap(n -> reader.option(n, context + ".na", "na code"));
                scales.put(name.get(), new Scale(name.get(), points, na));
            });
        }
    }

    private List<ScalePoint> scalePoints(Node node, String context) {
        Optional<List<Node>> items = reader.list(node, context + ".points", true);
        if (items.isEmpty()) {
            return List.of();
        }
        if (items.get().size() < 2) {
            errors.at(node, context + ".points: a scale needs at least 2 points");
        }
        List<ScalePoint> points = new ArrayList<>();
        for (Node item : items.get()) {
            reader.option(item, context + ".points", (n, c) -> reader.integer(n, c + ".code", Integer.MIN_VALUE)
                    .map(String::valueOf)).ifPresent(o -> {
                        int value = Integer.parseInt(o.code());
                        if (!points.isEmpty() && value <= points.get(points.size() - 1).value()) {
                            errors.at(item, context + ".points: codes must be ascending; " + value + " comes after "
                                    + points.get(points.size() - 1).value());
                        }
                        points.add(new ScalePoint(value, o.label()));
                    });
        }
        return points;
    }

    // --- sections and questions ----------------------------------------------------------

    private void sections(Node node) {
        details = new QuestionDetailsParser(reader, errors, languages, optionSets, scales);
        Optional<List<Node>> items = reader.list(node, "sections", true);
        if (items.isEmpty()) {
            return;
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int s = 0; s < items.get().size(); s++) {
            Node item = items.get().get(s);
            String where = "section " + (s + 1);
            Optional<Fields> read = reader.fields(item, where, List.of("id", "title", "questions"),
                    List.of("intro", "relevant"));
            if (read.isEmpty()) {
                continue;
            }
            Fields f = read.get();
            Optional<String> id = f.get("id").flatMap(n -> reader.id(n, where + ".id", "section id"));
            id.ifPresent(i -> reader.unique(ids, i, f.get("id").orElseThrow(), "duplicate section id"));
            String context = id.map(i -> "section " + i).orElse(where);
            LocalizedText title = f.get("title").flatMap(n -> reader.text(n, context + ".title")).orElse(MISSING);
            Optional<LocalizedText> intro = f.get("intro").flatMap(n -> reader.text(n, context + ".intro"));
            Optional<NodeReader.ParsedCondition> relevant = f.get("relevant")
                    .flatMap(n -> reader.condition(n, context + ".relevant"));
            int index = sections.size();
            sections.add(new PlacedSection(id.orElse(where), title, intro, relevant,
                    item.getStartMark().getLine() + 1));
            Optional<List<Node>> questionNodes = f.get("questions").flatMap(n -> reader.list(n, context + ".questions",
                    true));
            List<Node> list = questionNodes.orElse(List.of());
            for (int q = 0; q < list.size(); q++) {
                question(list.get(q), index, "question " + (q + 1) + " of " + context);
            }
        }
    }

    private void question(Node node, int section, String where) {
        String context = peekScalar(node, "code").filter(c -> NodeReader.DATA_CODE.matcher(c).matches()).orElse(where);
        Optional<QuestionType> type = peekType(node, context);
        List<String> required = new ArrayList<>(QUESTION_REQUIRED);
        List<String> optional = new ArrayList<>(QUESTION_OPTIONAL);
        Map<String, String> misplaced = new HashMap<>();
        if (type.isPresent()) {
            List<String> typeRequired = TYPE_REQUIRED.getOrDefault(type.get(), List.of());
            required.addAll(typeRequired);
            TYPE_KEYS.get(type.get()).stream().filter(k -> !typeRequired.contains(k)).forEach(optional::add);
            for (Map.Entry<QuestionType, List<String>> entry : TYPE_KEYS.entrySet()) {
                for (String key : entry.getValue()) {
                    if (!TYPE_KEYS.get(type.get()).contains(key)) {
                        misplaced.put(key, "key '" + key + "' is not allowed on a " + type.get() + " question (only on "
                                + typesWithKey(key) + ")");
                    }
                }
            }
        } else {
            TYPE_KEYS.values().stream().flatMap(List::stream).distinct().forEach(optional::add);
        }
        Optional<Fields> read = reader.fields(node, context, required, optional, misplaced);
        if (read.isEmpty()) {
            return;
        }
        Fields f = read.get();
        Optional<String> code = f.get("code").flatMap(n -> reader.code(n, where + ".code", "question code"));
        LocalizedText label = f.get("label").flatMap(n -> reader.text(n, context + ".label")).orElse(MISSING);
        Optional<LocalizedText> help = f.get("help").flatMap(n -> reader.text(n, context + ".help"));
        boolean isRequired = f.get("required").flatMap(n -> reader.bool(n, context + ".required")).orElse(false);
        Optional<NodeReader.ParsedCondition> relevant = f.get("relevant")
                .flatMap(n -> reader.condition(n, context + ".relevant"));
        if (type.isEmpty()) {
            code.ifPresent(brokenQuestions::add);
            return;
        }
        QuestionType questionType = type.get();
        Map<MessageKey, LocalizedText> messages = f.get("messages")
                .map(n -> details.messages(n, context, questionType)).orElse(Map.of());
        Choices choices = Choices.EMPTY;
        if (questionType == QuestionType.YESNO) {
            choices = Choices.of(details.yesNoOptions());
        } else if (questionType.hasOptions()) {
            choices = details.choices(f, questionType, context);
        }
        Optional<Scale> scale = f.get("scale").flatMap(n -> details.scale(n, context));
        List<Option> items = f.get("items").map(n -> details.items(n, context)).orElse(List.of());
        NumberRange numberRange = questionType == QuestionType.NUMBER ? details.numberRange(f, context) : NumberRange.DEFAULT;
        OptionalInt maxLength = details.maxLength(f, questionType, context);
        DateRange dateRange = questionType == QuestionType.DATE ? details.dateRange(f, context) : DateRange.OPEN;
        if (code.isEmpty()) {
            return;
        }
        if (!uniqueQuestion(code.get(), f.get("code").orElseThrow())) {
            return;
        }
        Question question = new Question(code.get(), questionType, label, help, isRequired,
                relevant.map(NodeReader.ParsedCondition::condition), messages, choices, scale, items, numberRange,
                maxLength, dateRange, node.getStartMark().getLine() + 1);
        questions.add(new Placed(question, section, relevant, f.get("filterOptionsBy")));
    }

    private Optional<QuestionType> peekType(Node node, String context) {
        Optional<Node> typeNode = peek(node, "type");
        if (typeNode.isEmpty()) {
            return Optional.empty();
        }
        Node n = typeNode.get();
        if (!(n instanceof ScalarNode scalar) || !Tag.STR.equals(n.getTag())) {
            errors.at(n, context + ".type: expected one of " + QuestionType.allKeys() + " but found "
                    + NodeReader.describe(n));
            return Optional.empty();
        }
        Optional<QuestionType> type = QuestionType.fromKey(scalar.getValue());
        if (type.isEmpty()) {
            errors.at(n, "question " + context + " has type '" + scalar.getValue() + "'; expected one of "
                    + QuestionType.allKeys());
        }
        return type;
    }

    // --- phase two: what conditions and filters refer to ---------------------------------

    private void checkConditionsAndFilters() {
        for (int s = 0; s < sections.size(); s++) {
            int section = s;
            PlacedSection placed = sections.get(s);
            placed.relevant().ifPresent(c -> check(c, "section " + placed.id() + ".relevant",
                    code -> sectionScope(code, section)));
        }
        for (int g = 0; g < questions.size(); g++) {
            int self = g;
            Placed placed = questions.get(g);
            String context = placed.question().code();
            placed.relevant().ifPresent(c -> check(c, context + ".relevant", code -> questionScope(code, self)));
            placed.filterNode().ifPresent(n -> checkFilter(n, placed.question(), self));
        }
    }

    private void check(NodeReader.ParsedCondition condition, String context,
                       Function<String, ConditionChecker.Resolution> scope) {
        for (String problem : ConditionChecker.check(condition.condition(), condition.text(), scope)) {
            errors.at(condition.node(), context + ": " + problem);
        }
    }

    private ConditionChecker.Resolution questionScope(String code, int self) {
        Integer index = questionIndex.get(code);
        if (index == null && brokenQuestions.contains(code)) {
            return new ConditionChecker.Broken();
        }
        if (index == null) {
            return new ConditionChecker.Refused("unknown question " + code);
        }
        if (index == self) {
            return new ConditionChecker.Refused(code + " is this question itself",
                    "a question cannot depend on its own answer");
        }
        if (index > self) {
            return new ConditionChecker.Refused(code + " comes later (line " + questions.get(index).question().line()
                    + ")", "a condition may only use earlier questions");
        }
        return new ConditionChecker.Found(questions.get(index).question());
    }

    private ConditionChecker.Resolution sectionScope(String code, int section) {
        Integer index = questionIndex.get(code);
        if (index == null && brokenQuestions.contains(code)) {
            return new ConditionChecker.Broken();
        }
        if (index == null) {
            return new ConditionChecker.Refused("unknown question " + code);
        }
        int questionSection = questions.get(index).section();
        if (questionSection == section) {
            return new ConditionChecker.Refused(code + " is in this section",
                    "a section condition may only use questions of earlier sections");
        }
        if (questionSection > section) {
            return new ConditionChecker.Refused(code + " comes later (line " + questions.get(index).question().line()
                    + ")", "a section condition may only use questions of earlier sections");
        }
        return new ConditionChecker.Found(questions.get(index).question());
    }

    private void checkFilter(Node node, Question question, int self) {
        String context = question.code() + ".filterOptionsBy";
        Optional<String> code = reader.code(node, context, "question code");
        if (code.isEmpty()) {
            return;
        }
        Integer index = questionIndex.get(code.get());
        if (index == null) {
            if (!brokenQuestions.contains(code.get())) {
                errors.at(node, context + ": unknown question " + code.get());
            }
            return;
        }
        Question source = questions.get(index).question();
        if (index >= self) {
            errors.at(node, context + ": " + code.get()
                    + " is not an earlier question; name an earlier multiple question");
            return;
        }
        if (source.type() != QuestionType.MULTIPLE) {
            errors.at(node, context + ": " + code.get() + " is a " + source.type()
                    + " question; name an earlier multiple question");
            return;
        }
        List<String> sourceCodes = source.choices().codes();
        List<String> missing = question.choices().codes().stream()
                .filter(c -> !question.choices().isNone(c) && !sourceCodes.contains(c)).toList();
        if (!missing.isEmpty()) {
            errors.at(node, context + ": " + (missing.size() == 1 ? "option " : "options ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is not an option of " : " are not options of ") + code.get());
        }
    }

    private List<Section> buildSections() {
        List<Section> result = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            int section = s;
            PlacedSection placed = sections.get(s);
            List<Question> own = questions.stream().filter(p -> p.section() == section).map(Placed::question).toList();
            result.add(new Section(placed.id(), placed.title(), placed.intro(),
                    placed.relevant().map(NodeReader.ParsedCondition::condition), own, placed.line()));
        }
        return result;
    }

    // --- helpers ------------------------------------------------------------------------------

    /** The question with {@code code}, once parsed without errors. */
    private Optional<Question> placedQuestion(String code) {
        return Optional.ofNullable(questionIndex.get(code)).map(i -> questions.get(i).question());
    }

    private boolean uniqueQuestion(String code, Node node) {
        Integer first = questionIndex.get(code);
        if (first != null) {
            errors.at(node, "duplicate question code " + code + " (first at line "
                    + questions.get(first).question().line() + ")");
            return false;
        }
        questionIndex.put(code, questions.size());
        return true;
    }

    private static Optional<Node> peek(Node node, String key) {
        if (!(node instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key))
                .map(NodeTuple::getValueNode)
                .findFirst();
    }

    private static Optional<String> peekScalar(Node node, String key) {
        return peek(node, key).flatMap(DefinitionParser::peekScalarValue);
    }

    static Optional<String> peekScalarValue(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    private static String typesWithKey(String key) {
        return TYPE_KEYS.entrySet().stream().filter(e -> e.getValue().contains(key))
                .map(e -> e.getKey().key()).collect(Collectors.joining(", "));
    }

    private static Map<QuestionType, List<String>> typeKeys() {
        Map<QuestionType, List<String>> keys = new EnumMap<>(QuestionType.class);
        keys.put(QuestionType.SINGLE, List.of("options", "optionSet", "other", "filterOptionsBy"));
        keys.put(QuestionType.MULTIPLE, List.of("options", "optionSet", "other", "none", "minChoices", "maxChoices",
                "filterOptionsBy"));
        keys.put(QuestionType.RANKING, List.of("options", "optionSet", "rankCount", "filterOptionsBy"));
        keys.put(QuestionType.LIKERT, List.of("scale"));
        keys.put(QuestionType.LIKERT_MATRIX, List.of("scale", "items"));
        keys.put(QuestionType.NUMBER, List.of("min", "max", "integer", "unit"));
        keys.put(QuestionType.TEXT, List.of("maxLength"));
        keys.put(QuestionType.LONGTEXT, List.of("maxLength"));
        keys.put(QuestionType.DATE, List.of("minDate", "maxDate"));
        keys.put(QuestionType.YESNO, List.of());
        return keys;
    }
}
