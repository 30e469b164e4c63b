package org.leerwerkplek.surveys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.QuestionType;

/**
 * All answers of one response as one text, kept in the response's own row: a line per stored
 * value ({@link AnswerRows.Row}), fields separated by a tab, in question-code order. One row per
 * response instead of one per value is what lets an import of 100,000 responses and a full
 * analysis pass finish in seconds on embedded Derby.
 *
 * <p>Line: {@code question TAB item TAB code TAB number TAB text}. An empty field is "none"
 * (the item of a plain answer is the empty item). A backslash, tab, carriage return or line
 * feed inside a field is written as {@code \\}, {@code \t}, {@code \r}, {@code \n}.
 */
public final class AnswerDocument {

    private static final char SEPARATOR = '\t';
    private static final int FIELDS = 5;

    private AnswerDocument() {
    }

    /**
     * The document of {@code answers}: the lines of {@link AnswerRows#toRows} per answer, in
     * question-code order, written straight from the answers (an import encodes every response).
     */
    public static String encode(Map<String, AnswerValue> answers) {
        StringBuilder out = new StringBuilder(answers.size() * 24);
        String[] codes = answers.keySet().toArray(new String[0]);
        Arrays.sort(codes);  // codes that come in order (an import's, in the definition's order) are one run: n - 1 comparisons
        for (String code : codes) {
            AnswerValue value = answers.get(code);
            if (!value.isEmpty()) {
                lines(out, code, value);
            }
        }
        return out.toString();
    }

    /** The lines of one answer, as {@link #line} writes the rows {@link AnswerRows#toRows} gives. */
    private static void lines(StringBuilder out, String question, AnswerValue value) {
        if (value instanceof AnswerValue.Single single) {
            line(out, question, AnswerRows.PLAIN, single.code(), null, single.otherText().orElse(null));
        } else if (value instanceof AnswerValue.Multiple multiple) {
            for (String code : multiple.codes()) {
                line(out, question, code, code, null, null);
            }
            if (multiple.otherText().isPresent()) {
                line(out, question, AnswerRows.OTHER_TEXT, null, null, multiple.otherText().get());
            }
        } else if (value instanceof AnswerValue.Ranking ranking) {
            List<String> order = ranking.order();
            for (int i = 0; i < order.size(); i++) {
                line(out, question, order.get(i), order.get(i), Integer.toString(i + 1), null);
            }
        } else if (value instanceof AnswerValue.Likert likert) {
            line(out, question, AnswerRows.PLAIN, likert.code(), AnswerRows.numberText(likert.code()), null);
        } else if (value instanceof AnswerValue.Matrix matrix) {
            matrix.items().forEach((item, code) -> line(out, question, item, code, AnswerRows.numberText(code), null));
        } else if (value instanceof AnswerValue.Numeric numeric) {
            line(out, question, AnswerRows.PLAIN, null, numeric.value().toPlainString(), null);
        } else if (value instanceof AnswerValue.Text text) {
            line(out, question, AnswerRows.PLAIN, null, null, text.text());
        } else if (value instanceof AnswerValue.Date date) {
            line(out, question, AnswerRows.PLAIN, null, null, date.date().toString());
        } else {
            AnswerRows.toRows(question, value).forEach(row -> line(out, row));
        }
    }

    private static void line(StringBuilder out, String question, String item, String code, String number, String text) {
        field(out, question);
        out.append(SEPARATOR);
        field(out, item);
        out.append(SEPARATOR);
        field(out, code);
        out.append(SEPARATOR);
        field(out, number);
        out.append(SEPARATOR);
        field(out, text);
        out.append('\n');
    }

    /**
     * The answers in {@code document}; a question that {@code typeOf} does not know (removed in
     * a later definition) is left out.
     */
    public static Map<String, AnswerValue> decode(String document, Function<String, Optional<QuestionType>> typeOf) {
        return decode(document, typeOf, null);
    }

