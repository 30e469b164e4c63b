package org.leerwerkplek.placements.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.leerwerkplek.placements.Candidate;
import org.leerwerkplek.placements.PlacementService;
import org.leerwerkplek.placements.PlacementView;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.web.Callers;
import org.leerwerkplek.platform.web.FacesMessages;

/** The placements section of a company's page ({@code WEB-INF/includes/placements/company.xhtml}). */
@Named("companyPlacements")
@RequestScoped
public class CompanyPlacementsBacking {

    @Inject
    PlacementService placements;

    @Inject
    SecurityContext security;

    private List<PlacementView> shown;

    public List<PlacementView> of(long companyId) {
        if (shown == null) {
            try {
                shown = placements.ofCompany(Callers.of(security), companyId);
            } catch (DomainException e) {
                shown = List.of();
            }
        }
        return shown;
    }

    /** Starts a placement at the company and opens it. */
    public String start(long companyId) {
        try {
            PlacementView started = placements.start(Callers.of(security), companyId, Candidate.NONE);
            return "/placements/placement.xhtml?faces-redirect=true&id=" + started.id();
        } catch (DomainException e) {
            FacesMessages.error(e);
            return null;
        }
    }
}
