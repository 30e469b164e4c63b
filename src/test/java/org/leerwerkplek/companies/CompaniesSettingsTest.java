package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.config.SettingsReader;

/** The companies part's settings: the days without contact after which a company shows on the desk. */
class CompaniesSettingsTest {

    private static CompaniesSettings read(Map<String, String> values) {
        return CompaniesSettings.from(new SettingsReader(key -> Optional.ofNullable(values.get(key))));
    }

    @Test
    void withoutTheSettingACompanyIsWithoutContactAfter180Days() {
        assertEquals(180, read(Map.of()).noContactDays());
    }

    @Test
    void theSettingGivesTheDays() {
        assertEquals(90, read(Map.of("lwp.companies.no-contact-days", " 90 ")).noContactDays());
    }

    @Test
    void daysOutsideOneToTenYearsAreRefusedNamingTheSetting() {
        for (String bad : new String[] {"0", "3651", "half a year"}) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class,
                    () -> read(Map.of("lwp.companies.no-contact-days", bad)));
            assertTrue(e.getMessage().contains("lwp.companies.no-contact-days"), e.getMessage());
        }
    }
}
