package org.leerwerkplek.companies.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.leerwerkplek.companies.CompanyPageSection;
import org.leerwerkplek.companies.CompanyPageSections;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.web.Callers;

/** The sections other parts contribute to a company's page, those the caller may see, in order. */
@Named("companySections")
@ApplicationScoped
public class CompanySectionsBacking {

    private final List<CompanyPageSection> all;
    private final SecurityContext security;

    @Inject
    public CompanySectionsBacking(@Any Instance<CompanyPageSections> contributions, SecurityContext security) {
        this.all = contributions.stream().flatMap(c -> c.sections().stream())
                .sorted(Comparator.comparingInt(CompanyPageSection::order).thenComparing(CompanyPageSection::include))
                .toList();
        this.security = security;
    }

    /** For CDI's proxy. */
    protected CompanySectionsBacking() {
        this.all = List.of();
        this.security = null;
    }

    public List<CompanyPageSection> getVisible() {
        Set<Role> roles = Callers.of(security).roles();
        return all.stream().filter(section -> section.isOpenTo(roles)).toList();
    }
}
