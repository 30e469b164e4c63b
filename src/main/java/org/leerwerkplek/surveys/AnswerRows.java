package org.leerwerkplek.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.QuestionType;

/**
 * How an answer is kept in {@code survey_answer}: one row per value, so that counts and means can
 * be taken in the database. A plain answer has item {@code ""}; a multiple choice has a row per
 * chosen option (and {@link #OTHER_TEXT} for the "other, namely" text); a matrix a row per item;
 * a ranking a row per option with its rank as number.
 */
public final class AnswerRows {

    /** The item of the row that holds the text of an "other, namely" answer; never a data code. */
    public static final String OTHER_TEXT = "#OTHER";
    public static final String PLAIN = "";

    /** One stored value of one question. */
    public record Row(String question, String item, String code, BigDecimal number, String text) {
    }

    private AnswerRows() {
    }

    public static List<Row> toRows(String question, AnswerValue value) {
        List<Row> rows = new ArrayList<>();
        if (value instanceof AnswerValue.Single single) {
            rows.add(new Row(question, PLAIN, single.code(), null, single.otherText().orElse(null)));
        } else if (value instanceof AnswerValue.Multiple multiple) {
            multiple.codes().forEach(code -> rows.add(new Row(question, code, code, null, null)));
            multiple.otherText().ifPresent(text -> rows.add(new Row(question, OTHER_TEXT, null, null, text)));
        } else if (value instanceof AnswerValue.Ranking ranking) {
            for (int i = 0; i < ranking.order().size(); i++) {
                String code = ranking.order().get(i);
                rows.add(new Row(question, code, code, BigDecimal.valueOf(i + 1L), null));
            }
        } else if (value instanceof AnswerValue.Likert likert) {
            rows.add(new Row(question, PLAIN, likert.code(), number(likert.code()), null));
        } else if (value instanceof AnswerValue.Matrix matrix) {
            matrix.items().forEach((item, code) -> rows.add(new Row(question, item, code, number(code), null)));
        } else if (value instanceof AnswerValue.Numeric numeric) {
            rows.add(new Row(question, PLAIN, null, numeric.value(), null));
        } else if (value instanceof AnswerValue.Text text) {
            rows.add(new Row(question, PLAIN, null, null, text.text()));
        } else if (value instanceof AnswerValue.Date date) {
            rows.add(new Row(question, PLAIN, null, null, date.date().toString()));
        }
        return rows;
    }

    /** The answer of a question of {@code type} from its rows; empty when there are none. */
    public static Optional<AnswerValue> fromRows(QuestionType type, List<Row> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        AnswerValue value = switch (type) {
            case SINGLE, YESNO -> new AnswerValue.Single(first.code(), Optional.ofNullable(first.text()));
            case MULTIPLE -> multiple(rows);
            case RANKING -> ranking(rows);
            case LIKERT -> new AnswerValue.Likert(first.code());
            case LIKERT_MATRIX -> {
                Map<String, String> items = new LinkedHashMap<>();
                rows.forEach(r -> items.put(r.item(), r.code()));
                yield new AnswerValue.Matrix(items);
            }
            case NUMBER -> new AnswerValue.Numeric(first.number());
            case TEXT, LONGTEXT -> new AnswerValue.Text(first.text());
            case DATE -> new AnswerValue.Date(LocalDate.parse(first.text()));
        };
        return Optional.of(value);
    }

    /** The chosen codes in their order and the first "other, namely" text (loops: an export decodes this per response). */
    private static AnswerValue.Multiple multiple(List<Row> rows) {
        List<String> codes = new ArrayList<>(rows.size());
        Optional<String> otherText = Optional.empty();
        for (Row row : rows) {
            if (!OTHER_TEXT.equals(row.item())) {
                codes.add(row.code());
            } else if (otherText.isEmpty()) {
                otherText = Optional.of(row.text());
            }
        }
        return new AnswerValue.Multiple(codes, otherText);
    }

    /** The codes by rank; the rows are stored in rank order, so they are sorted only when they are not. */
    private static AnswerValue.Ranking ranking(List<Row> rows) {
        List<Row> ordered = rows;
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i - 1).number().compareTo(rows.get(i).number()) > 0) {
                ordered = new ArrayList<>(rows);
                ordered.sort(Comparator.comparing(Row::number));
                break;
            }
        }
        List<String> codes = new ArrayList<>(ordered.size());
        for (Row row : ordered) {
            codes.add(row.code());
        }
        return new AnswerValue.Ranking(codes);
    }

    /** The number field of a scale code's row as text ({@link #number}'s plain string); null when it has none. */
    static String numberText(String code) {
        if (!looksLikeInteger(code)) {
            return null;
        }
        try {
            return Integer.toString(Integer.parseInt(code));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal number(String code) {
        if (!looksLikeInteger(code)) {
            return null;
        }
        try {
            return new BigDecimal(Integer.parseInt(code));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether {@link Integer#parseInt} may take {@code code}: only signs and digits. A scale's
     * {@code na} code is no number, and a thrown exception per such answer made encoding slow.
     */
    private static boolean looksLikeInteger(String code) {
        if (code == null || code.isEmpty()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if ((c < '0' || c > '9') && c != '-' && c != '+') {
                return false;
            }
        }
        return true;
    }
}
