package org.leerwerkplek.surveys.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.leerwerkplek.surveys.definition.model.Choices;
import org.leerwerkplek.surveys.definition.model.DateBound;
import org.leerwerkplek.surveys.definition.model.DateRange;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.MessageKey;
import org.leerwerkplek.surveys.definition.model.NumberRange;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.QuestionType;
import org.leerwerkplek.surveys.definition.model.Scale;
import org.leerwerkplek.surveys.definition.yaml.ErrorCollector;
import org.leerwerkplek.surveys.definition.yaml.Fields;
import org.leerwerkplek.surveys.definition.yaml.NodeReader;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The parts of a question that depend on its type: options (own, from an option set, "other" and
 * "none"), scale and items, number and date ranges, text length and the question's own messages.
 * Option sets and scales are those the file defined before its sections.
 */
final class QuestionDetailsParser {

    private static final Map<Language, String[]> YES_NO = Map.of(
            Language.NL, new String[] {"Ja", "Nee"},
            Language.FR, new String[] {"Oui", "Non"},
            Language.EN, new String[] {"Yes", "No"});

    private final NodeReader reader;
    private final ErrorCollector errors;
    private final List<Language> languages;
    private final Map<String, List<Option>> optionSets;
    private final Map<String, Scale> scales;

    QuestionDetailsParser(NodeReader reader, ErrorCollector errors, List<Language> languages,
                          Map<String, List<Option>> optionSets, Map<String, Scale> scales) {
        this.reader = reader;
        this.errors = errors;
        this.languages = languages;
        this.optionSets = optionSets;
        this.scales = scales;
    }

    Map<MessageKey, LocalizedText> messages(Node node, String context, QuestionType type) {
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

    List<Option> yesNoOptions() {
        Map<Language, String> yes = new EnumMap<>(Language.class);
        Map<Language, String> no = new EnumMap<>(Language.class);
        for (Language language : languages) {
            yes.put(language, YES_NO.get(language)[0]);
            no.put(language, YES_NO.get(language)[1]);
        }
        return List.of(new Option("JA", new LocalizedText(yes)), new Option("NEE", new LocalizedText(no)));
    }

    Choices choices(Fields f, QuestionType type, String context) {
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
                option.filter(o -> reader.unique(codes, o.code(), item, context + ": duplicate option code"))
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
                .filter(o -> reader.unique(codes, o.code(), f.get("other").orElseThrow(),
                        context + ": duplicate option code"));
        Optional<Option> none = f.get("none").flatMap(n -> reader.option(n, context + ".none", "option code"))
                .filter(o -> reader.unique(codes, o.code(), f.get("none").orElseThrow(),
                        context + ": duplicate option code"));
        int choosable = options.size() + (other.isPresent() ? 1 : 0);
        OptionalInt minChoices = reader.optionalInt(f, "minChoices", context, 0);
        OptionalInt maxChoices = reader.optionalInt(f, "maxChoices", context, 1);
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
        OptionalInt rankCount = reader.optionalInt(f, "rankCount", context, 1);
        if (complete && rankCount.isPresent() && rankCount.getAsInt() > options.size()) {
            errors.at(f.get("rankCount").orElseThrow(), context + ".rankCount: " + rankCount.getAsInt()
                    + " is larger than the number of options (" + options.size() + ")");
        }
        Optional<String> filter = f.get("filterOptionsBy").flatMap(DefinitionParser::peekScalarValue);
        if (f.has("filterOptionsBy") && f.has("none")) {
            errors.at(f.keyNode("none"), context + ": a filtered question (filterOptionsBy) cannot have none");
        }
        return new Choices(options, setName, other, none, minChoices, maxChoices, rankCount, filter);
    }

    Optional<Scale> scale(Node node, String context) {
        Optional<String> name = reader.id(node, context + ".scale", "scale name");
        if (name.isPresent() && !scales.containsKey(name.get())) {
            errors.at(node, context + ".scale: scale '" + name.get() + "' is not defined" + defined(scales.keySet()));
            return Optional.empty();
        }
        return name.map(scales::get);
    }

    List<Option> items(Node node, String context) {
        List<Option> items = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        for (Node item : reader.list(node, context + ".items", true).orElse(List.of())) {
            reader.option(item, context + ".items", "item code")
                    .filter(o -> reader.unique(codes, o.code(), item, context + ": duplicate item code"))
                    .ifPresent(items::add);
        }
        return items;
    }

    NumberRange numberRange(Fields f, String context) {
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

    OptionalInt maxLength(Fields f, QuestionType type, String context) {
        if (type != QuestionType.TEXT && type != QuestionType.LONGTEXT) {
            return OptionalInt.empty();
        }
        int fallback = type == QuestionType.TEXT ? 200 : 4000;
        return OptionalInt.of(f.get("maxLength").flatMap(n -> reader.integer(n, context + ".maxLength", 1))
                .orElse(fallback));
    }

    DateRange dateRange(Fields f, String context) {
        Optional<DateBound> min = f.get("minDate").flatMap(n -> reader.dateBound(n, context + ".minDate"));
        Optional<DateBound> max = f.get("maxDate").flatMap(n -> reader.dateBound(n, context + ".maxDate"));
        if (min.flatMap(DateBound::date).isPresent() && max.flatMap(DateBound::date).isPresent()
                && min.get().date().get().isAfter(max.get().date().get())) {
            errors.at(f.get("maxDate").orElseThrow(), context + ": minDate (" + min.get() + ") is after maxDate ("
                    + max.get() + ")");
        }
        return new DateRange(min, max);
    }

    private static String defined(Set<String> names) {
        return names.isEmpty() ? " (none are defined)" : " (defined: " + String.join(", ", names) + ")";
    }
}
