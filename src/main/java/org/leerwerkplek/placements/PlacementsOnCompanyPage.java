package org.leerwerkplek.placements;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import org.leerwerkplek.companies.CompanyPageSection;
import org.leerwerkplek.companies.CompanyPageSections;
import org.leerwerkplek.platform.security.Role;

/** The company's placements, as a section of its page (companies' extension point). */
@ApplicationScoped
public class PlacementsOnCompanyPage implements CompanyPageSections {

    @Override
    public List<CompanyPageSection> sections() {
        return List.of(new CompanyPageSection("/WEB-INF/includes/placements/company.xhtml",
                EnumSet.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST), 30));
    }
}
