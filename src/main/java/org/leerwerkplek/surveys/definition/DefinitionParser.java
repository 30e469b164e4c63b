package org.leerwerkplek.surveys.definition;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
    private static final Map<Language, String[]> YES_NO = Map.of(
            Language.NL, new String[] {"Ja", "Nee"},
            Language.FR, new String[] {"Oui", "Non"},
            Language.EN, new String[] {"Yes", "No"});
    private static final LocalizedText MISSING = LocalizedText.dutch("?");
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.01");

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
        Analysis analysis = fields.get("analysis").map(this::analysis).orElse(Analysis.EMPTY);
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
    static Optional<List<Language>> readLanguages(NodeReader reader, Node node) {
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
            if (name.isEmpty() || !unique(lines, name.get(), entry.getKeyNode(), "optionSets: duplicate option set")) {
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
                    if (unique(codes, o.code(), item, context + ": duplicate option code")) {
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
            if (name.isEmpty() || !unique(lines, name.get(), entry.getKeyNode(), "scales: duplicate scale")) {
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
            id.ifPresent(i -> unique(ids, i, f.get("id").orElseThrow(), "duplicate section id"));
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
                .map(n -> messages(n, context, questionType)).orElse(Map.of());
        Choices choices = Choices.EMPTY;
        if (questionType == QuestionType.YESNO) {
            choices = Choices.of(yesNoOptions());
        } else if (questionType.hasOptions()) {
            choices = choices(f, questionType, context);
        }
        Optional<Scale> scale = f.get("scale").flatMap(n -> scale(n, context));
        List<Option> items = f.get("items").map(n -> items(n, context)).orElse(List.of());
        NumberRange numberRange = questionType == QuestionType.NUMBER ? numberRange(f, context) : NumberRange.DEFAULT;
        OptionalInt maxLength = maxLength(f, questionType, context);
        DateRange dateRange = questionType == QuestionType.DATE ? dateRange(f, context) : DateRange.OPEN;
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

    private Map<MessageKey, LocalizedText> messages(Node node, String context, QuestionType type) {
        Map<MessageKey, LocalizedText> messages = new EnumMap<>(MessageKey.class);
        for (NodeTuple entry : reader.entries(node, context + ".messages").orElse(List.of())) {
            Node keyNode = entry.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : NodeReader.describe(keyNode);
            Optional<MessageKey> messageKey = MessageKey.fromKey(key);
            if (messageKey.isEmpty()) {
                errors.at(keyNode, context + ".messages: unknown message key '" + key + "'; expected one of "
                        + MessageKey.keysFor(type));
            } else if (!messageKey.get().appliesTo(type)) {
                errors.at(keyNode, context + ".messages: message key '" + key + "' does not apply to a " + type
                        + " question; expected one of " + MessageKey.keysFor(type));
            } else if (messages.containsKey(messageKey.get())) {
                errors.at(keyNode, context + ".messages: duplicate message key '" + key + "'");
            } else {
                reader.text(entry.getValueNode(), context + ".messages." + key)
                        .ifPresent(t -> messages.put(messageKey.get(), t));
            }
        }
        return messages;
    }

    private List<Option> yesNoOptions() {
        Map<Language, String> yes = new EnumMap<>(Language.class);
        Map<Language, String> no = new EnumMap<>(Language.class);
        for (Language language : languages) {
            yes.put(language, YES_NO.get(language)[0]);
            no.put(language, YES_NO.get(language)[1]);
        }
        return List.of(new Option("JA", new LocalizedText(yes)), new Option("NEE", new LocalizedText(no)));
    }

    private Choices choices(Fields f, QuestionType type, String context) {
        boolean hasList = f.has("options");
        boolean hasSet = f.has("optionSet");
        if (hasList && hasSet) {
            errors.at(f.keyNode("optionSet"), context + ": use either options or optionSet, not both");
        } else if (!hasList && !hasSet) {
            errors.at(f.node(), context + ": missing required key 'options' (or 'optionSet')");
        }
        List<Option> options = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        boolean complete = hasList != hasSet;
        Optional<String> setName = Optional.empty();
        if (hasList) {
            Optional<List<Node>> items = f.get("options").flatMap(n -> reader.list(n, context + ".options", true));
            complete &= items.isPresent();
            for (Node item : items.orElse(List.of())) {
                Optional<Option> option = reader.option(item, context + ".options", "option code");
                complete &= option.isPresent();
                option.filter(o -> unique(codes, o.code(), item, context + ": duplicate option code"))
                        .ifPresent(options::add);
            }
        } else if (hasSet) {
            Node setNode = f.get("optionSet").orElseThrow();
            setName = reader.id(setNode, context + ".optionSet", "option set name");
            if (setName.isPresent() && !optionSets.containsKey(setName.get())) {
                errors.at(setNode, context + ".optionSet: option set '" + setName.get() + "' is not defined"
                        + defined(optionSets.keySet()));
                complete = false;
            }
            setName.map(optionSets::get).ifPresent(set -> set.forEach(o -> {
                codes.put(o.code(), setNode.getStartMark().getLine() + 1);
                options.add(o);
            }));
        }
        Optional<Option> other = f.get("other").flatMap(n -> reader.option(n, context + ".other", "option code"))
                .filter(o -> unique(codes, o.code(), f.get("other").orElseThrow(),
                        context + ": duplicate option code"));
        Optional<Option> none = f.get("none").flatMap(n -> reader.option(n, context + ".none", "option code"))
                .filter(o -> unique(codes, o.code(), f.get("none").orElseThrow(),
                        context + ": duplicate option code"));
        int choosable = options.size() + (other.isPresent() ? 1 : 0);
        OptionalInt minChoices = optionalInt(f, "minChoices", context, 0);
        OptionalInt maxChoices = optionalInt(f, "maxChoices", context, 1);
        if (minChoices.isPresent() && maxChoices.isPresent() && minChoices.getAsInt() > maxChoices.getAsInt()) {
            errors.at(f.get("maxChoices").orElseThrow(), context + ": minChoices (" + minChoices.getAsInt()
                    + ") is larger than maxChoices (" + maxChoices.getAsInt() + ")");
        }
        if (complete && maxChoices.isPresent() && maxChoices.getAsInt() > choosable) {
            errors.at(f.get("maxChoices").orElseThrow(), context + ".maxChoices: " + maxChoices.getAsInt()
                    + " is larger than the number of options (" + choosable + ")");
        }
        if (complete && minChoices.isPresent() && minChoices.getAsInt() > choosable) {
            errors.at(f.get("minChoices").orElseThrow(), context + ".minChoices: " + minChoices.getAsInt()
                    + " is larger than the number of options (" + choosable + ")");
        }
        OptionalInt rankCount = optionalInt(f, "rankCount", context, 1);
        if (complete && rankCount.isPresent() && rankCount.getAsInt() > options.size()) {
            errors.at(f.get("rankCount").orElseThrow(), context + ".rankCount: " + rankCount.getAsInt()
                    + " is larger than the number of options (" + options.size() + ")");
        }
        Optional<String> filter = f.get("filterOptionsBy").flatMap(n -> peekScalarValue(n));
        if (f.has("filterOptionsBy") && f.has("none")) {
            errors.at(f.keyNode("none"), context + ": a filtered question (filterOptionsBy) cannot have none");
        }
        return new Choices(options, setName, other, none, minChoices, maxChoices, rankCount, filter);
    }

    private Optional<Scale> scale(Node node, String context) {
        Optional<String> name = reader.id(node, context + ".scale", "scale name");
        if (name.isPresent() && !scales.containsKey(name.get())) {
            errors.at(node, context + ".scale: scale '" + name.get() + "' is not defined" + defined(scales.keySet()));
            return Optional.empty();
        }
        return name.map(scales::get);
    }

    private List<Option> items(Node node, String context) {
        List<Option> items = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (Node item : reader.list(node, context + ".items", true).orElse(List.of())) {
            reader.option(item, context + ".items", "item code")
                    .filter(o -> unique(codes, o.code(), item, context + ": duplicate item code"))
                    .ifPresent(items::add);
        }
        return items;
    }

    private NumberRange numberRange(Fields f, String context) {
        Optional<BigDecimal> min = f.get("min").flatMap(n -> reader.number(n, context + ".min"));
        Optional<BigDecimal> max = f.get("max").flatMap(n -> reader.number(n, context + ".max"));
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            errors.at(f.get("max").orElseThrow(), context + ": min (" + min.get().toPlainString()
                    + ") is larger than max (" + max.get().toPlainString() + ")");
        }
        boolean integer = f.get("integer").flatMap(n -> reader.bool(n, context + ".integer")).orElse(true);
        Optional<LocalizedText> unit = f.get("unit").flatMap(n -> reader.text(n, context + ".unit"));
        return new NumberRange(min, max, integer, unit);
    }

    private OptionalInt maxLength(Fields f, QuestionType type, String context) {
        if (type != QuestionType.TEXT && type != QuestionType.LONGTEXT) {
            return OptionalInt.empty();
        }
        int fallback = type == QuestionType.TEXT ? 200 : 4000;
        return OptionalInt.of(f.get("maxLength").flatMap(n -> reader.integer(n, context + ".maxLength", 1))
                .orElse(fallback));
    }

    private DateRange dateRange(Fields f, String context) {
        Optional<DateBound> min = f.get("minDate").flatMap(n -> reader.dateBound(n, context + ".minDate"));
        Optional<DateBound> max = f.get("maxDate").flatMap(n -> reader.dateBound(n, context + ".maxDate"));
        if (min.flatMap(DateBound::date).isPresent() && max.flatMap(DateBound::date).isPresent()
                && min.get().date().get().isAfter(max.get().date().get())) {
            errors.at(f.get("maxDate").orElseThrow(), context + ": minDate (" + min.get() + ") is after maxDate ("
                    + max.get() + ")");
        }
        return new DateRange(min, max);
    }

    private OptionalInt optionalInt(Fields f, String key, String context, int min) {
        return f.get(key).flatMap(n -> reader.integer(n, context + "." + key, min))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
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

    // --- analysis --------------------------------------------------------------------------

    private Analysis analysis(Node node) {
        Optional<Fields> read = reader.fields(node, "analysis", List.of(),
                List.of("subgroups", "referenceShares", "multipleResponseSets"));
        if (read.isEmpty()) {
            return Analysis.EMPTY;
        }
        Fields f = read.get();
        List<String> subgroups = f.get("subgroups").map(this::subgroups).orElse(List.of());
        List<ReferenceShare> shares = f.get("referenceShares").map(this::referenceShares).orElse(List.of());
        List<MultipleResponseSet> sets = f.get("multipleResponseSets").map(this::multipleResponseSets)
                .orElse(List.of());
        return new Analysis(subgroups, shares, sets);
    }

    private List<String> subgroups(Node node) {
        List<String> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : reader.list(node, "analysis.subgroups", false).orElse(List.of())) {
            reader.code(item, "analysis.subgroups", "question code")
                    .filter(c -> unique(seen, c, item, "analysis.subgroups: duplicate question"))
                    .flatMap(c -> analysisQuestion(c, item, "analysis.subgroups",
                            EnumSet.of(QuestionType.SINGLE, QuestionType.YESNO)))
                    .ifPresent(q -> result.add(q.code()));
        }
        return result;
    }

    private Optional<Question> analysisQuestion(String code, Node node, String context, Set<QuestionType> types) {
        Integer index = questionIndex.get(code);
        if (index == null) {
            if (!brokenQuestions.contains(code)) {
                errors.at(node, context + ": unknown question " + code);
            }
            return Optional.empty();
        }
        Question question = questions.get(index).question();
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
            if (!unique(seen, code.get(), entry.getKeyNode(), context + ".shares: duplicate option")) {
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
                    .filter(c -> unique(ids, c, f.get("id").orElseThrow(),
                            "analysis.multipleResponseSets: duplicate set id"));
            String context = id.map(c -> "analysis.multipleResponseSets." + c).orElse(where);
            Optional<LocalizedText> label = f.get("label").flatMap(n -> reader.text(n, context + ".label"));
            Optional<List<String>> counted = f.get("countedValues")
                    .flatMap(n -> reader.codesOrNumbers(n, context + ".countedValues"));
            OptionalInt topN = optionalInt(f, "subgroupTopN", context, 1);
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
                        .filter(c -> unique(seen, c, item, context + ".questions: duplicate question"))
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

    // --- helpers ------------------------------------------------------------------------------

    /** Records {@code name} at the line of {@code node}; reports and returns false when it was seen before. */
    private boolean unique(Map<String, Integer> seen, String name, Node node, String message) {
        if (seen.containsKey(name)) {
            errors.at(node, message + " " + name + " (first at line " + seen.get(name) + ")");
            return false;
        }
        seen.put(name, node.getStartMark().getLine() + 1);
        return true;
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

    private static Optional<String> peekScalarValue(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    private static String defined(Set<String> names) {
        return names.isEmpty() ? " (none are defined)" : " (defined: " + String.join(", ", names) + ")";
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
