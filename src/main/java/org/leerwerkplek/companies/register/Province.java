package org.leerwerkplek.companies.register;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The region of a company's main seat: a province, or the Brussels-Capital Region. The Flemish
 * and Brussels codes are those of the fiche question {@code F1_REGIO}; the Walloon provinces
 * follow the same style.
 */
public enum Province {
    ANTWERPEN,
    LIMBURG,
    OOST_VLAANDEREN,
    VLAAMS_BRABANT,
    WEST_VLAANDEREN,
    BRUSSEL,
    HENEGOUWEN,
    LUIK,
    LUXEMBURG,
    NAMEN,
    WAALS_BRABANT;

    /** The province with this code, case and surrounding spaces ignored. */
    public static Optional<Province> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(wanted)).findFirst();
    }

    public String messageKey() {
        return "company.province." + name();
    }
}
