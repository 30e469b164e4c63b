package org.leerwerkplek.mentorcourse.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one module file: a YAML front matter between two {@code ---} lines, then one
 * {@code ::: nl} and one {@code ::: fr} block of Markdown (format: {@code mentor-course/README.md}).
 *
 * <p>Every problem is reported with its line. A missing or empty translation (a text without
 * {@code fr}, no {@code ::: fr} block) only makes the module unavailable in that language; any
 * other problem means no module at all, never a half-read one.
 */
public final class ModuleParser {

    /** The keys of a module's front matter, all required. */
    static final List<String> KEYS = List.of("id", "order", "focus", "minutes", "title", "summary", "reflection", "quiz");
    private static final List<String> QUESTION_KEYS = List.of("id", "question", "options", "explanation");
    private static final List<String> LANGUAGE_KEYS = Stream.of(Language.values()).map(Language::code).toList();
    private static final List<String> OPTION_KEYS = Stream.concat(LANGUAGE_KEYS.stream(), Stream.of("correct")).toList();
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern BLOCK_OPEN = Pattern.compile(":::\\s*(\\S+)");
    private static final String FENCE = "---";

    /**
     * What was read from one module file.
     *
     * @param file          the file as named in problems
     * @param module        the module, empty when a problem other than a missing translation was
     *                      found or no language is complete
     * @param declaredId    the id the front matter declares, when it could be read, even if the
     *                      module was dropped (so the course index can refer to it)
     * @param idLine        the line of the {@code id} key, or 1
     * @param declaredOrder the order the front matter declares, when it could be read
     * @param orderLine     the line of the {@code order} key, or 1
     * @param problems      every problem found, by line
     */
    public record Result(String file, Optional<CourseModule> module, Optional<String> declaredId, int idLine,
                         OptionalInt declaredOrder, int orderLine, List<ContentProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Parses {@code text}, the content of the module file named {@code file} in problems
     * ({@code modules/01-leerproces-structureren.md}).
     */
    public Result parse(String file, String text) {
        return new Reading(file, text).read();
    }

    /** The state of reading one file. */
    private static final class Reading {

        private final String file;
        private final List<String> lines;
        private final YamlSection yaml;
        private final List<ContentProblem> translationProblems = new ArrayList<>();
        private final Set<Language> incomplete = EnumSet.noneOf(Language.class);

        private String id;
        private int idLine = 1;
        private OptionalInt order = OptionalInt.empty();
        private int orderLine = 1;
        private Focus focus;
        private OptionalInt minutes = OptionalInt.empty();
        private LocalizedText title;
        private LocalizedText summary;
        private final List<LocalizedText> reflection = new ArrayList<>();
        private final List<QuizQuestion> quiz = new ArrayList<>();
        private final Map<Language, String> body = new EnumMap<>(Language.class);
        private final Set<Language> opened = EnumSet.noneOf(Language.class);

        Reading(String file, String text) {
            this.file = file;
            this.lines = lines(text);
            this.yaml = new YamlSection(file, 2);
        }

        Result read() {
            if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
                yaml.problem(1, "missing front matter: the first line must be ---");
                return result();
            }
            int close = 1;
            while (close < lines.size() && !lines.get(close).strip().equals(FENCE)) {
                close++;
            }
            if (close == lines.size()) {
                yaml.problem(1, "front matter is not closed by a --- line");
                return result();
            }
            Optional<Node> root = yaml.compose(String.join("\n", lines.subList(1, close)));
            if (root.isEmpty() && yaml.problemCount() == 0) {
                yaml.problem(1, "front matter is empty");
            }
            root.ifPresent(this::frontMatter);
            body(close + 1);
            return result();
        }

        private Result result() {
            Set<Language> languages = EnumSet.allOf(Language.class);
            languages.removeAll(incomplete);
            if (yaml.problemCount() == 0 && languages.isEmpty()) {
                yaml.problem(1, "the module is complete in no language and is not loaded");
            }
            Optional<CourseModule> module = Optional.empty();
            if (yaml.problemCount() == 0) {
                module = Optional.of(new CourseModule(id, order.getAsInt(), focus, minutes.getAsInt(), title,
                        summary, reflection, quiz, body, languages));
            }
            List<ContentProblem> problems = new ArrayList<>(yaml.problems());
            problems.addAll(translationProblems);
            problems.sort(Comparator.comparingInt(ContentProblem::line));
            return new Result(file, module, Optional.ofNullable(id), idLine, order, orderLine, problems);
        }

        private void frontMatter(Node root) {
            Optional<Map<String, YamlSection.Entry>> read = yaml.mapping(root, "", 1, KEYS, KEYS);
            if (read.isEmpty()) {
                return;
            }
            Map<String, YamlSection.Entry> entries = read.get();
            entry(entries, "id").ifPresent(e -> {
                idLine = e.line();
                yaml.text(e.value(), "id").ifPresent(value -> {
                    if (ID.matcher(value).matches()) {
                        id = value;
                    } else {
                        yaml.problem(e.line(), "id '" + value + "' must be lowercase letters and digits, joined by single hyphens");
                    }
                });
            });
            entry(entries, "order").ifPresent(e -> {
                orderLine = e.line();
                order = yaml.positiveInteger(e.value(), "order");
            });
            entry(entries, "focus").ifPresent(e -> yaml.text(e.value(), "focus").ifPresent(value -> {
                focus = Focus.fromCode(value).orElse(null);
                if (focus == null) {
                    yaml.problem(e.line(), "unknown focus '" + value + "' (expected didactiek, techniek or both)");
                }
            }));
            entry(entries, "minutes").ifPresent(e -> minutes = yaml.positiveInteger(e.value(), "minutes"));
            entry(entries, "title").ifPresent(e -> title = localized(e.value(), "title", e.line()));
            entry(entries, "summary").ifPresent(e -> summary = localized(e.value(), "summary", e.line()));
            entry(entries, "reflection").ifPresent(this::reflection);
            entry(entries, "quiz").ifPresent(this::quiz);
        }

        private static Optional<YamlSection.Entry> entry(Map<String, YamlSection.Entry> entries, String key) {
            return Optional.ofNullable(entries.get(key));
        }

        private void reflection(YamlSection.Entry entry) {
            yaml.sequence(entry.value(), "reflection").ifPresent(items -> {
                if (items.size() < 2 || items.size() > 4) {
                    yaml.problem(entry.line(), "reflection must have 2 to 4 questions, found " + items.size());
                }
                for (int i = 0; i < items.size(); i++) {
                    Node item = items.get(i);
                    reflection.add(localized(item, "reflection " + (i + 1), yaml.line(item)));
                }
            });
        }

        private void quiz(YamlSection.Entry entry) {
            yaml.sequence(entry.value(), "quiz").ifPresent(items -> {
                if (items.size() < 3 || items.size() > 4) {
                    yaml.problem(entry.line(), "quiz must have 3 to 4 questions, found " + items.size());
                }
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < items.size(); i++) {
                    question(items.get(i), "quiz " + (i + 1), ids).ifPresent(quiz::add);
                }
            });
        }

