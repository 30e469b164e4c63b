package org.leerwerkplek.platform.it;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text of a page should read, beyond which bundle it comes from: no doubled apostrophe
 * (MessageFormat's escape shown), French punctuation with a non-breaking space before {@code : ; ? !}
 * and inside « », no raw floating-point numbers, no decimal point on a Dutch or French page, and
 * no upper-case codes with underscores ({@code W1_4}, {@code Q03_ACTIVITEITEN}) and no ISO days
 * ({@code 2026-12-04}) where people read.
 */
public final class TextRules {

    private static final Pattern DOUBLED_APOSTROPHE = Pattern.compile("\\p{L}''\\p{L}");
    /** A word (or closing quote or bracket) then a plain space or nothing, then the mark, then a space or the end. */
    private static final Pattern FRENCH_MARK = Pattern.compile("[\\p{L}\\p{N})»\\]]( ?)([:;!?])(?=[\\s\\u00a0]|$)",
            Pattern.MULTILINE);
    private static final Pattern FRENCH_QUOTES = Pattern.compile("« | »");
    private static final Pattern RAW_NUMBER = Pattern.compile("\\d[.,]\\d{7,}");
    private static final Pattern DECIMAL_POINT = Pattern.compile("(?<![\\d.,])0\\.\\d+(?![\\d.])");
    /** A day as ISO writes it ("2026-12-04"): pages write days as the reader's language does ("4 déc. 2026"). */
    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d/=-])(19|20)\\d\\d-[01]\\d-[0-3]\\d(?![\\d:T])");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b");
    private static final int EXAMPLES = 3;

    private TextRules() {
    }

    /** What on a page in {@code language} reads wrong: one line per rule broken, with examples. */
    public static List<String> problems(String language, String text) {
        List<String> found = new ArrayList<>();
        report(found, "doubled apostrophe", DOUBLED_APOSTROPHE.matcher(text), text);
        if (language.equals("fr")) {
            Matcher mark = FRENCH_MARK.matcher(text);
            List<String> examples = new ArrayList<>();
            int count = 0;
            while (mark.find()) {
                count++;
                if (examples.size() < EXAMPLES) {
                    examples.add("\"" + context(text, mark.start(2), mark.end(2)) + "\"");
                }
            }
            if (count > 0) {
                found.add("French typography: no non-breaking space before : ; ? ! (" + count + "×), e.g. "
                        + String.join(", ", examples));
            }
            report(found, "French typography: a plain space inside « »", FRENCH_QUOTES.matcher(text), text);
        }
        report(found, "unrounded number", RAW_NUMBER.matcher(text), text);
        if (!language.equals("en")) {
            report(found, "decimal point instead of a comma", DECIMAL_POINT.matcher(text), text);
        }
        report(found, "a day written as ISO (yyyy-mm-dd) where people read", ISO_DAY.matcher(text), text);
        Set<String> codes = new LinkedHashSet<>();
        for (Matcher code = CODE.matcher(text); code.find(); ) {
            codes.add(code.group());
        }
        if (!codes.isEmpty()) {
            found.add("codes where people read: " + String.join(", ", codes.stream().limit(8).toList())
                    + (codes.size() > 8 ? ", ..." : ""));
        }
        return found;
    }

    private static void report(List<String> found, String rule, Matcher matcher, String text) {
        Set<String> examples = new LinkedHashSet<>();
        int count = 0;
        while (matcher.find()) {
            count++;
            if (examples.size() < EXAMPLES) {
                examples.add("\"" + context(text, matcher.start(), matcher.end()) + "\"");
            }
        }
        if (count > 0) {
            found.add(rule + " (" + count + "×), e.g. " + String.join(", ", examples));
        }
    }

    /** The match with a few words around it, on one line. */
    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - 24);
        int to = Math.min(text.length(), end + 12);
        return text.substring(from, to).replaceAll("\\s+", " ").trim();
    }
}
