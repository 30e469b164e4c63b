package org.leerwerkplek.companies;

import java.util.List;

/**
 * What another part shows on a company's page: a CDI bean of that part implements it, and the page
 * gathers every implementation's sections, so companies names none of the parts that build on it
 * (they depend on companies, never the other way round).
 */
public interface CompanyPageSections {

    List<CompanyPageSection> sections();
}
