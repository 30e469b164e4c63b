package org.leerwerkplek.mentorcourse.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.leerwerkplek.companies.CompanyPageSection;
import org.leerwerkplek.companies.CompanyPageSections;
import org.leerwerkplek.platform.security.Role;

/**
 * The mentor course's section of a company's page: its knelpunten over its visits beside the
 * modules its mentors completed in between, for everyone who sees the company's page.
 */
@ApplicationScoped
public class KnelpuntLoopSection implements CompanyPageSections {

    static final String INCLUDE = "/WEB-INF/includes/mentorcourse/knelpunt-loop.xhtml";

    @Override
    public List<CompanyPageSection> sections() {
        return List.of(new CompanyPageSection(INCLUDE, Set.of(Role.ADMIN, Role.ADVISOR, Role.ANALYST), 100));
    }
}
