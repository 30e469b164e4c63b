package org.leerwerkplek.companies.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.leerwerkplek.companies.DueActionsService;
import org.leerwerkplek.companies.DueAction;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.UiLanguage;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * The follow-up actions on the start page ({@code /index.xhtml}, included from
 * {@code /WEB-INF/includes/due-actions.xhtml}): the open actions the signed-in user owns, soonest
 * first, those due within two weeks and those overdue marked.
 */
@Named("dueActions")
@RequestScoped
public class DueActionsBacking {

    /** How far ahead an action counts as due soon. */
    static final int DAYS_AHEAD = 14;

    @Inject
    DueActionsService companies;

    @Inject
    SecurityContext security;

    private List<DueAction> items;

    public List<DueAction> getItems() {
        if (items == null) {
            items = companies.dueActions(Callers.of(security), DAYS_AHEAD);
        }
        return items;
    }

    /** The due date as the reader writes dates (4/12/2026, 04-12-2026, 4 Dec 2026). */
    public String date(DueAction action) {
        return Dates.medium(action.due());
    }

    /** The language of the support forms' names: the page's, or Dutch on an English page (the rules have no English). */
    public String getFormLanguage() {
        return "fr".equals(UiLanguage.current()) ? "fr" : "nl";
    }

    public String form(DueAction action) {
        return action.form().in(Language.fromCode(UiLanguage.current()).orElse(Language.NL));
    }
}
