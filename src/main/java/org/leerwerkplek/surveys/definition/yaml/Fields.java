package org.leerwerkplek.surveys.definition.yaml;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML mapping, checked against the keys it may have: a missing required key, an
 * unknown key (with a suggestion for a likely typo), a duplicate key and a merge key are
 * reported. Only the known keys are kept.
 */
public final class Fields {

    private final MappingNode node;
    private final Map<String, NodeTuple> entries;

    private Fields(MappingNode node, Map<String, NodeTuple> entries) {
        this.node = node;
        this.entries = entries;
    }

    /**
     * Reads the mapping {@code node}.
     *
     * @param misplaced keys that belong elsewhere, with the message to give when one is found here
     */
    public static Optional<Fields> read(Node node, String context, ErrorCollector errors, Collection<String> required,
                                 Collection<String> optional, Map<String, String> misplaced) {
        if (!(node instanceof MappingNode mapping)) {
            errors.at(node, NodeReader.prefix(context) + "expected a mapping (key: value) but found "
                    + NodeReader.describe(node));
            return Optional.empty();
        }
        Set<String> allowed = new LinkedHashSet<>(required);
        allowed.addAll(optional);
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        Map<String, Integer> firstLines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (Tag.MERGE.equals(keyNode.getTag())) {
                errors.at(keyNode, NodeReader.prefix(context) + "merge keys (<<) are not allowed; write the keys out");
                continue;
            }
            if (!(keyNode instanceof ScalarNode scalar)) {
                errors.at(keyNode, NodeReader.prefix(context) + "a key must be a plain word, not "
                        + NodeReader.describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            int line = keyNode.getStartMark().getLine() + 1;
            if (firstLines.containsKey(key)) {
                errors.at(keyNode, NodeReader.prefix(context) + "duplicate key '" + key + "' (first at line "
                        + firstLines.get(key) + ")");
                continue;
            }
            firstLines.put(key, line);
            if (!allowed.contains(key)) {
                String message = misplaced.containsKey(key) ? misplaced.get(key)
                        : "unknown key '" + key + "'" + suggestion(key, allowed) + "; expected one of "
                        + String.join(", ", allowed);
                errors.at(keyNode, NodeReader.prefix(context) + message);
                continue;
            }
            entries.put(key, tuple);
        }
        for (String key : required) {
            if (!firstLines.containsKey(key)) {
                errors.at(node, NodeReader.prefix(context) + "missing required key '" + key + "'");
            }
        }
        return Optional.of(new Fields(mapping, entries));
    }

    public static Optional<Fields> read(Node node, String context, ErrorCollector errors, Collection<String> required,
                                 Collection<String> optional) {
        return read(node, context, errors, required, optional, Map.of());
    }

    public MappingNode node() {
        return node;
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Optional<Node> get(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** The key node of {@code key}, for positions; the mapping itself when the key is absent. */
    public Node keyNode(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode).orElse(node);
    }

    private static String suggestion(String key, Set<String> allowed) {
        return allowed.stream()
                .filter(candidate -> distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT)) <= 2)
                .findFirst()
                .map(candidate -> " (did you mean '" + candidate + "'?)")
                .orElse("");
    }

    /** Levenshtein distance, for typo suggestions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