        private Optional<QuizQuestion> question(Node node, String context, Set<String> ids) {
            int before = yaml.problemCount();
            int line = yaml.line(node);
            Optional<Map<String, YamlSection.Entry>> read = yaml.mapping(node, context, line, QUESTION_KEYS, QUESTION_KEYS);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            Map<String, YamlSection.Entry> entries = read.get();
            String questionId = entry(entries, "id").flatMap(e -> yaml.text(e.value(), context + " id").map(value -> {
                if (!ids.add(value)) {
                    yaml.problem(e.line(), context + ": duplicate quiz id '" + value + "'");
                }
                return value;
            })).orElse(null);
            LocalizedText question = entry(entries, "question")
                    .map(e -> localized(e.value(), context + " question", e.line())).orElse(null);
            LocalizedText explanation = entry(entries, "explanation")
                    .map(e -> localized(e.value(), context + " explanation", e.line())).orElse(null);
            List<QuizOption> options = entry(entries, "options").map(e -> options(e, context)).orElse(List.of());
            if (yaml.problemCount() > before) {
                return Optional.empty();
            }
            return Optional.of(new QuizQuestion(questionId, question, options, explanation));
        }

        private List<QuizOption> options(YamlSection.Entry entry, String context) {
            List<QuizOption> options = new ArrayList<>();
            yaml.sequence(entry.value(), context + " options").ifPresent(items -> {
                if (items.size() < 2) {
                    yaml.problem(entry.line(), context + ": needs at least 2 options, found " + items.size());
                }
                for (int i = 0; i < items.size(); i++) {
                    Node item = items.get(i);
                    String optionContext = context + " option " + (i + 1);
                    yaml.mapping(item, optionContext, yaml.line(item), List.of(), OPTION_KEYS).ifPresent(entries -> {
                        boolean correct = entry(entries, "correct")
                                .flatMap(e -> yaml.bool(e.value(), optionContext + " correct")).orElse(false);
                        options.add(new QuizOption(languages(entries, optionContext, yaml.line(item)), correct));
                    });
                }
                long correct = options.stream().filter(QuizOption::correct).count();
                if (correct != 1) {
                    yaml.problem(entry.line(), context + ": needs exactly one option with correct: true, found " + correct);
                }
            });
            return options;
        }

