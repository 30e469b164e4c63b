package org.leerwerkplek.fieldwork;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a list of invitees before anything is stored: each line has a company, a contact, a
 * usable e-mail address and a language of the product, and no address occurs twice in the list
 * or among the wave's invitees. Lines are numbered from {@code firstLine}.
 */
public final class InviteeList {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+");
    private static final Set<String> LANGUAGES = Set.of("nl", "fr", "en");
    private static final int MAX_TEXT = 200;
    private static final int MAX_GROUP = 32;

    private InviteeList() {
    }

    /** The problems of {@code lines} (empty when all are fine); {@code known} holds the wave's addresses in lower case. */
    public static List<LineProblem> check(List<InviteeLine> lines, int firstLine, Set<String> known) {
        List<LineProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>(known);
        for (int i = 0; i < lines.size(); i++) {
            InviteeLine line = lines.get(i);
            int number = firstLine + i;
            if (blank(line.company()) || line.company().length() > MAX_TEXT) {
                problems.add(LineProblem.of(number, "fieldwork.import.companyMissing"));
            }
            if (blank(line.contact()) || line.contact().length() > MAX_TEXT) {
                problems.add(LineProblem.of(number, "fieldwork.import.contactMissing"));
            }
            String email = line.email() == null ? "" : line.email().strip();
            if (email.length() > 254 || !ADDRESS.matcher(email).matches()) {
                problems.add(LineProblem.of(number, "fieldwork.import.emailInvalid", email));
            } else if (!seen.add(email.toLowerCase(Locale.ROOT))) {
                problems.add(LineProblem.of(number, "fieldwork.import.duplicate", email));
            }
            if (line.language() == null || !LANGUAGES.contains(line.language().strip().toLowerCase(Locale.ROOT))) {
                problems.add(LineProblem.of(number, "fieldwork.import.languageInvalid",
                        line.language() == null ? "" : line.language()));
            }
            for (String group : new String[] {line.sizeClass(), line.subsector(), line.region()}) {
                if (group != null && group.length() > MAX_GROUP) {
                    problems.add(LineProblem.of(number, "fieldwork.import.groupTooLong", group, MAX_GROUP));
                }
            }
        }
        return problems;
    }

    /** The line as stored: trimmed, the address and language in lower case, empty groups as null. */
    public static InviteeLine normalised(InviteeLine line) {
        return new InviteeLine(line.company().strip(), line.contact().strip(),
                line.email().strip().toLowerCase(Locale.ROOT), line.language().strip().toLowerCase(Locale.ROOT),
                group(line.sizeClass()), group(line.subsector()), group(line.region()), line.companyId());
    }

    private static String group(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