    /**
     * As {@link #decode(String, Function)}, the answers to the questions {@code only} alone: the
     * lines of other questions are passed over unread (a reader of one question of many documents,
     * such as the knelpunten of every fiche, then parses that question's lines only). {@code typeOf}
     * should know no other question, for a document whose codes do not rise is decoded whole.
     */
    public static Map<String, AnswerValue> decode(String document, Function<String, Optional<QuestionType>> typeOf,
                                                  Set<String> only) {
        Map<String, AnswerValue> answers = new HashMap<>();
        if (document == null || document.isEmpty()) {
            return answers;
        }
        // the encoder writes the lines in question-code order, so a question's lines come together and are
        // taken as they come, without a map of lists (an export decodes every response); a document whose
        // codes do not rise is grouped through the map instead
        String question = null;
        List<AnswerRows.Row> rows = new ArrayList<>();
        int start = 0;
        while (start < document.length()) {
            int end = document.indexOf('\n', start);
            if (end < 0) {
                end = document.length();
            }
            if (end > start && (only == null || isOf(document, start, only))) {
                AnswerRows.Row row = parseLine(document, start, end, question);
                if (question == null || !question.equals(row.question())) {
                    if (question != null) {
                        if (row.question().compareTo(question) < 0) {
                            return decodeGrouped(document, typeOf);
                        }
                        put(answers, question, rows, typeOf);
                        rows = new ArrayList<>();
                    }
                    question = row.question();
                }
                rows.add(row);
            }
            start = end + 1;
        }
        if (question != null) {
            put(answers, question, rows, typeOf);
        }
        return answers;
    }

    /** Whether the line at {@code start} is of one of {@code questions} (a code has no tab nor escape). */
    private static boolean isOf(String document, int start, Set<String> questions) {
        for (String question : questions) {
            int after = start + question.length();
            if (document.startsWith(question, start) && after < document.length() && document.charAt(after) == SEPARATOR) {
                return true;
            }
        }
        return false;
    }

    private static void put(Map<String, AnswerValue> answers, String code, List<AnswerRows.Row> rows,
                            Function<String, Optional<QuestionType>> typeOf) {
        typeOf.apply(code).flatMap(type -> AnswerRows.fromRows(type, rows)).ifPresent(value -> answers.put(code, value));
    }

    /** {@link #decode} of a document in any order: its lines grouped by question first. */
    private static Map<String, AnswerValue> decodeGrouped(String document,
                                                          Function<String, Optional<QuestionType>> typeOf) {
        Map<String, AnswerValue> answers = new HashMap<>();
        rowsByQuestion(document).forEach((code, rows) -> put(answers, code, rows, typeOf));
        return answers;
    }

    /**
     * {@code document} without what a respondent wrote in their own words, which can name them:
     * the answers to {@code text} and {@code longtext} questions and the "other, namely" texts of
     * choice questions (the chosen {@code other} code stays). Codes, numbers, ranks and dates stay
     * as they were, for the statistics. A question {@code typeOf} does not know keeps its codes and
     * numbers and loses any text.
     */
    public static String withoutFreeTexts(String document, Function<String, Optional<QuestionType>> typeOf) {
        StringBuilder out = new StringBuilder(document == null ? 0 : document.length());
        rowsByQuestion(document).forEach((code, rows) -> {
            Optional<QuestionType> type = typeOf.apply(code);
            if (type.isPresent() && (type.get() == QuestionType.TEXT || type.get() == QuestionType.LONGTEXT)) {
                return;
            }
            boolean keepsText = type.isPresent() && type.get() == QuestionType.DATE;
            for (AnswerRows.Row row : rows) {
                if (AnswerRows.OTHER_TEXT.equals(row.item())) {
                    continue;
                }
                AnswerRows.Row kept = keepsText || row.text() == null ? row
                        : new AnswerRows.Row(row.question(), row.item(), row.code(), row.number(), null);
                if (kept.code() != null || kept.number() != null || kept.text() != null) {
                    line(out, kept);
                }
            }
        });
        return out.toString();
    }

    /** The stored rows of {@code document}, grouped by question in document order. */
    public static Map<String, List<AnswerRows.Row>> rowsByQuestion(String document) {
        Map<String, List<AnswerRows.Row>> rows = new LinkedHashMap<>();
        if (document == null || document.isEmpty()) {
            return rows;
        }
        int start = 0;
        while (start < document.length()) {
            int end = document.indexOf('\n', start);
            if (end < 0) {
                end = document.length();
            }
            if (end > start) {
                AnswerRows.Row row = parseLine(document, start, end, null);
                rows.computeIfAbsent(row.question(), q -> new ArrayList<>()).add(row);
            }
            start = end + 1;
        }
        return rows;
    }

