package org.leerwerkplek.mentorcourse.content;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads the mentor course from its folder: {@code course.yaml} and every {@code modules/*.md}
 * (format and rules: {@code mentor-course/README.md}).
 *
 * <p>Loading never stops at the first problem. A module with a problem other than a missing
 * translation is left out, the others load; a module with a missing translation loads in the
 * languages it is complete in. Every problem is reported as {@code file:line: message}.
 */
public final class CourseLoader {

    /** The index file in the course folder. */
    public static final String INDEX = "course.yaml";
    /** The folder of the module files in the course folder. */
    public static final String MODULES = "modules";

    private static final List<String> INDEX_KEYS = List.of("id", "version", "title", "modules", "knelpunten");
    private static final List<String> LANGUAGE_KEYS = Stream.of(Language.values()).map(Language::code).toList();
    private static final Pattern KNELPUNT = Pattern.compile("K[0-9]{2}");

    private final ModuleParser parser = new ModuleParser();

    /** Loads the course in {@code folder}; the result holds the course (if any) and all problems. */
    public CourseLoadResult load(Path folder) {
        List<ContentProblem> problems = new ArrayList<>();
        List<ModuleParser.Result> files = readModules(folder.resolve(MODULES), problems);
        Map<String, ModuleParser.Result> declared = new LinkedHashMap<>();
        Map<String, CourseModule> modules = new HashMap<>();
        checkModules(files, declared, modules, problems);
        Optional<Course> course = readIndex(folder.resolve(INDEX), declared, modules, problems);
        problems.sort(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line));
        return new CourseLoadResult(course, problems);
    }

    private List<ModuleParser.Result> readModules(Path folder, List<ContentProblem> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(new ContentProblem(MODULES, 1, "folder not found"));
            return List.of();
        }
        List<Path> paths;
        try (Stream<Path> listing = Files.list(folder)) {
            paths = listing.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(MODULES, 1, "folder cannot be read: " + e.getMessage()));
            return List.of();
        }
        List<ModuleParser.Result> results = new ArrayList<>();
        for (Path path : paths) {
            String name = MODULES + "/" + path.getFileName();
            read(path, name, problems).ifPresent(text -> results.add(parser.parse(name, text)));
        }
        return results;
    }

    private static Optional<String> read(Path path, String name, List<ContentProblem> problems) {
        try {
            return Optional.of(Files.readString(path));
        } catch (MalformedInputException e) {
            problems.add(new ContentProblem(name, 1, "not valid UTF-8"));
        } catch (IOException e) {
            problems.add(new ContentProblem(name, 1, "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * Collects the parse problems, refuses a second module with the same id or order and a file
     * whose name does not follow {@code NN-id.md}, and keeps the modules without such problems.
     */
    private static void checkModules(List<ModuleParser.Result> files, Map<String, ModuleParser.Result> declared,
                                     Map<String, CourseModule> modules, List<ContentProblem> problems) {
        Map<Integer, ModuleParser.Result> byOrder = new HashMap<>();
        for (ModuleParser.Result file : files) {
            problems.addAll(file.problems());
            boolean keep = file.module().isPresent();
            if (file.declaredId().isPresent()) {
                ModuleParser.Result first = declared.putIfAbsent(file.declaredId().get(), file);
                if (first != null) {
                    problems.add(new ContentProblem(file.file(), file.idLine(),
                            "duplicate id '" + file.declaredId().get() + "' (also in " + first.file() + ")"));
                    keep = false;
                }
            }
            if (file.declaredOrder().isPresent()) {
                ModuleParser.Result first = byOrder.putIfAbsent(file.declaredOrder().getAsInt(), file);
                if (first != null) {
                    problems.add(new ContentProblem(file.file(), file.orderLine(),
                            "duplicate order " + file.declaredOrder().getAsInt() + " (also in " + first.file() + ")"));
                    keep = false;
                }
            }
            if (file.declaredId().isPresent() && file.declaredOrder().isPresent()) {
                String expected = MODULES + "/" + String.format("%02d-%s.md", file.declaredOrder().getAsInt(),
                        file.declaredId().get());
                if (!expected.equals(file.file())) {
                    problems.add(new ContentProblem(file.file(), 1,
                            "file name must be " + expected + " (two-digit order, then the id)"));
                    keep = false;
                }
            }
            if (keep) {
                CourseModule module = file.module().get();
                modules.put(module.id(), module);
            }
        }
    }

    private static Optional<Course> readIndex(Path path, Map<String, ModuleParser.Result> declared,
                                              Map<String, CourseModule> modules, List<ContentProblem> problems) {
        if (!Files.isRegularFile(path)) {
            problems.add(new ContentProblem(INDEX, 1, "file not found"));
            return Optional.empty();
        }
        Optional<String> text = read(path, INDEX, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        YamlSection yaml = new YamlSection(INDEX, 1);
        Optional<Course> course = yaml.compose(text.get())
                .flatMap(root -> index(yaml, root, declared, modules));
        if (course.isEmpty() && yaml.problemCount() == 0) {
            yaml.problem(1, "course.yaml is empty");
        }
        problems.addAll(yaml.problems());
        return course;
    }

    private static Optional<Course> index(YamlSection yaml, Node root, Map<String, ModuleParser.Result> declared,
                                          Map<String, CourseModule> modules) {
        Optional<Map<String, YamlSection.Entry>> read = yaml.mapping(root, "", 1, INDEX_KEYS, INDEX_KEYS);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, YamlSection.Entry> entries = read.get();
        Optional<String> id = Optional.ofNullable(entries.get("id")).flatMap(e -> yaml.text(e.value(), "id"));
        id.filter(value -> !ModuleParser.ID.matcher(value).matches()).ifPresent(value -> yaml.problem(
                entries.get("id").line(), "id '" + value + "' must be lowercase letters and digits, joined by single hyphens"));
        OptionalInt version = entries.containsKey("version")
                ? yaml.positiveInteger(entries.get("version").value(), "version") : OptionalInt.empty();
        Optional<LocalizedText> title = Optional.ofNullable(entries.get("title")).flatMap(e -> title(yaml, e));
        Optional<List<CourseModule>> listed = Optional.ofNullable(entries.get("modules"))
                .flatMap(e -> moduleList(yaml, e, declared, modules));
        Map<String, List<String>> knelpunten = Optional.ofNullable(entries.get("knelpunten"))
                .map(e -> knelpunten(yaml, e, declared, modules)).orElse(Map.of());
        if (id.isEmpty() || version.isEmpty() || title.isEmpty() || listed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Course(id.get(), version.getAsInt(), title.get(), listed.get(), knelpunten));
    }

    private static Optional<LocalizedText> title(YamlSection yaml, YamlSection.Entry entry) {
        return yaml.mapping(entry.value(), "title", entry.line(), LANGUAGE_KEYS, LANGUAGE_KEYS).map(entries -> {
            Map<Language, String> texts = new HashMap<>();
            for (Language language : Language.values()) {
                Optional.ofNullable(entries.get(language.code()))
                        .flatMap(e -> yaml.text(e.value(), "title " + language.code()))
                        .ifPresent(text -> texts.put(language, text));
            }
            return new LocalizedText(texts);
        });
    }

    /**
     * The modules named under {@code modules}, in course order. Reports an unknown or repeated id,
     * an id whose module declares another order than its position, and a module file that is
     * not listed.
     */
    private static Optional<List<CourseModule>> moduleList(YamlSection yaml, YamlSection.Entry entry,
                                                           Map<String, ModuleParser.Result> declared,
                                                           Map<String, CourseModule> modules) {
        Optional<List<Node>> items = yaml.sequence(entry.value(), "modules");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<CourseModule> listed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (Node item : items.get()) {
            position++;
            int line = yaml.line(item);
            Optional<String> moduleId = yaml.text(item, "modules");
            if (moduleId.isEmpty()) {
                continue;
            }
            String id = moduleId.get();
            ModuleParser.Result file = declared.get(id);
            if (file == null) {
                yaml.problem(line, "modules: unknown module '" + id + "' (no file in " + MODULES + "/ declares this id)");
            } else if (!seen.add(id)) {
                yaml.problem(line, "modules: '" + id + "' is listed twice");
            } else if (file.declaredOrder().isPresent() && file.declaredOrder().getAsInt() != position) {
                yaml.problem(line, "modules: '" + id + "' is listed at position " + position + " but "
                        + file.file() + ":" + file.orderLine() + " has order " + file.declaredOrder().getAsInt());
            }
            if (modules.containsKey(id) && !listed.contains(modules.get(id))) {
                listed.add(modules.get(id));
            }
        }
        for (ModuleParser.Result file : declared.values()) {
            if (!seen.contains(file.declaredId().orElseThrow())) {
                yaml.problem(entry.line(), "modules: '" + file.declaredId().get() + "' (" + file.file() + ") is not listed");
            }
        }
        listed.sort(Comparator.comparingInt(CourseModule::order));
        return Optional.of(listed);
    }

    /**
     * The knelpunt mapping, keeping only the modules that loaded (a module left out was
     * reported in its own file). Reports a code that is not {@code Knn} and an unknown module.
     */
    private static Map<String, List<String>> knelpunten(YamlSection yaml, YamlSection.Entry entry,
                                                        Map<String, ModuleParser.Result> declared,
                                                        Map<String, CourseModule> modules) {
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        Optional<Map<String, YamlSection.Entry>> codes = yaml.mapping(entry.value(), "knelpunten");
        codes.ifPresent(entries -> entries.values().forEach(code -> {
            if (!KNELPUNT.matcher(code.key()).matches()) {
                yaml.problem(code.line(), "knelpunten: code '" + code.key() + "' must be K followed by two digits");
                return;
            }
            List<String> ids = new ArrayList<>();
            yaml.sequence(code.value(), "knelpunten " + code.key()).ifPresent(items -> {
                for (Node item : items) {
                    yaml.text(item, "knelpunten " + code.key()).ifPresent(id -> {
                        if (!declared.containsKey(id)) {
                            yaml.problem(yaml.line(item), "knelpunten " + code.key() + ": unknown module '" + id + "'");
                        } else if (ids.contains(id)) {
                            yaml.problem(yaml.line(item), "knelpunten " + code.key() + ": '" + id + "' is listed twice");
                        } else if (modules.containsKey(id)) {
                            ids.add(id);
                        }
                    });
                }
            });
            mapping.put(code.key(), ids);
        }));
        return mapping;
    }
}
