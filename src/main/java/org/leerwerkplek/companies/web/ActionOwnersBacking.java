package org.leerwerkplek.companies.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.leerwerkplek.companies.ActionOwners;
import org.leerwerkplek.companies.VisitService;
import org.leerwerkplek.platform.security.web.Callers;

/**
 * The accounts that may own support actions, for the owner lists of the fiche and company pages, read
 * once per request; for an analyst, owners show as pseudonyms ({@link ActionOwners#pseudonymised()}).
 */
@Named("actionOwners")
@RequestScoped
public class ActionOwnersBacking {

    @Inject
    VisitService visits;

    @Inject
    SecurityContext security;

    private ActionOwners owners;

    private ActionOwners owners() {
        if (owners == null) {
            owners = visits.owners(Callers.of(security));
        }
        return owners;
    }

    /** An action's owner note as the reader may see it (none for an analyst). */
    public String note(String ownerNote) {
        return owners().note(ownerNote);
    }

    public List<ActionOwners.Owner> getAll() {
        return owners().all();
    }

    /** The display name of an owner; a dash for none. */
    public String name(String username) {
        String name = owners().name(username);
        return name.isEmpty() ? "–" : name;
    }
}
