package org.leerwerkplek.surveys.definition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.Analysis;
import org.leerwerkplek.surveys.definition.analysis.AnalysisBlockParser;
import org.leerwerkplek.surveys.definition.model.Change;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.LocalizedText;
import org.leerwerkplek.surveys.definition.model.Option;
import org.leerwerkplek.surveys.definition.model.Scale;
import org.leerwerkplek.surveys.definition.model.ScalePoint;
import org.leerwerkplek.surveys.definition.yaml.ErrorCollector;
import org.leerwerkplek.surveys.definition.yaml.Fields;
import org.leerwerkplek.surveys.definition.yaml.NodeReader;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;
import org.leerwerkplek.surveys.definition.yaml.YamlSource;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one instrument file ({@code <id>.yaml}, README sections 2-9) into an {@link Instrument}.
 * Every problem is reported with file, line and column, all problems of the file at once; a file
 * with any problem gives no instrument.
 */
public final class DefinitionParser {

    private static final List<String> TOP_REQUIRED = List.of("id", "version", "languages", "title", "sections");
    private static final List<String> TOP_OPTIONAL = List.of("intro", "changes", "optionSets", "scales", "analysis");
    private static final LocalizedText MISSING = LocalizedText.dutch("?");

    private final String fileName;
    private final String text;
    private final ErrorCollector errors;
    private final NodeReader reader;
    private List<Language> languages = List.of(Language.NL);
    private final Map<String, List<Option>> optionSets = new LinkedHashMap<>();
    private final Map<String, Scale> scales = new LinkedHashMap<>();

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
        SectionsParser sections = new SectionsParser(reader, errors, languages, optionSets, scales);
        fields.get("sections").ifPresent(sections::read);
        sections.checkConditionsAndFilters();
        Analysis analysis = fields.get("analysis")
                .map(n -> new AnalysisBlockParser(reader, errors, sections::question, sections.brokenQuestions())
                        .analysis(n))
                .orElse(Analysis.EMPTY);
        int versionLine = fields.keyNode("version").getStartMark().getLine() + 1;
        return errors.result(() -> new Instrument(id.orElseThrow(), version.orElseThrow(), languages,
                title.orElseThrow(), intro, changes, optionSets, scales, sections.sections(), analysis,
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

    // --- helpers ------------------------------------------------------------------------------

    /** The text of a scalar node; empty for a list or a mapping. */
    static Optional<String> peekScalarValue(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }
}
