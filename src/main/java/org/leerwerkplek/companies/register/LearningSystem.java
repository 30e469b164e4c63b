package org.leerwerkplek.companies.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Systems of workplace learning for which a company can be recognised as learning company. The
 * codes are those of the fiche question {@code F2_STELSELS}.
 */
public enum LearningSystem {
    DBSO,
    SYNTRA_LEERTIJD,
    DUAAL_LEREN,
    PACT_SYNTRA,
    GRADUAAT,
    VOLWASSENENONDERWIJS,
    IBO,
    VDAB_CURSIST,
    INSTAPSTAGE,
    INFORMEEL;

    public static Optional<LearningSystem> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
    }

    public String messageKey() {
        return "company.system." + name();
    }
}
