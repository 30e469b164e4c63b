package org.leerwerkplek.surveys.definition.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.Option;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the texts of a file for {@link NodeReader}: a text per language ({@code nl: "…", fr: "…"}),
 * alone or with a code as an option. Until the file's {@code languages} is read, only {@code nl}
 * is required; from then on exactly the file's languages.
 */
final class TextReader {

    private final NodeReader nodes;
    private final ErrorCollector errors;
    private Set<Language> languages = Set.of(Language.NL);
    private boolean languagesKnown;

    TextReader(NodeReader nodes, ErrorCollector errors) {
        this.nodes = nodes;
        this.errors = errors;
    }

    /** The languages every text must have, once the file's {@code languages} has been read. */
    void useLanguages(Collection<Language> fileLanguages) {
        this.languages = Set.copyOf(fileLanguages);
        this.languagesKnown = true;
    }

    /** A text in every language of the file: a mapping {@code nl: "…", fr: "…"}. */
    Optional<LocalizedText> text(Node node, String context) {
        if (!(node instanceof MappingNode mapping)) {
            errors.at(node, NodeReader.prefix(context) + "expected a text per language ({nl: \"…\", fr: \"…\"}) "
                    + "but found " + NodeReader.describe(node));
            return Optional.empty();
        }
        return texts(mapping, context, mapping.getValue());
    }

    /**
     * An option written as {@code {code: X, nl: "…", fr: "…"}}: an option, matrix item, {@code other},
     * {@code none} or {@code na} point, whose code is read by {@code codeReader}.
     */
    Optional<Option> option(Node node, String context, BiFunction<Node, String, Optional<String>> codeReader) {
        if (!(node instanceof MappingNode mapping)) {
            errors.at(node, NodeReader.prefix(context) + "expected {code: …, " + languageList() + "} but found "
                    + NodeReader.describe(node));
            return Optional.empty();
        }
        Node codeNode = null;
        List<NodeTuple> texts = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("code")) {
                if (codeNode != null) {
                    errors.at(key, NodeReader.prefix(context) + "duplicate key 'code'");
                }
                codeNode = tuple.getValueNode();
            } else {
                texts.add(tuple);
            }
        }
        if (codeNode == null) {
            errors.at(node, NodeReader.prefix(context) + "missing required key 'code'");
            texts(mapping, context, texts);
            return Optional.empty();
        }
        Optional<String> code = codeReader.apply(codeNode, context);
        String textContext = code.map(c -> context + "." + c).orElse(context);
        Optional<LocalizedText> label = texts(mapping, textContext, texts);
        if (code.isEmpty() || label.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Option(code.get(), label.get()));
    }

    private Optional<LocalizedText> texts(MappingNode owner, String context, List<NodeTuple> tuples) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        boolean ok = true;
        for (NodeTuple tuple : tuples) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : NodeReader.describe(keyNode);
            Optional<Language> language = Language.fromCode(key);
            if (language.isEmpty()) {
                errors.at(keyNode, NodeReader.prefix(context) + "unknown key '" + key + "'; expected "
                        + languageList());
                ok = false;
                continue;
            }
            if (texts.containsKey(language.get())) {
                errors.at(keyNode, NodeReader.prefix(context) + "duplicate language " + key);
                ok = false;
                continue;
            }
            if (languagesKnown && !languages.contains(language.get())) {
                errors.at(keyNode, NodeReader.prefix(context) + "language " + key + " is not in languages ["
                        + languagesInOrder() + "]; remove it or add it to languages");
                ok = false;
                continue;
            }
            Optional<String> value = nodes.string(tuple.getValueNode(), context + "." + key);
            if (value.isEmpty()) {
                ok = false;
                continue;
            }
            texts.put(language.get(), value.get());
        }
        for (Language language : Language.values()) {
            boolean expected = languagesKnown ? languages.contains(language) : language == Language.NL;
            if (expected && !texts.containsKey(language) && !hasKey(tuples, language.code())) {
                errors.at(owner, NodeReader.prefix(context) + "missing language " + language.code());
                ok = false;
            }
        }
        return ok ? Optional.of(new LocalizedText(texts)) : Optional.empty();
    }

    private static boolean hasKey(List<NodeTuple> tuples, String key) {
        return tuples.stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key));
    }

    private String languagesInOrder() {
        return List.of(Language.values()).stream().filter(languages::contains).map(Language::code)
                .collect(Collectors.joining(", "));
    }

    private String languageList() {
        return List.of(Language.values()).stream().filter(languages::contains).map(l -> l.code() + ": \"…\"")
                .collect(Collectors.joining(", "));
    }
}
