package org.leerwerkplek.surveys.definition.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.leerwerkplek.surveys.definition.condition.Condition;
import org.leerwerkplek.surveys.definition.condition.ConditionParser;
import org.leerwerkplek.surveys.definition.condition.ConditionSyntaxException;
import org.leerwerkplek.surveys.definition.model.DateBound;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.Option;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads values from YAML nodes, reporting every value of the wrong kind with its position. Each
 * method returns empty after reporting a problem, so the caller can go on with the next value.
 */
public final class NodeReader {

    public static final Pattern STRUCTURAL_ID = Pattern.compile("[a-z][a-z0-9_]*");
    public static final Pattern DATA_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final ErrorCollector errors;
    private final String[] lines;
    private final TextReader texts;

    public NodeReader(ErrorCollector errors, String text) {
        this.errors = errors;
        this.lines = text.split("\r\n|\r|\n", -1);
        this.texts = new TextReader(this, errors);
    }

    public ErrorCollector errors() {
        return errors;
    }

    /** The languages every text must have, once the file's {@code languages} has been read. */
    public void useLanguages(Collection<Language> fileLanguages) {
        texts.useLanguages(fileLanguages);
    }

    public static String prefix(String context) {
        return context.isEmpty() ? "" : context + ": ";
    }

    /** What a node is, for messages: "a list", "the number 3", "text 'abc'". */
    public static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return "nothing";
        }
        if (Tag.BOOL.equals(tag)) {
            return "the true/false value " + scalar.getValue();
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "the number " + scalar.getValue();
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return "the date " + scalar.getValue();
        }
        return "text '" + scalar.getValue() + "'";
    }

    public Optional<Fields> fields(Node node, String context, Collection<String> required,
                                   Collection<String> optional) {
        return Fields.read(node, context, errors, required, optional);
    }

    public Optional<Fields> fields(Node node, String context, Collection<String> required,
                                   Collection<String> optional, Map<String, String> misplaced) {
        return Fields.read(node, context, errors, required, optional, misplaced);
    }

    /** The items of a list; with {@code nonEmpty}, an empty list is an error. */
    public Optional<List<Node>> list(Node node, String context, boolean nonEmpty) {
        if (!(node instanceof SequenceNode sequence)) {
            errors.at(node, prefix(context) + "expected a list but found " + describe(node));
            return Optional.empty();
        }
        if (nonEmpty && sequence.getValue().isEmpty()) {
            errors.at(node, prefix(context) + "the list is empty; give at least one entry");
            return Optional.empty();
        }
        return Optional.of(sequence.getValue());
    }

    /** The entries of a mapping whose keys are names (option sets, scales, shares). */
    public Optional<List<NodeTuple>> entries(Node node, String context) {
        if (!(node instanceof MappingNode mapping)) {
            errors.at(node, prefix(context) + "expected a mapping (name: value) but found " + describe(node));
            return Optional.empty();
        }
        return Optional.of(mapping.getValue());
    }

    /** A non-empty text scalar. */
    /**
     * One of a fixed set of words ({@code kind: population}), as the value it stands for; an
     * unknown word is reported as {@code context: unknown kind 'x'; expected a or b}.
     */
    public <T> Optional<T> word(Node node, String context, String what, Map<String, T> words) {
        Optional<String> value = string(node, context);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        T meant = words.get(value.get());
        if (meant == null) {
            errors.at(node, context + ": unknown " + what + " '" + value.get() + "'; expected "
                    + String.join(" or ", words.keySet()));
        }
        return Optional.ofNullable(meant);
    }

    public Optional<String> string(Node node, String context) {
        if (!(node instanceof ScalarNode scalar) || !Tag.STR.equals(node.getTag())) {
            errors.at(node, prefix(context) + "expected text but found " + describe(node)
                    + (node instanceof ScalarNode ? "; write texts in double quotes" : ""));
            return Optional.empty();
        }
        if (scalar.getValue().isBlank()) {
            errors.at(node, prefix(context) + "the text is empty");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    /** A lowercase structural id ({@code profiel}, {@code eens5}). */
    public Optional<String> id(Node node, String context, String what) {
        return name(node, context, what, STRUCTURAL_ID, "lowercase letters, digits and _, starting with a letter");
    }

    /** An UPPERCASE data code ({@code Q06_EVOLUTIE}, {@code GEGROEID}). */
    public Optional<String> code(Node node, String context, String what) {
        return name(node, context, what, DATA_CODE, "UPPERCASE letters, digits and _, starting with a letter");
    }

    private Optional<String> name(Node node, String context, String what, Pattern pattern, String rule) {
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(node.getTag())) {
            errors.at(node, prefix(context) + what + " must be text, but YAML reads '" + scalar.getValue()
                    + "' as true/false; use a code such as JA or NEE");
            return Optional.empty();
        }
        if (!(node instanceof ScalarNode scalar) || !Tag.STR.equals(node.getTag())) {
            errors.at(node, prefix(context) + what + " must be text, but found " + describe(node));
            return Optional.empty();
        }
        if (!pattern.matcher(scalar.getValue()).matches()) {
            errors.at(node, prefix(context) + what + " '" + scalar.getValue() + "' is not valid: use " + rule);
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    /** A whole number of at least {@code min}. */
    public Optional<Integer> integer(Node node, String context, int min) {
        if (!(node instanceof ScalarNode scalar) || !Tag.INT.equals(node.getTag())) {
            errors.at(node, prefix(context) + "expected a whole number but found " + describe(node));
            return Optional.empty();
        }
        int value;
        try {
            value = Integer.parseInt(scalar.getValue().replace("_", ""));
        } catch (NumberFormatException e) {
            errors.at(node, prefix(context) + "expected a whole number but found " + describe(node));
            return Optional.empty();
        }
        if (value < min) {
            errors.at(node, prefix(context) + "must be at least " + min + ", found " + value);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A number, whole or decimal. */
    public Optional<BigDecimal> number(Node node, String context) {
        if (node instanceof ScalarNode scalar && (Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()))) {
            try {
                return Optional.of(new BigDecimal(scalar.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                errors.at(node, prefix(context) + "expected a number written with digits and a decimal point "
                        + "but found " + scalar.getValue());
                return Optional.empty();
            }
        }
        errors.at(node, prefix(context) + "expected a number but found " + describe(node));
        return Optional.empty();
    }

    public Optional<Boolean> bool(Node node, String context) {
        if (!(node instanceof ScalarNode scalar) || !Tag.BOOL.equals(node.getTag())) {
            errors.at(node, prefix(context) + "expected true or false but found " + describe(node));
            return Optional.empty();
        }
        return Optional.of(Set.of("true", "yes", "on", "y").contains(scalar.getValue().toLowerCase(Locale.ROOT)));
    }

    /** A date {@code "YYYY-MM-DD"}, quoted or not. */
    public Optional<LocalDate> date(Node node, String context) {
        if (node instanceof ScalarNode scalar
                && (Tag.STR.equals(node.getTag()) || Tag.TIMESTAMP.equals(node.getTag()))) {
            try {
                return Optional.of(LocalDate.parse(scalar.getValue()));
            } catch (DateTimeParseException e) {
                errors.at(node, prefix(context) + "'" + scalar.getValue() + "' is not a date; write \"YYYY-MM-DD\"");
                return Optional.empty();
            }
        }
        errors.at(node, prefix(context) + "expected a date \"YYYY-MM-DD\" but found " + describe(node));
        return Optional.empty();
    }

    /** A bound of a date question: {@code today} or a date. */
    public Optional<DateBound> dateBound(Node node, String context) {
        if (node instanceof ScalarNode scalar && Tag.STR.equals(node.getTag()) && scalar.getValue().equals("today")) {
            return Optional.of(DateBound.TODAY);
        }
        return date(node, context).map(DateBound::on);
    }

    /** A text in every language of the file: a mapping {@code nl: "…", fr: "…"}; see {@link TextReader}. */
    public Optional<LocalizedText> text(Node node, String context) {
        return texts.text(node, context);
    }

    /** An option {@code {code: X, nl: "…", fr: "…"}}; {@code what} names the code in messages ("option code"). */
    public Optional<Option> option(Node node, String context, String what) {
        return texts.option(node, context, (codeNode, codeContext) -> code(codeNode, codeContext, what));
    }

    /** An option whose code is read by {@code codeReader} (a scale point has a whole number as code). */
    public Optional<Option> option(Node node, String context, BiFunction<Node, String, Optional<String>> codeReader) {
        return texts.option(node, context, codeReader);
    }

    /**
     * A condition: text on one line that follows the grammar. A syntax error is reported at its
     * place in the file when it can be found there, with its column inside the condition.
     */
    public Optional<ParsedCondition> condition(Node node, String context) {
        Optional<String> text = string(node, context);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (node.getStartMark().getLine() != node.getEndMark().getLine()) {
            errors.at(node, prefix(context) + "a condition must be written on one line");
            return Optional.empty();
        }
        try {
            return Optional.of(new ParsedCondition(text.get(), ConditionParser.parse(text.get()), node));
        } catch (ConditionSyntaxException e) {
            int line = node.getStartMark().getLine() + 1;
            int column = fileColumn((ScalarNode) node, e.column());
            errors.at(line, column, context + ", column " + e.column() + ": " + e.problem() + " in \"" + text.get()
                    + "\"");
            return Optional.empty();
        }
    }

    /** The file column of a position inside a one-line scalar; the scalar's own column if the text has escapes. */
    private int fileColumn(ScalarNode node, int columnInCondition) {
        int line = node.getStartMark().getLine();
        int start = node.getStartMark().getColumn();
        boolean quoted = node.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                || node.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED;
        int valueStart = quoted ? start + 1 : start;
        String raw = line < lines.length ? lines[line] : "";
        String value = node.getValue();
        if (valueStart + value.length() <= raw.length()
                && raw.substring(valueStart, valueStart + value.length()).equals(value)) {
            return valueStart + columnInCondition;
        }
        return start + 1;
    }

    /** Codes of a list scalar by scalar, keeping their text: {@code [JA]}, {@code [4, 5]}. */
    public Optional<List<String>> codesOrNumbers(Node node, String context) {
        Optional<List<Node>> items = list(node, context, true);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        boolean ok = true;
        for (Node item : items.get()) {
            if (item instanceof ScalarNode scalar && (Tag.STR.equals(item.getTag()) || Tag.INT.equals(item.getTag()))) {
                if (!values.add(scalar.getValue())) {
                    errors.at(item, prefix(context) + "duplicate value " + scalar.getValue());
                    ok = false;
                }
            } else {
                errors.at(item, prefix(context) + "expected a code or a whole number but found " + describe(item));
                ok = false;
            }
        }
        return ok ? Optional.of(List.copyOf(values)) : Optional.empty();
    }

    /** Records {@code name} at the line of {@code node}; reports and returns false when it was seen before. */
    public boolean unique(Map<String, Integer> seen, String name, Node node, String message) {
        if (seen.containsKey(name)) {
            errors.at(node, message + " " + name + " (first at line " + seen.get(name) + ")");
            return false;
        }
        seen.put(name, node.getStartMark().getLine() + 1);
        return true;
    }

    /** The optional integer at {@code key} (at least {@code min}); empty when absent or wrong (then reported). */
    public OptionalInt optionalInt(Fields f, String key, String context, int min) {
        return f.get(key).flatMap(n -> integer(n, context + "." + key, min))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** A condition as written, parsed, with the node it came from (for the scope checks). */
    public record ParsedCondition(String text, Condition condition, Node node) {
    }
}
