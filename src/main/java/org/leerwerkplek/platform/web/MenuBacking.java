package org.leerwerkplek.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Set;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.security.web.Callers;

/** The menu entries the signed-in user may open. */
@Named("menu")
@RequestScoped
public class MenuBacking {

    @Inject
    SecurityContext security;

    @Inject
    UserService users;

    private String callerName;

    /** The entries of the parts (and Administration) the caller's roles may open, in menu order. */
    public List<MenuEntry> getParts() {
        Set<Role> roles = Callers.of(security).roles();
        return Menu.entries().stream().filter(entry -> entry.isOpenTo(roles)).toList();
    }

    /** The pages for people without an account, offered on the sign-in page. */
    public List<PublicEntry> getPublicEntries() {
        return Menu.publicEntries();
    }

    /** The sections of the start page the caller's roles may see, in order. */
    public List<DeskSection> getDesk() {
        Set<Role> roles = Callers.of(security).roles();
        return Menu.desk().stream().filter(section -> section.isOpenTo(roles)).toList();
    }

    /** The pages of Administration's navigation (the pages themselves are for admins only). */
    public List<AdminPage> getAdminPages() {
        return Menu.adminPages();
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The signed-in user's display name (the user name when it has none), read once per request. */
    public String getCallerName() {
        if (callerName == null) {
            callerName = isSignedIn() ? users.shownName(security.getCallerPrincipal().getName()) : "";
        }
        return callerName;
    }
}
