package org.leerwerkplek.surveys.xlsform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;
import org.leerwerkplek.surveys.xlsform.XPathConditions.Kind;
import org.leerwerkplek.surveys.xlsform.XPathConditions.Known;

/**
 * Converts the sheets of an XLSForm into the product's YAML instrument (surveys/README.md), in memory.
 * What the engine cannot represent is listed as {@link Finding}s, per row, and the rest converts; the
 * result is checked with the product's own {@link DefinitionParser} before it is offered.
 * <p>
 * Mapping: {@code select_one}/{@code select_multiple}/{@code rank} with their choice list become
 * {@code single}/{@code multiple}/{@code ranking} (lists as {@code optionSets}, {@code or_other} as
 * {@code other}); {@code integer}/{@code decimal} become {@code number}; {@code text} becomes
 * {@code text} ({@code longtext} with the appearance {@code multiline}); {@code date} stays; groups
 * become sections (pages; a nested group is a page of its own whose condition is its and its parents');
 * notes become the intro of their page (a note after a question starts a new page). Names become
 * UPPERCASE codes, group and list names lowercase ids.
 */
public final class XlsFormConverter {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("\\(\\s*([A-Za-z]{2,3})(?:[-_][A-Za-z]+)?\\s*\\)\\s*$");
    private static final Map<String, Language> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("nl", Language.NL), Map.entry("dutch", Language.NL), Map.entry("nederlands", Language.NL),
            Map.entry("vlaams", Language.NL), Map.entry("flemish", Language.NL), Map.entry("néerlandais", Language.NL),
            Map.entry("fr", Language.FR), Map.entry("french", Language.FR), Map.entry("français", Language.FR),
            Map.entry("francais", Language.FR), Map.entry("frans", Language.FR),
            Map.entry("en", Language.EN), Map.entry("english", Language.EN), Map.entry("engels", Language.EN),
            Map.entry("anglais", Language.EN));
    private static final Map<String, String> COLUMN_ALIASES = Map.ofEntries(
            Map.entry("list name", "list_name"), Map.entry("bind:relevant", "relevant"),
            Map.entry("bind:constraint", "constraint"), Map.entry("bind:jr:constraintmsg", "constraint_message"),
            Map.entry("constraint message", "constraint_message"), Map.entry("bind:required", "required"),
            Map.entry("bind:jr:requiredmsg", "required_message"), Map.entry("required message", "required_message"),
            Map.entry("control:appearance", "appearance"), Map.entry("bind:readonly", "readonly"),
            Map.entry("bind:calculate", "calculation"), Map.entry("choice filter", "choice_filter"),
            Map.entry("form title", "form_title"), Map.entry("form id", "form_id"),
            Map.entry("default language", "default_language"));
    private static final Set<String> TRANSLATABLE = Set.of("label", "hint", "constraint_message", "required_message",
            "guidance_hint");
    private static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "subscriberid",
            "simserial", "phonenumber", "username", "email", "audit", "start-geopoint", "imei", "uri:deviceid",
            "uri:subscriberid", "uri:simserial", "uri:phonenumber", "uri:username", "uri:email", "instanceid");
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("geopoint", "xlsform.type.geo"), Map.entry("geotrace", "xlsform.type.geo"),
            Map.entry("geoshape", "xlsform.type.geo"), Map.entry("image", "xlsform.type.media"),
            Map.entry("photo", "xlsform.type.media"), Map.entry("audio", "xlsform.type.media"),
            Map.entry("background-audio", "xlsform.type.media"), Map.entry("video", "xlsform.type.media"),
            Map.entry("file", "xlsform.type.media"), Map.entry("barcode", "xlsform.type.media"),
            Map.entry("calculate", "xlsform.type.calculate"), Map.entry("hidden", "xlsform.type.calculate"),
            Map.entry("time", "xlsform.type.time"), Map.entry("datetime", "xlsform.type.time"),
            Map.entry("range", "xlsform.type.range"), Map.entry("acknowledge", "xlsform.type.acknowledge"),
            Map.entry("trigger", "xlsform.type.acknowledge"), Map.entry("xml-external", "xlsform.type.external"),
            Map.entry("csv-external", "xlsform.type.external"), Map.entry("osm", "xlsform.type.external"));
    private static final Pattern SELECT = Pattern.compile(
            "(select_one|select_multiple|select one|select all that apply|select one from|select all that apply from|"
                    + "select_one_from_file|select_multiple_from_file|select_one_external|rank)\\s+(?:from\\s+)?(\\S+)"
                    + "(\\s+or_other|\\s+or specify other)?");
    private static final Pattern SIMPLE_BOUND = Pattern.compile("\\.\\s*(<=|>=|<|>|=)\\s*(-?[0-9]+(?:\\.[0-9]+)?)");
    private static final Pattern COUNT_BOUND = Pattern.compile(
            "count-selected\\(\\s*\\.\\s*\\)\\s*(<=|>=|<|>|=)\\s*([0-9]+)");
    private static final Pattern LENGTH_BOUND = Pattern.compile(
            "string-length\\(\\s*\\.\\s*\\)\\s*(<=|<)\\s*([0-9]+)");
    private static final Pattern DATE_BOUND = Pattern.compile(
            "\\.\\s*(<=|>=)\\s*(today\\(\\)|date\\(\\s*'([0-9]{4}-[0-9]{2}-[0-9]{2})'\\s*\\)|'([0-9]{4}-[0-9]{2}-[0-9]{2})')");

    private final Clock clock;

    public XlsFormConverter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Converts {@code sheets}.
     *
     * @param fileName    the uploaded file's name (for the id when the settings have no {@code form_id})
     * @param unlabelled  the language of columns without one ({@code label}, {@code hint}) when the settings'
     *                    {@code default_language} names none of nl, fr, en
     * @param id          an instrument id chosen by the admin, or empty for the form's own
     */
    public XlsFormConversion convert(XlsFormSheets sheets, String fileName, Language unlabelled, Optional<String> id) {
        return new Run(sheets, fileName, unlabelled, id).convert();
    }

    // --- the model written out --------------------------------------------------------------

    static final class Texts {
        final EnumMap<Language, String> byLanguage = new EnumMap<>(Language.class);

        boolean isEmpty() {
            return byLanguage.isEmpty();
        }
    }

    record Opt(String code, Texts texts) {
    }

    static final class Question {
        String code;
        String type;
        Texts label;
        Texts help;
        boolean required;
        String relevant;
        String optionSet;
        Opt other;
        Boolean integer;
        String min;
        String max;
        Integer minChoices;
        Integer maxChoices;
        Integer maxLength;
        String minDate;
        String maxDate;
        final Map<String, Texts> messages = new LinkedHashMap<>();
    }

    static final class Section {
        String id;
        Texts title;
        String relevant;
        final List<Texts> intro = new ArrayList<>();
        final List<Integer> introRows = new ArrayList<>();
        final List<String> introNames = new ArrayList<>();
        final List<Question> questions = new ArrayList<>();
    }

    /** An open group: its title and its (translated, combined with its parents') condition. */
    private record Frame(String name, Texts title, String relevant, boolean broken) {
    }

    private final class Run {
        final XlsFormSheets sheets;
        final String fileName;
        Language unlabelled;
        final Optional<String> chosenId;
        final List<Finding> findings = new ArrayList<>();
        final Map<String, Map<String, Column>> columns = new HashMap<>();
        final Map<String, List<Opt>> lists = new LinkedHashMap<>();
        final Map<String, Map<String, String>> listCodes = new HashMap<>();
        final Map<String, String> listIds = new LinkedHashMap<>();
        final Set<String> usedLists = new HashSet<>();
        final Map<String, Known> known = new HashMap<>();
        final Set<String> questionCodes = new HashSet<>();
        final Set<String> sectionIds = new HashSet<>();
        final List<Section> sections = new ArrayList<>();
        final List<Frame> frames = new ArrayList<>();
        Section current;
        Texts formTitle;
        String instrumentId;

        Run(XlsFormSheets sheets, String fileName, Language unlabelled, Optional<String> id) {
            this.sheets = sheets;
            this.fileName = fileName;
            this.unlabelled = unlabelled;
            this.chosenId = id.map(String::trim).filter(s -> !s.isEmpty());
        }

        XlsFormConversion convert() {
            settings();
            choices();
            XPathConditions xpath = new XPathConditions(name -> Optional.ofNullable(known.get(name)));
            current = newSection(null, formTitle, null);
            boolean inRepeat = false;
            int repeatDepth = 0;
            for (XlsFormSheets.Row row : sheets.sheet("survey").orElseThrow().rows()) {
                String type = type(row);
                String name = row.get("name");
                if (type.isEmpty()) {
                    if (!name.isEmpty()) {
                        skip(row, name, "xlsform.row.noType");
                    }
                    continue;
                }
                if (repeatDepth > 0) {
                    if (type.startsWith("begin repeat") || type.startsWith("begin_repeat") || type.startsWith("begin loop")) {
                        repeatDepth++;
                    } else if (type.equals("end repeat") || type.equals("end_repeat") || type.equals("end loop")) {
                        repeatDepth--;
                    }
                    skip(row, name, "xlsform.row.inRepeat");
                    continue;
                }
                if (type.startsWith("begin repeat") || type.startsWith("begin_repeat") || type.startsWith("begin loop")) {
                    repeatDepth = 1;
                    skip(row, name, "xlsform.type.repeat");
                    continue;
                }
                if (type.equals("begin group") || type.equals("begin_group")) {
                    beginGroup(row, name, xpath);
                    continue;
                }
                if (type.equals("end group") || type.equals("end_group")) {
                    endGroup(row);
                    continue;
                }
                if (type.equals("note")) {
                    note(row, name);
                    continue;
                }
                question(row, type, name, xpath);
            }
            if (repeatDepth > 0) {
                inRepeat = true;
            }
            closeSection();
            if (inRepeat) {
                findings.add(new Finding("survey", 0, "", false, "xlsform.row.repeatNotClosed", List.of()));
            }
            List<Language> languages = languages();
            int questions = sections.stream().mapToInt(s -> s.questions.size()).sum();
            findings.sort(java.util.Comparator.comparing((Finding f) -> XlsFormReader.SHEETS.indexOf(f.sheet()))
                    .thenComparingInt(Finding::row));
            if (questions == 0) {
                findings.add(new Finding("survey", 0, "", true, "xlsform.nothing", List.of()));
                return new XlsFormConversion(instrumentId, Optional.empty(), 0, findings, List.of());
            }
            String yaml = new YamlOut(languages, unlabelled, findings).write(instrumentId, formTitle, fileName,
                    LocalDate.now(clock), lists, listIds, usedLists, sections);
            ParseResult<Instrument> parsed = DefinitionParser.parse(instrumentId + ".yaml", yaml);
            if (!parsed.isSuccess()) {
                return new XlsFormConversion(instrumentId, Optional.empty(), questions, findings, parsed.errors());
            }
            return new XlsFormConversion(instrumentId, Optional.of(yaml), questions, findings, List.of());
        }

        // --- settings and choices ------------------------------------------------------------

        void settings() {
            Optional<XlsFormSheets.Sheet> sheet = sheets.sheet("settings");
            Map<String, String> values = new HashMap<>();
            sheet.ifPresent(s -> s.rows().stream().findFirst().ifPresent(r -> r.cells()
                    .forEach((k, v) -> values.put(COLUMN_ALIASES.getOrDefault(k, k), v.trim()))));
            String defaultLanguage = values.getOrDefault("default_language", "");
            if (!defaultLanguage.isEmpty()) {
                Optional<Language> language = language(defaultLanguage);
                if (language.isPresent()) {
                    unlabelled = language.get();
                } else {
                    findings.add(new Finding("settings", 2, "default_language", false, "xlsform.settings.language",
                            List.of(defaultLanguage, unlabelled.code())));
                }
            }
            String id = chosenId.orElseGet(() -> values.getOrDefault("form_id", ""));
            if (id.isEmpty()) {
                id = fileName == null ? "" : fileName.replaceAll("\\.[A-Za-z]+$", "");
            }
            instrumentId = lowerId(id, "xlsform");
            formTitle = new Texts();
            String title = values.getOrDefault("form_title", "");
            String shown = title.isEmpty() ? (id.isEmpty() ? instrumentId : id) : title;
            // form_title has no language columns: the same title serves every language, it is not a missing translation
            for (Language language : Language.values()) {
                formTitle.byLanguage.put(language, shown);
            }
        }

        void choices() {
            Optional<XlsFormSheets.Sheet> sheet = sheets.sheet("choices");
            if (sheet.isEmpty()) {
                return;
            }
            Map<String, Column> cols = columns(sheet.get());
            for (XlsFormSheets.Row row : sheet.get().rows()) {
                String list = value(row, cols, "list_name");
                String name = value(row, cols, "name");
                if (list.isEmpty() || name.isEmpty()) {
                    findings.add(new Finding("choices", row.number(), name.isEmpty() ? list : name, true,
                            "xlsform.choice.incomplete", List.of()));
                    continue;
                }
                Map<String, String> codes = listCodes.computeIfAbsent(list, k -> new LinkedHashMap<>());
                if (codes.containsKey(name)) {
                    findings.add(new Finding("choices", row.number(), name, true, "xlsform.choice.duplicate",
                            List.of(list)));
                    continue;
                }
                Set<String> taken = new HashSet<>(codes.values());
                String code = unique(upperCode(name, "C"), taken);
                codes.put(name, code);
                Texts label = texts(row, cols, "label");
                if (label.isEmpty()) {
                    label.byLanguage.put(unlabelled, name);
                }
                lists.computeIfAbsent(list, k -> new ArrayList<>()).add(new Opt(code, label));
                noteMedia(row, cols, "choices", name);
            }
            Set<String> ids = new HashSet<>();
            for (String list : lists.keySet()) {
                listIds.put(list, unique(lowerId(list, "list"), ids));
                ids.add(listIds.get(list));
            }
        }

        // --- survey rows -------------------------------------------------------------------

        String type(XlsFormSheets.Row row) {
            Map<String, Column> cols = columns(sheets.sheet("survey").orElseThrow());
            return value(row, cols, "type").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        void beginGroup(XlsFormSheets.Row row, String name, XPathConditions xpath) {
            Map<String, Column> cols = surveyColumns();
            Texts title = texts(row, cols, "label");
            if (title.isEmpty()) {
                title.byLanguage.put(unlabelled, name.isEmpty() ? "…" : name);
            }
            String parent = frames.isEmpty() ? null : frames.get(frames.size() - 1).relevant();
            String relevant = parent;
            boolean broken = false;
            String xp = value(row, cols, "relevant");
            if (!xp.isEmpty()) {
                XPathConditions.Result r = xpath.translate(xp);
                if (r.condition().isPresent()) {
                    relevant = parent == null ? r.condition().get() : "(" + parent + ") and (" + r.condition().get() + ")";
                } else {
                    broken = true;
                    partial(row, name, "xlsform.relevant.group", reason(r, xp));
                }
            }
            broken = broken || !frames.isEmpty() && frames.get(frames.size() - 1).broken();
            noteIgnoredColumns(row, cols, name, true);
            closeSection();
            Frame frame = new Frame(name, title, relevant, broken);
            frames.add(frame);
            current = newSection(name, title, relevant);
        }

        void endGroup(XlsFormSheets.Row row) {
            if (frames.isEmpty()) {
                skip(row, row.get("name"), "xlsform.row.endWithoutBegin");
                return;
            }
            closeSection();
            frames.remove(frames.size() - 1);
            if (frames.isEmpty()) {
                current = newSection(null, formTitle, null);
            } else {
                Frame outer = frames.get(frames.size() - 1);
                current = newSection(outer.name(), outer.title(), outer.relevant());
            }
        }

        void note(XlsFormSheets.Row row, String name) {
            Map<String, Column> cols = surveyColumns();
            Texts label = texts(row, cols, "label");
            Texts hint = texts(row, cols, "hint");
            hint.byLanguage.forEach((l, h) -> label.byLanguage.merge(l, h, (a, b) -> a + "\n" + b));
            if (label.isEmpty()) {
                return;
            }
            if (!value(row, cols, "relevant").isEmpty()) {
                partial(row, name, "xlsform.note.relevant", List.of());
            }
            piping(row, name, label);
            if (!current.questions.isEmpty()) {
                Section previous = current;
                closeSection();
                current = newSection(frames.isEmpty() ? null : frames.get(frames.size() - 1).name(), previous.title,
                        previous.relevant);
            }
            current.intro.add(label);
            current.introRows.add(row.number());
            current.introNames.add(name);
        }

        void question(XlsFormSheets.Row row, String type, String name, XPathConditions xpath) {
            Map<String, Column> cols = surveyColumns();
            if (METADATA.contains(type)) {
                skip(row, name, "xlsform.type.metadata", type);
                return;
            }
            String unsupported = UNSUPPORTED.getOrDefault(type, UNSUPPORTED.get(type.split(" ")[0]));
            if (unsupported != null) {
                skip(row, name, unsupported, type);
                return;
            }
            if (name.isEmpty()) {
                skip(row, name, "xlsform.row.noName");
                return;
            }
            if (known.containsKey(name)) {
                skip(row, name, "xlsform.row.duplicateName");
                return;
            }
            Question q = new Question();
            Kind kind;
            Map<String, String> optionCodes = Map.of();
            String appearance = value(row, cols, "appearance");
            Matcher select = SELECT.matcher(type);
            if (select.matches()) {
                String how = select.group(1);
                String list = select.group(2);
                if (how.endsWith("_from_file") || how.equals("select_one_external")) {
                    skip(row, name, "xlsform.type.fromFile", type);
                    return;
                }
                if (!lists.containsKey(list)) {
                    skip(row, name, "xlsform.select.noList", list);
                    return;
                }
                kind = how.equals("rank") ? Kind.RANKING
                        : how.startsWith("select_multiple") || how.startsWith("select all") ? Kind.MULTIPLE : Kind.SINGLE;
                q.type = switch (kind) {
                    case RANKING -> "ranking";
                    case MULTIPLE -> "multiple";
                    default -> "single";
                };
                q.optionSet = listIds.get(list);
                usedLists.add(list);
                optionCodes = new LinkedHashMap<>(listCodes.get(list));
                if (select.group(3) != null) {
                    if (kind == Kind.RANKING) {
                        partial(row, name, "xlsform.select.otherOnRank", List.of());
                    } else {
                        String code = unique("OTHER", new HashSet<>(optionCodes.values()));
                        Texts texts = new Texts();
                        texts.byLanguage.put(Language.NL, "Andere, namelijk");
                        texts.byLanguage.put(Language.FR, "Autre, à savoir");
                        texts.byLanguage.put(Language.EN, "Other, namely");
                        q.other = new Opt(code, texts);
                        optionCodes.putIfAbsent("other", code);
                    }
                }
                if (!value(row, cols, "choice_filter").isEmpty()) {
                    partial(row, name, "xlsform.select.choiceFilter", List.of(value(row, cols, "choice_filter")));
                }
            } else {
                switch (type) {
                    case "integer", "int" -> {
                        kind = Kind.NUMBER;
                        q.type = "number";
                        q.integer = true;
                    }
                    case "decimal" -> {
                        kind = Kind.NUMBER;
                        q.type = "number";
                        q.integer = false;
                    }
                    case "text", "string", "phone number" -> {
                        kind = Kind.TEXT;
                        q.type = appearance.contains("multiline") ? "longtext" : "text";
                    }
                    case "date" -> {
                        kind = Kind.DATE;
                        q.type = "date";
                    }
                    default -> {
                        skip(row, name, "xlsform.type.unknown", type);
                        return;
                    }
                }
            }
            q.code = unique(upperCode(name, "Q"), questionCodes);
            questionCodes.add(q.code);
            q.label = texts(row, cols, "label");
            if (q.label.isEmpty()) {
                q.label.byLanguage.put(unlabelled, name);
            }
            piping(row, name, q.label);
            Texts hint = texts(row, cols, "hint");
            q.help = hint.isEmpty() ? null : hint;
            String required = value(row, cols, "required").toLowerCase(Locale.ROOT);
            q.required = Set.of("yes", "true", "true()", "1", "y").contains(required);
            if (!q.required && !required.isEmpty() && !Set.of("no", "false", "false()", "0", "n").contains(required)) {
                partial(row, name, "xlsform.required.expression", List.of(required));
            }
            Texts requiredMessage = texts(row, cols, "required_message");
            if (q.required && !requiredMessage.isEmpty()) {
                q.messages.put("required", requiredMessage);
            }
            String relevant = value(row, cols, "relevant");
            if (!relevant.isEmpty()) {
                XPathConditions.Result r = xpath.translate(relevant);
                if (r.condition().isPresent()) {
                    q.relevant = r.condition().get();
                } else {
                    if (q.required) {
                        q.required = false;
                        q.messages.remove("required");
                    }
                    partial(row, name, "xlsform.relevant.question", reason(r, relevant));
                }
            }
            if (!frames.isEmpty() && frames.get(frames.size() - 1).broken() && q.required) {
                q.required = false;
                q.messages.remove("required");
            }
            constraint(row, cols, name, q, kind);
            noteIgnoredColumns(row, cols, name, false);
            current.questions.add(q);
            known.put(name, new Known(q.code, kind, optionCodes));
        }

        void constraint(XlsFormSheets.Row row, Map<String, Column> cols, String name, Question q, Kind kind) {
            String constraint = value(row, cols, "constraint");
            if (constraint.isEmpty()) {
                return;
            }
            Texts message = texts(row, cols, "constraint_message");
            String[] parts = constraint.trim().split("\\s+and\\s+");
            List<String> keys = new ArrayList<>();
            for (String part : parts) {
                String p = stripParens(part.trim());
                Matcher m;
                if (kind == Kind.NUMBER && (m = SIMPLE_BOUND.matcher(p)).matches()) {
                    String op = m.group(1);
                    String n = m.group(2);
                    boolean whole = n.matches("-?[0-9]+");
                    switch (op) {
                        case ">=" -> q.min = n;
                        case "<=" -> q.max = n;
                        case ">" -> {
                            if (!Boolean.TRUE.equals(q.integer) || !whole) {
                                untranslatable(row, name, constraint, "xlsform.constraint.strict");
                                return;
                            }
                            q.min = String.valueOf(Long.parseLong(n) + 1);
                        }
                        case "<" -> {
                            if (!Boolean.TRUE.equals(q.integer) || !whole) {
                                untranslatable(row, name, constraint, "xlsform.constraint.strict");
                                return;
                            }
                            q.max = String.valueOf(Long.parseLong(n) - 1);
                        }
                        default -> {
                            q.min = n;
                            q.max = n;
                        }
                    }
                    keys.add("range");
                } else if (kind == Kind.MULTIPLE && (m = COUNT_BOUND.matcher(p)).matches()) {
                    int n = Integer.parseInt(m.group(2));
                    switch (m.group(1)) {
                        case ">=" -> q.minChoices = n;
                        case ">" -> q.minChoices = n + 1;
                        case "<=" -> q.maxChoices = n;
                        case "<" -> q.maxChoices = n - 1;
                        default -> {
                            q.minChoices = n;
                            q.maxChoices = n;
                        }
                    }
                    if (q.minChoices != null) {
                        keys.add("minChoices");
                    }
                    if (q.maxChoices != null) {
                        keys.add("maxChoices");
                    }
                } else if (kind == Kind.TEXT && (m = LENGTH_BOUND.matcher(p)).matches()) {
                    int n = Integer.parseInt(m.group(2));
                    q.maxLength = m.group(1).equals("<") ? n - 1 : n;
                    keys.add("maxLength");
                } else if (kind == Kind.DATE && (m = DATE_BOUND.matcher(p)).matches()) {
                    String bound = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "today";
                    if (m.group(1).equals(">=")) {
                        q.minDate = bound;
                    } else {
                        q.maxDate = bound;
                    }
                    keys.add("dateRange");
                } else {
                    untranslatable(row, name, constraint, "xlsform.constraint.expression");
                    return;
                }
            }
            if (q.maxLength != null && q.maxLength < 1 || q.minChoices != null && q.minChoices < 0
                    || q.maxChoices != null && q.maxChoices < 1) {
                untranslatable(row, name, constraint, "xlsform.constraint.expression");
                return;
            }
            if (!message.isEmpty()) {
                for (String key : new java.util.LinkedHashSet<>(keys)) {
                    q.messages.put(key, message);
                }
            }
        }

        void untranslatable(XlsFormSheets.Row row, String name, String constraint, String key) {
            partial(row, name, key, List.of(constraint));
        }

        void noteIgnoredColumns(XlsFormSheets.Row row, Map<String, Column> cols, String name, boolean group) {
            if (!value(row, cols, "calculation").isEmpty()) {
                partial(row, name, "xlsform.column.calculation", List.of());
            }
            if (!value(row, cols, "default").isEmpty()) {
                partial(row, name, "xlsform.column.default", List.of(value(row, cols, "default")));
            }
            String readonly = value(row, cols, "readonly").toLowerCase(Locale.ROOT);
            if (!readonly.isEmpty() && !Set.of("no", "false", "false()").contains(readonly)) {
                partial(row, name, "xlsform.column.readonly", List.of());
            }
            if (!value(row, cols, "repeat_count").isEmpty() && group) {
                partial(row, name, "xlsform.column.repeatCount", List.of());
            }
            noteMedia(row, cols, "survey", name);
        }

        void noteMedia(XlsFormSheets.Row row, Map<String, Column> cols, String sheet, String name) {
            for (Column col : cols.values()) {
                if ((col.base.startsWith("media:") || col.base.equals("image") || col.base.equals("audio")
                        || col.base.equals("video")) && !row.get(col.header).isEmpty()) {
                    findings.add(new Finding(sheet, row.number(), name, false, "xlsform.column.media",
                            List.of(col.header)));
                    return;
                }
            }
        }

        void piping(XlsFormSheets.Row row, String name, Texts texts) {
            if (texts.byLanguage.values().stream().anyMatch(t -> t.contains("${"))) {
                partial(row, name, "xlsform.label.piping", List.of());
            }
        }

        // --- sections ----------------------------------------------------------------------

        Section newSection(String name, Texts title, String relevant) {
            Section s = new Section();
            s.id = unique(lowerId(name == null ? "deel" : name, "deel"), sectionIds);
            s.title = title;
            s.relevant = relevant;
            return s;
        }

        void closeSection() {
            if (current == null) {
                return;
            }
            if (current.questions.isEmpty()) {
                for (int i = 0; i < current.intro.size(); i++) {
                    findings.add(new Finding("survey", current.introRows.get(i), current.introNames.get(i), true,
                            "xlsform.note.noQuestion", List.of()));
                }
            } else {
                sectionIds.add(current.id);
                sections.add(current);
            }
            current = null;
        }

        List<Language> languages() {
            Set<Language> used = java.util.EnumSet.of(Language.NL);
            for (Section s : sections) {
                if (s.title != formTitle) {
                    collect(used, s.title);
                }
                s.intro.forEach(t -> collect(used, t));
                for (Question q : s.questions) {
                    collect(used, q.label);
                    collect(used, q.help);
                    q.messages.values().forEach(t -> collect(used, t));
                }
            }
            for (String list : usedLists) {
                lists.get(list).forEach(o -> collect(used, o.texts()));
            }
            return List.copyOf(used);
        }

        void collect(Set<Language> used, Texts texts) {
            if (texts != null) {
                used.addAll(texts.byLanguage.keySet());
            }
        }

        // --- cells -------------------------------------------------------------------------

        Map<String, Column> surveyColumns() {
            return columns(sheets.sheet("survey").orElseThrow());
        }

        Map<String, Column> columns(XlsFormSheets.Sheet sheet) {
            return columns.computeIfAbsent(sheet.name(), n -> {
                Map<String, Column> out = new LinkedHashMap<>();
                for (String header : sheet.headers()) {
                    if (header.isEmpty()) {
                        continue;
                    }
                    Column col = column(header);
                    if (col.unknownLanguage != null) {
                        findings.add(new Finding(sheet.name(), sheet.headerRow(), header, true, "xlsform.column.language",
                                List.of(col.unknownLanguage)));
                    }
                    out.putIfAbsent(header, col);
                }
                return out;
            });
        }

        Column column(String header) {
            String h = COLUMN_ALIASES.getOrDefault(header, header);
            String base = h;
            String lang = null;
            int dd = h.indexOf("::");
            if (dd > 0) {
                base = h.substring(0, dd).trim();
                lang = h.substring(dd + 2).trim();
            } else {
                int c = h.indexOf(':');
                if (c > 0 && TRANSLATABLE.contains(h.substring(0, c).trim())) {
                    base = h.substring(0, c).trim();
                    lang = h.substring(c + 1).trim();
                }
            }
            base = COLUMN_ALIASES.getOrDefault(base, base);
            if (lang == null || !TRANSLATABLE.contains(base) && !base.startsWith("media")) {
                return new Column(header, base, null, null);
            }
            Optional<Language> language = language(lang);
            return new Column(header, base, language.orElse(null), language.isPresent() ? null : lang);
        }

        String value(XlsFormSheets.Row row, Map<String, Column> cols, String base) {
            for (Column col : cols.values()) {
                if (col.base.equals(base) && col.language == null && col.unknownLanguage == null) {
                    String v = row.get(col.header);
                    if (!v.isEmpty()) {
                        return v;
                    }
                }
            }
            return "";
        }

        Texts texts(XlsFormSheets.Row row, Map<String, Column> cols, String base) {
            Texts out = new Texts();
            for (Column col : cols.values()) {
                if (!col.base.equals(base) || col.unknownLanguage != null) {
                    continue;
                }
                String v = row.get(col.header);
                if (!v.isEmpty()) {
                    out.byLanguage.putIfAbsent(col.language == null ? unlabelled : col.language, v);
                }
            }
            return out;
        }

        void skip(XlsFormSheets.Row row, String name, String key, String... args) {
            findings.add(new Finding("survey", row.number(), name, true, key, List.of(args)));
        }

        void partial(XlsFormSheets.Row row, String name, String key, List<String> args) {
            findings.add(new Finding("survey", row.number(), name, false, key, args));
        }

        List<String> reason(XPathConditions.Result r, String xpath) {
            List<String> args = new ArrayList<>();
            args.add(xpath);
            args.add(r.reasonKey());
            args.addAll(r.reasonArgs());
            return args;
        }
    }

    /** A header: its base ({@code label}), its language if it names one, the name of a language it names that is not nl, fr or en. */
    record Column(String header, String base, Language language, String unknownLanguage) {
    }

    /** {@code Dutch (nl)}, {@code French}, {@code en}, {@code English (en)} … as a product language. */
    static Optional<Language> language(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = LANGUAGE_CODE.matcher(t);
        if (m.find()) {
            return Optional.ofNullable(LANGUAGE_NAMES.get(m.group(1)));
        }
        t = t.replaceAll("[-_](be|nl|fr|gb|us|uk)$", "");
        return Optional.ofNullable(LANGUAGE_NAMES.get(t));
    }

    static String upperCode(String name, String prefix) {
        String code = name.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]+", "_").replaceAll("_+", "_");
        code = code.replaceAll("^_+", "").replaceAll("_+$", "");
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            code = prefix + code;
        }
        return code;
    }

    static String lowerId(String name, String fallback) {
        String id = java.text.Normalizer.normalize(name.trim(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_")
                .replaceAll("^_+", "").replaceAll("_+$", "");
        if (id.isEmpty()) {
            return fallback;
        }
        return Character.isLetter(id.charAt(0)) ? id : fallback + "_" + id;
    }

    static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        int i = 2;
        while (taken.contains(base + "_" + i)) {
            i++;
        }
        return base + "_" + i;
    }

    private static String stripParens(String s) {
        String t = s;
        while (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t;
    }
}
