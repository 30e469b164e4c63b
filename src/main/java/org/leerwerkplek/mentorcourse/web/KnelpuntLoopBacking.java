package org.leerwerkplek.mentorcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.KnelpuntLoopService;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.UiLanguage;

/**
 * The company page's section on the loop from knelpunten to training
 * ({@code WEB-INF/includes/mentorcourse/knelpunt-loop.xhtml}, reads {@code #{company.id}}).
 */
@Named("knelpuntLoop")
@RequestScoped
public class KnelpuntLoopBacking {

    @Inject
    KnelpuntLoopService service;

    @Inject
    SecurityContext security;

    private Long companyId;
    private KnelpuntLoopService.CompanyLoopView view;

    /** The company's loop; null for a company the caller may not see (the page says so already). */
    public KnelpuntLoopService.CompanyLoopView of(long company) {
        if (companyId == null || companyId != company) {
            companyId = company;
            try {
                view = service.ofCompany(Callers.of(security), company, Language.forPage(UiLanguage.current()));
            } catch (DomainException e) {
                view = null;
            }
        }
        return view;
    }

    /** Whether the company has a completed fiche that names a knelpunt. */
    public boolean hasRows(long company) {
        return Optional.ofNullable(of(company)).map(v -> !v.rows().isEmpty()).orElse(false);
    }
}
