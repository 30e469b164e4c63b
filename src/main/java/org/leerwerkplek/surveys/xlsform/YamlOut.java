package org.leerwerkplek.surveys.xlsform;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.xlsform.XlsFormConverter.Opt;
import org.leerwerkplek.surveys.xlsform.XlsFormConverter.Question;
import org.leerwerkplek.surveys.xlsform.XlsFormConverter.Section;
import org.leerwerkplek.surveys.xlsform.XlsFormConverter.Texts;

/**
 * Writes the converted model as the product's YAML (surveys/README.md section 2.2: every text, code
 * and condition double-quoted). A text that lacks one of the instrument's languages gets the text of
 * the form's own language (then nl, en, fr), and the copies are counted into one finding per language.
 */
final class YamlOut {

    private final List<Language> languages;
    private final Language preferred;
    private final List<Finding> findings;
    private final Map<Language, Integer> copied = new EnumMap<>(Language.class);
    private final Map<Language, Language> copiedFrom = new EnumMap<>(Language.class);
    private final StringBuilder out = new StringBuilder(8192);

    YamlOut(List<Language> languages, Language preferred, List<Finding> findings) {
        this.languages = languages;
        this.preferred = preferred;
        this.findings = findings;
    }

    String write(String id, Texts title, String fileName, LocalDate today, Map<String, List<Opt>> lists,
            Map<String, String> listIds, Set<String> usedLists, List<Section> sections) {
        out.append("# Converted from the XLSForm ").append(fileName == null ? "" : fileName.replaceAll("[\\r\\n]", " "))
                .append(" on ").append(today).append(".\n# Format: see surveys/README.md. Review before use.\n\n");
        out.append("id: ").append(id).append('\n');
        out.append("version: 1\n");
        out.append("languages: [").append(languages.stream().map(Language::code).collect(Collectors.joining(", ")))
                .append("]\n");
        text(0, "title", title);
        out.append("changes:\n  - version: 1\n    date: \"").append(today).append("\"\n");
        Texts note = new Texts();
        note.byLanguage.put(Language.NL, "Omgezet uit XLSForm " + fileName + ".");
        note.byLanguage.put(Language.FR, "Converti depuis le XLSForm " + fileName + ".");
        note.byLanguage.put(Language.EN, "Converted from XLSForm " + fileName + ".");
        textExact(4, "note", note);
        if (!usedLists.isEmpty()) {
            out.append("optionSets:\n");
            for (Map.Entry<String, List<Opt>> list : lists.entrySet()) {
                if (!usedLists.contains(list.getKey())) {
                    continue;
                }
                out.append("  ").append(listIds.get(list.getKey())).append(":\n");
                for (Opt opt : list.getValue()) {
                    out.append("    - ").append(inline(opt)).append('\n');
                }
            }
        }
        out.append("sections:\n");
        for (Section s : sections) {
            out.append("  - id: ").append(s.id).append('\n');
            text(4, "title", s.title);
            if (!s.intro.isEmpty()) {
                Texts intro = new Texts();
                for (Texts part : s.intro) {
                    for (Language l : languages) {
                        intro.byLanguage.merge(l, pick(part, l, false), (a, b) -> a + "\n\n" + b);
                    }
                }
                textExact(4, "intro", intro);
            }
            if (s.relevant != null) {
                out.append("    relevant: ").append(quote(s.relevant)).append('\n');
            }
            out.append("    questions:\n");
            for (Question q : s.questions) {
                question(q);
            }
        }
        for (Map.Entry<Language, Integer> c : copied.entrySet()) {
            findings.add(new Finding("survey", 0, "label", false, "xlsform.language.copied",
                    List.of(c.getKey().code(), copiedFrom.get(c.getKey()).code(), String.valueOf(c.getValue()))));
        }
        return out.toString();
    }

    private void question(Question q) {
        out.append("      - code: ").append(q.code).append('\n');
        out.append("        type: ").append(q.type).append('\n');
        text(8, "label", q.label);
        if (q.help != null) {
            text(8, "help", q.help);
        }
        if (q.required) {
            out.append("        required: true\n");
        }
        if (q.relevant != null) {
            out.append("        relevant: ").append(quote(q.relevant)).append('\n');
        }
        if (q.optionSet != null) {
            out.append("        optionSet: ").append(q.optionSet).append('\n');
        }
        if (q.other != null) {
            out.append("        other: ").append(inlineExact(q.other)).append('\n');
        }
        if (q.integer != null) {
            out.append("        integer: ").append(q.integer).append('\n');
        }
        if (q.min != null) {
            out.append("        min: ").append(q.min).append('\n');
        }
        if (q.max != null) {
            out.append("        max: ").append(q.max).append('\n');
        }
        if (q.minChoices != null) {
            out.append("        minChoices: ").append(q.minChoices).append('\n');
        }
        if (q.maxChoices != null) {
            out.append("        maxChoices: ").append(q.maxChoices).append('\n');
        }
        if (q.maxLength != null) {
            out.append("        maxLength: ").append(q.maxLength).append('\n');
        }
        if (q.minDate != null) {
            out.append("        minDate: ").append(date(q.minDate)).append('\n');
        }
        if (q.maxDate != null) {
            out.append("        maxDate: ").append(date(q.maxDate)).append('\n');
        }
        if (!q.messages.isEmpty()) {
            out.append("        messages:\n");
            for (Map.Entry<String, Texts> m : q.messages.entrySet()) {
                text(10, m.getKey(), m.getValue());
            }
        }
    }

    private static String date(String d) {
        return d.equals("today") ? "today" : "\"" + d + "\"";
    }

    private void text(int indent, String key, Texts texts) {
        out.append(" ".repeat(indent)).append(key).append(":\n");
        for (Language l : languages) {
            out.append(" ".repeat(indent + 2)).append(l.code()).append(": ").append(quote(pick(texts, l, true)))
                    .append('\n');
        }
    }

    /** A built-in text (the change note, "other, namely") that exists in every language: no copies to report. */
    private void textExact(int indent, String key, Texts texts) {
        out.append(" ".repeat(indent)).append(key).append(":\n");
        for (Language l : languages) {
            out.append(" ".repeat(indent + 2)).append(l.code()).append(": ").append(quote(pick(texts, l, false)))
                    .append('\n');
        }
    }

    private String inline(Opt opt) {
        StringBuilder b = new StringBuilder("{code: ").append(quote(opt.code()));
        for (Language l : languages) {
            b.append(", ").append(l.code()).append(": ").append(quote(pick(opt.texts(), l, true)));
        }
        return b.append('}').toString();
    }

    private String inlineExact(Opt opt) {
        StringBuilder b = new StringBuilder("{code: ").append(quote(opt.code()));
        for (Language l : languages) {
            b.append(", ").append(l.code()).append(": ").append(quote(pick(opt.texts(), l, false)));
        }
        return b.append('}').toString();
    }

    private String pick(Texts texts, Language language, boolean count) {
        String own = texts.byLanguage.get(language);
        if (own != null && !own.isBlank()) {
            return own;
        }
        for (Language from : List.of(preferred, Language.NL, Language.EN, Language.FR)) {
            String t = texts.byLanguage.get(from);
            if (t != null && !t.isBlank()) {
                if (count) {
                    copied.merge(language, 1, Integer::sum);
                    copiedFrom.putIfAbsent(language, from);
                }
                return t;
            }
        }
        return "…";
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                }
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
