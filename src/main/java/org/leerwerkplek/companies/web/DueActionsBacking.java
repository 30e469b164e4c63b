package org.leerwerkplek.companies.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.DueAction;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.definition.Language;

/**
 * The advisor's follow-up actions on the start page ({@code /index.xhtml}, included from
 * {@code /WEB-INF/includes/due-actions.xhtml}): open actions it owns that are due within two
 * weeks or overdue.
 */
@Named("dueActions")
@RequestScoped
public class DueActionsBacking {

    /** How far ahead the start page looks. */
    static final int DAYS_AHEAD = 14;

    @Inject
    CompanyService companies;

    @Inject
    SecurityContext security;

    private List<DueAction> items;

    public List<DueAction> getItems() {
        if (items == null) {
            items = companies.dueActions(Callers.of(security), DAYS_AHEAD);
        }
        return items;
    }

    public String form(DueAction action) {
        return action.form().in(Language.fromCode(UiLanguage.current()).orElse(Language.NL));
    }
}
