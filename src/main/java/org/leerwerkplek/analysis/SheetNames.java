package org.leerwerkplek.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names of a workbook's sheets as Excel takes them, from titles people read: at most
 * {@value #MAX} characters (cut at a word where one is near, marked with "…"), none of
 * {@code : \ / ? * [ ]} (a colon becomes a dash), no apostrophe at either end, not empty nor "History" (reserved), and unique
 * without regard to case (a repeated name gets " (2)", " (3)", ...).
 */
final class SheetNames {

    static final int MAX = 31;

    private final Set<String> taken = new HashSet<>();

    /** A name for the next sheet, as close to {@code title} as Excel allows, not given before. */
    String next(String title) {
        String name = clean(title);
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = cut(name, MAX - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String clean(String title) {
        String name = title == null ? "" : title.replaceAll("\\s*:\\s*", " – ").replaceAll("[\\\\/?*\\[\\]]", " ")
                .replaceAll("\\s+", " ").trim();
        name = cut(name, MAX);
        name = name.replaceAll("^'+|'+$", "").trim();
        if (name.isEmpty() || name.equalsIgnoreCase("History")) {
            name = name.isEmpty() ? "-" : name + " -";
        }
        return name;
    }

    /** {@code text} in at most {@code max} characters: whole, or cut at a space and ended with "…". */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String head = text.substring(0, max - 1);
        int space = head.lastIndexOf(' ');
        if (space >= max / 2) {
            head = head.substring(0, space);
        }
        return head.replaceAll("[\\s,;.–—-]+$", "") + "…";
    }
}
