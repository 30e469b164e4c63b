package org.leerwerkplek.surveys.definition.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns a file's text into a SnakeYAML node tree (each node keeps its position), refusing what
 * the README's YAML subset leaves out: tabs in indentation, anchors, aliases, explicit tags and
 * more than one document. Syntax errors are reported with SnakeYAML's position.
 */
public final class YamlSource {

    private YamlSource() {
    }

    /** Reads {@code file} as strict UTF-8; an unreadable or badly encoded file is reported and gives empty. */
    public static Optional<String> read(Path file, ErrorCollector errors) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            errors.at(1, 1, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            errors.at(1, 1, "the file is not valid UTF-8; save it as UTF-8");
            return Optional.empty();
        }
    }

    /** The root node of {@code text}, or empty when the text cannot be read as one YAML document. */
    public static Optional<Node> compose(String text, ErrorCollector errors) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        checkTabs(source, errors);
        int documents = 0;
        try {
            for (Event event : yaml().parse(new StringReader(source))) {
                if (event instanceof DocumentStartEvent) {
                    documents++;
                    if (documents == 2) {
                        errors.at(event.getStartMark(), "only one YAML document per file; remove the second '---'");
                    }
                }
                checkEvent(event, errors);
            }
        } catch (MarkedYAMLException e) {
            syntaxError(e, errors);
            return Optional.empty();
        } catch (YAMLException e) {
            errors.at(1, 1, "YAML syntax error: " + e.getMessage());
            return Optional.empty();
        }
        if (documents == 0) {
            errors.at(1, 1, "the file is empty");
            return Optional.empty();
        }
        if (documents > 1) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(yaml().compose(new StringReader(source)));
        } catch (YAMLException e) {
            errors.at(1, 1, "YAML error: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(false);
        return new Yaml(options);
    }

    private static void checkEvent(Event event, ErrorCollector errors) {
        if (event instanceof AliasEvent alias) {
            errors.at(event.getStartMark(), "aliases (*" + alias.getAnchor()
                    + ") are not allowed; write the value out");
            return;
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            errors.at(event.getStartMark(), "anchors (&" + node.getAnchor() + ") are not allowed");
        }
        String tag = null;
        if (event instanceof ScalarEvent scalar) {
            tag = scalar.getTag();
        } else if (event instanceof CollectionStartEvent collection) {
            tag = collection.getTag();
        }
        if (tag != null && !tag.equals("!")) {
            errors.at(event.getStartMark(), "explicit tags (" + shortTag(tag) + ") are not allowed; "
                    + "write text in double quotes instead");
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    private static void checkTabs(String text, ErrorCollector errors) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t'); c++) {
                if (line.charAt(c) == '\t') {
                    errors.at(i + 1, c + 1, "tab in indentation; indent with spaces (two per level)");
                    break;
                }
            }
        }
    }

    private static void syntaxError(MarkedYAMLException e, ErrorCollector errors) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(e.getProblem());
        if (e.getContext() != null) {
            message.append(" (").append(e.getContext());
            if (e.getContextMark() != null && e.getProblemMark() != null
                    && e.getContextMark().getLine() != e.getProblemMark().getLine()) {
                message.append(" started at line ").append(e.getContextMark().getLine() + 1);
            }
            message.append(')');
        }
        if (mark == null) {
            errors.at(1, 1, message.toString());
        } else {
            errors.at(mark, message.toString());
        }
    }
}
