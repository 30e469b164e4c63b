package org.leerwerkplek.companies;

import java.util.Optional;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.companies.register.Subsector;

/**
 * What a company list is narrowed to. Every part is optional.
 *
 * @param search part of the name (any case), or the start of the enterprise number (dots, BE allowed)
 * @param suitability the code of the overall verdict of the latest fiche, e.g. {@code GESCHIKT}
 */
public record CompanyFilter(Optional<String> search, Optional<Province> province, Optional<Subsector> subsector,
                            Optional<SizeClass> sizeClass, Optional<String> advisor, Optional<String> suitability) {

    public static final CompanyFilter NONE = new CompanyFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public CompanyFilter {
        search = search.map(String::trim).filter(s -> !s.isEmpty());
        advisor = advisor.map(String::trim).filter(s -> !s.isEmpty());
        suitability = suitability.map(String::trim).filter(s -> !s.isEmpty());
    }
}