    private static void line(StringBuilder out, AnswerRows.Row row) {
        field(out, row.question());
        out.append(SEPARATOR);
        field(out, row.item());
        out.append(SEPARATOR);
        field(out, row.code());
        out.append(SEPARATOR);
        field(out, row.number() == null ? null : row.number().toPlainString());
        out.append(SEPARATOR);
        field(out, row.text());
        out.append('\n');
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            return;
        }
        int plain = 0;
        while (plain < value.length() && !needsEscape(value.charAt(plain))) {
            plain++;
        }
        if (plain == value.length()) {
            out.append(value);
            return;
        }
        out.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static boolean needsEscape(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The line from {@code start} to {@code end}; {@code previous}, when not null, is the question of the line before. */
    private static AnswerRows.Row parseLine(String document, int start, int end, String previous) {
        if (!escapes(document, start, end)) {
            return parsePlainLine(document, start, end, previous);
        }
        String[] fields = new String[FIELDS];
        int field = 0;
        int from = start;
        boolean escaped = false;
        for (int i = start; i < end; i++) {
            char c = document.charAt(i);
            if (c == '\\' && i + 1 < end) {
                escaped = true;
                i++;
            } else if (c == SEPARATOR) {
                fields[field++] = field(document, from, i, escaped);
                if (field == FIELDS) {
                    throw malformed(document, start);
                }
                from = i + 1;
                escaped = false;
            }
        }
        fields[field] = field(document, from, end, escaped);
        if (field != FIELDS - 1) {
            throw malformed(document, start);
        }
        return new AnswerRows.Row(fields[0], fields[1], none(fields[2]), number(fields[3]), none(fields[4]));
    }

    /** The field from {@code from} to {@code to}, its escapes undone when it has any. */
    private static String field(String document, int from, int to, boolean escaped) {
        if (!escaped) {
            return from == to ? "" : document.substring(from, to);
        }
        StringBuilder field = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = document.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char next = document.charAt(++i);
                field.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                field.append(c);
            }
        }
        return field.toString();
    }

    private static boolean escapes(String document, int start, int end) {
        for (int i = start; i < end; i++) {
            if (document.charAt(i) == '\\') {
                return true;
            }
        }
        return false;
    }

    /** A line without escapes (nearly all): its fields are cut out of the document as they are. */
    private static AnswerRows.Row parsePlainLine(String document, int start, int end, String previous) {
        String[] fields = new String[FIELDS];
        int from = start;
        for (int field = 0; field < FIELDS - 1; field++) {
            int tab = document.indexOf(SEPARATOR, from);
            if (tab < 0 || tab >= end) {
                throw malformed(document, start);
            }
            // the question of the line before again (most lines): that string, not a new one
            boolean same = field == 0 && previous != null && tab - from == previous.length()
                    && document.regionMatches(from, previous, 0, previous.length());
            fields[field] = same ? previous : document.substring(from, tab);
            from = tab + 1;
        }
        int extra = document.indexOf(SEPARATOR, from);
        if (extra >= 0 && extra < end) {
            throw malformed(document, start);
        }
        fields[FIELDS - 1] = document.substring(from, end);
        return new AnswerRows.Row(fields[0], fields[1], none(fields[2]), number(fields[3]), none(fields[4]));
    }

    /**
     * The number field: none when empty; a whole number of up to 18 digits (points, ranks, most
     * numbers) without the parse of {@code new BigDecimal(String)}, which took a fifth of an
     * export's time; the same value and scale (0) either way.
     */
    private static BigDecimal number(String field) {
        int length = field.length();
        if (length == 0) {
            return null;
        }
        int first = field.charAt(0) == '-' ? 1 : 0;
        if (length == first || length - first > 18) {
            return new BigDecimal(field);
        }
        long value = 0;
        for (int i = first; i < length; i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                return new BigDecimal(field);
            }
            value = value * 10 + (c - '0');
        }
        return BigDecimal.valueOf(first == 1 ? -value : value);
    }

    private static String none(String field) {
        return field.isEmpty() ? null : field;
    }

    private static IllegalStateException malformed(String document, int start) {
        int end = document.indexOf('\n', start);
        return new IllegalStateException("Stored answer line is malformed: "
                + document.substring(start, end < 0 ? document.length() : end));
    }
}
