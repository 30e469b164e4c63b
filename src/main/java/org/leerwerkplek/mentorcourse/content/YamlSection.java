package org.leerwerkplek.mentorcourse.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML text of a course file (a module's front matter or {@code course.yaml}) read as
 * SnakeYAML nodes, so that every problem can name the line of the file it stands on. Only the
 * node tree is built: no Java object is ever constructed from the YAML.
 */
final class YamlSection {

    /** A key of a mapping with the line it stands on, and its value. */
    record Entry(String key, int line, Node value) {
    }

    private final String file;
    private final int firstLine;
    private final List<ContentProblem> problems = new ArrayList<>();

    /**
     * @param file      the file name used in problems
     * @param firstLine the line of the file on which the YAML text starts, from 1
     */
    YamlSection(String file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    /** The root node of {@code text}; empty for an empty text or a syntax error (reported). */
    Optional<Node> compose(String text) {
        try {
            return Optional.ofNullable(new Yaml().compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            problem(mark == null ? firstLine : firstLine + mark.getLine(), "YAML syntax error: " + problem);
        } catch (YAMLException e) {
            problem(firstLine, "YAML syntax error: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The file line of a node. */
    int line(Node node) {
        return firstLine + node.getStartMark().getLine();
    }

    void problem(int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    void problem(int line, String context, String message) {
        problem(line, context.isEmpty() ? message : context + ": " + message);
    }

    List<ContentProblem> problems() {
        return List.copyOf(problems);
    }

    int problemCount() {
        return problems.size();
    }

    /**
     * The entries of a mapping by key. Reports a node that is not a mapping, a key that is not
     * plain text, a duplicate key, a key outside {@code allowed} and a missing {@code required}
     * key (at {@code line}, the line of the key that holds this mapping).
     */
    Optional<Map<String, Entry>> mapping(Node node, String context, int line, Collection<String> required,
                                         Collection<String> allowed) {
        Optional<Map<String, Entry>> entries = entries(node, context, allowed::contains);
        entries.ifPresent(found -> {
            for (String key : required) {
                if (!found.containsKey(key)) {
                    problem(line, context, "missing required key '" + key + "'");
                }
            }
        });
        return entries;
    }

    /** The entries of a mapping with any text keys; reports what {@link #mapping} reports but unknown keys. */
    Optional<Map<String, Entry>> mapping(Node node, String context) {
        return entries(node, context, key -> true);
    }

    private Optional<Map<String, Entry>> entries(Node node, String context, Predicate<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem(line(node), context, "expected a mapping of keys and values");
            return Optional.empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problem(line(keyNode), context, "a key must be plain text");
                continue;
            }
            String key = scalar.getValue();
            if (entries.containsKey(key)) {
                problem(line(keyNode), context, "duplicate key '" + key + "'");
            } else if (!allowed.test(key)) {
                problem(line(keyNode), context, "unknown key '" + key + "'");
            } else {
                entries.put(key, new Entry(key, line(keyNode), tuple.getValueNode()));
            }
        }
        return Optional.of(entries);
    }

    /** The items of a sequence; reports a node that is not a sequence. */
    Optional<List<Node>> sequence(Node node, String context) {
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        problem(line(node), context, "expected a list");
        return Optional.empty();
    }

    /**
     * The trimmed text of a scalar, or empty when it is blank or null. Reports a node that is
     * a list or mapping instead of a text.
     */
    Optional<String> optionalText(Node node, String context) {
        if (!(node instanceof ScalarNode scalar)) {
            problem(line(node), context, "expected a text");
            return Optional.empty();
        }
        if (Tag.NULL.equals(scalar.getTag())) {
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The text of a scalar; reports one that is missing, blank or not a text. */
    Optional<String> text(Node node, String context) {
        int before = problemCount();
        Optional<String> text = optionalText(node, context);
        if (text.isEmpty() && problemCount() == before) {
            problem(line(node), context, "must not be empty");
        }
        return text;
    }

    /** A whole number of at least 1; reports anything else. */
    OptionalInt positiveInteger(Node node, String context) {
        if (node instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())
                && scalar.getValue().matches("[0-9]{1,9}")) {
            int value = Integer.parseInt(scalar.getValue());
            if (value >= 1) {
                return OptionalInt.of(value);
            }
        }
        problem(line(node), context, "must be a positive whole number");
        return OptionalInt.empty();
    }

    /** {@code true} or {@code false}; reports anything else. */
    Optional<Boolean> bool(Node node, String context) {
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            String value = scalar.getValue().toLowerCase(Locale.ROOT);
            if (value.equals("true") || value.equals("false")) {
                return Optional.of(value.equals("true"));
            }
        }
        problem(line(node), context, "must be true or false");
        return Optional.empty();
    }
}