        private LocalizedText localized(Node node, String context, int line) {
            return yaml.mapping(node, context, line, List.of(), LANGUAGE_KEYS)
                    .map(entries -> languages(entries, context, line))
                    .orElse(new LocalizedText(Map.of()));
        }

        /** The nl and fr texts of a mapping; a missing or empty one is a translation problem. */
        private LocalizedText languages(Map<String, YamlSection.Entry> entries, String context, int line) {
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                Optional<YamlSection.Entry> entry = entry(entries, language.code());
                int before = yaml.problemCount();
                Optional<String> text = entry.flatMap(e -> yaml.optionalText(e.value(), context + " " + language.code()));
                if (text.isPresent()) {
                    texts.put(language, text.get());
                } else if (yaml.problemCount() == before) {
                    missingTranslation(entry.map(YamlSection.Entry::line).orElse(line), language,
                            context + ": missing " + language.code() + " translation");
                }
            }
            return new LocalizedText(texts);
        }

        private void missingTranslation(int line, Language language, String message) {
            translationProblems.add(new ContentProblem(file, line,
                    message + " (module not available in " + language.code() + ")"));
            incomplete.add(language);
        }

        /** Reads the language blocks from line index {@code start} (from 0) to the end. */
        private void body(int start) {
            Language open = null;
            String openCode = null;
            int openLine = 0;
            StringBuilder text = new StringBuilder();
            boolean strayTextReported = false;
            for (int i = start; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.strip();
                Matcher opening = BLOCK_OPEN.matcher(trimmed);
                if (openCode != null && trimmed.equals(":::")) {
                    if (open != null) {
                        block(open, openLine, text.toString());
                    }
                    openCode = null;
                    open = null;
                } else if (opening.matches()) {
                    if (openCode != null) {
                        yaml.problem(openLine, "::: " + openCode + " block is not closed by a ::: line before line " + (i + 1));
                    }
                    openCode = opening.group(1);
                    openLine = i + 1;
                    open = Language.fromCode(openCode).orElse(null);
                    text.setLength(0);
                    if (open == null) {
                        yaml.problem(openLine, "unknown language block '::: " + openCode + "' (expected nl or fr)");
                    } else if (!opened.add(open)) {
                        yaml.problem(openLine, "a second ::: " + openCode + " block");
                        open = null;
                    }
                } else if (openCode != null) {
                    text.append(line).append('\n');
                } else if (trimmed.equals(":::")) {
                    yaml.problem(i + 1, "::: closes no open block");
                } else if (!trimmed.isEmpty() && !strayTextReported) {
                    yaml.problem(i + 1, "text outside a ::: nl or ::: fr block");
                    strayTextReported = true;
                }
            }
            if (openCode != null) {
                yaml.problem(openLine, "::: " + openCode + " block is not closed by a ::: line");
            }
            for (Language language : Language.values()) {
                if (!opened.contains(language)) {
                    missingTranslation(lines.size(), language, "missing ::: " + language.code() + " block");
                }
            }
        }

        private void block(Language language, int line, String markdown) {
            if (markdown.isBlank()) {
                missingTranslation(line, language, "empty ::: " + language.code() + " block");
            } else {
                body.put(language, markdown);
            }
        }

        private static List<String> lines(String text) {
            String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
            List<String> lines = new ArrayList<>(List.of(content.split("\r?\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        }
    }
}
