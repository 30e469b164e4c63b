package org.leerwerkplek.companies.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leerwerkplek.companies.ActionOwners;
import org.leerwerkplek.companies.VisitService;

/** The accounts that may own support actions, for the owner lists of the fiche and company pages, read once per request. */
@Named("actionOwners")
@RequestScoped
public class ActionOwnersBacking {

    @Inject
    VisitService visits;

    private ActionOwners owners;

    private ActionOwners owners() {
        if (owners == null) {
            owners = visits.owners();
        }
        return owners;
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
