package org.leerwerkplek.platform.it;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the server under test counts days: in the fund's time zone ({@code lwp.zone}, by default
 * Europe/Brussels), not the machine's, which is UTC on CI and would be a day behind between
 * midnight in Brussels and midnight UTC.
 */
public final class FundDay {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private FundDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
