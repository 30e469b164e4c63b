package org.leerwerkplek.companies;

import java.util.Arrays;
import java.util.List;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;

/** One line of the company list. */
public record CompanyRow(long id, String number, String name, String city, Province province, List<String> subsectors,
                         Integer employees, SizeClass sizeClass, String advisor, String suitability) {

    public CompanyRow {
        subsectors = List.copyOf(subsectors);
    }

    /** As the list query selects it: the ten digits and the activities as {@code RUWBOUW|DAKWERKEN}. */
    public CompanyRow(Long id, String digits, String name, String city, Province province, String subsectorCodes,
                      Integer employees, SizeClass sizeClass, String advisor, String suitability) {
        this(id, new EnterpriseNumber(digits).formatted(), name, city, province,
                subsectorCodes.isEmpty() ? List.of() : Arrays.asList(subsectorCodes.split("\\|")), employees, sizeClass,
                advisor, suitability);
    }
}
