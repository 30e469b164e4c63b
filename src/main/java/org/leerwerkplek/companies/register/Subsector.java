package org.leerwerkplek.companies.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Construction activities of a company. The codes are those of the option set {@code activiteiten}
 * of the leerwerkplekfiche ({@code F1_ACTIVITEITEN}), so register and fiches can be joined in
 * analysis; {@code INSTALLATIE} is in the register only (the fiche records it as "other").
 */
public enum Subsector {
    RUWBOUW,
    DAKWERKEN,
    SCHRIJNWERK,
    TEGELWERK,
    PLEISTERWERK,
    SCHILDERWERK,
    GRONDWERKEN,
    INSTALLATIE;

    /** The subsector with this code, case and surrounding spaces ignored. */
    public static Optional<Subsector> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
    }

    public String messageKey() {
        return "company.subsector." + name();
    }
}
