package org.leerwerkplek.companies;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The pieces of a company's name that make its name search an index lookup (migration V42,
 * {@code company_name_part}): for every position of the stored lower-case name with at least
 * {@value #SHORTEST} characters left, the next {@value #LONGEST} (fewer at the end), trailing blanks
 * cut. A search text of {@value #SHORTEST} or more characters found in a name begins at one of those
 * positions, so the part there begins with the search's {@link #key}: the candidates of a search are
 * the companies with a part {@code LIKE key%}, checked on the name itself. The migration fills the
 * same parts with SQL for the companies it finds.
 */
public final class CompanyNameParts {

    /** The shortest search answered from the parts; a shorter one matches too much to gain from them. */
    static final int SHORTEST = 3;
    /** The longest part (a longer search looks up its first characters). */
    static final int LONGEST = 12;

    private CompanyNameParts() {
    }

    /** The parts of a stored (lower-case) name. */
    public static Set<String> of(String searchName) {
        Set<String> parts = new LinkedHashSet<>();
        for (int i = 0; i + SHORTEST <= searchName.length(); i++) {
            parts.add(rtrim(searchName.substring(i, Math.min(searchName.length(), i + LONGEST))));
        }
        return parts;
    }

    /**
     * What the parts of a name that contains {@code search} (lower case, as searched) begin with,
     * or empty when the search is too short to be looked up.
     */
    static Optional<String> key(String search) {
        String key = rtrim(search.substring(0, Math.min(search.length(), LONGEST)));
        return search.length() < SHORTEST || key.length() < SHORTEST ? Optional.empty() : Optional.of(key);
    }

    private static String rtrim(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }
}
