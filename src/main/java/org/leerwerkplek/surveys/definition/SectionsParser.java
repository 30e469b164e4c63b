package org.leerwerkplek.surveys.definition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leerwerkplek.surveys.definition.model.ConditionChecker;
import org.leerwerkplek.surveys.definition.model.Choices;
import org.leerwerkplek.surveys.definition.model.DateRange;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.MessageKey;
import org.leerwerkplek.surveys.definition.model.NumberRange;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Scale;
import org.leerwerkplek.surveys.definition.model.Section;
import org.leerwerkplek.surveys.definition.yaml.ErrorCollector;
import org.leerwerkplek.surveys.definition.yaml.Fields;
import org.leerwerkplek.surveys.definition.yaml.NodeReader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the {@code sections} of an instrument file (README sections 3-6) for {@link DefinitionParser}:
 * each section with its questions, then, once all are read, what their conditions and option
 * filters refer to (earlier questions only). Problems go to the file's error collector.
 */
final class SectionsParser {

    private static final List<String> QUESTION_REQUIRED = List.of("code", "type", "label");
    private static final List<String> QUESTION_OPTIONAL = List.of("help", "required", "relevant", "messages");
    private static final Map<QuestionType, List<String>> TYPE_KEYS = typeKeys();
    private static final Map<QuestionType, List<String>> TYPE_REQUIRED = Map.of(
            QuestionType.LIKERT, List.of("scale"),
            QuestionType.LIKERT_MATRIX, List.of("scale", "items"));
    private static final LocalizedText MISSING = LocalizedText.dutch("?");

    private final NodeReader reader;
    private final ErrorCollector errors;
    private final QuestionDetailsParser details;
    private final List<Placed> questions = new ArrayList<>();
    private final Map<String, Integer> questionIndex = new HashMap<>();
    private final Set<String> brokenQuestions = new HashSet<>();
    private final List<PlacedSection> sections = new ArrayList<>();

    /** A question with what phase two needs: its section, its condition and its filter node. */
    private record Placed(Question question, int section, Optional<NodeReader.ParsedCondition> relevant,
                          Optional<Node> filterNode) {
    }

    /** A section before its questions are attached. */
    private record PlacedSection(String id, LocalizedText title, Optional<LocalizedText> intro,
                                 Optional<NodeReader.ParsedCondition> relevant, int line) {
    }

    SectionsParser(NodeReader reader, ErrorCollector errors, List<Language> languages,
                   Map<String, List<Option>> optionSets, Map<String, Scale> scales) {
        this.reader = reader;
        this.errors = errors;
        this.details = new QuestionDetailsParser(reader, errors, languages, optionSets, scales);
    }

    /** The codes of questions that have errors of their own (already reported). */
    Set<String> brokenQuestions() {
        return brokenQuestions;
    }

    /** Reads the {@code sections} list with their questions. */
    void read(Node node) {
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

    /** Phase two, once every question is read: checks what conditions and filters refer to. */
    void checkConditionsAndFilters() {
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

    /** The sections with their questions, as read. */
    List<Section> sections() {
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
    Optional<Question> question(String code) {
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
