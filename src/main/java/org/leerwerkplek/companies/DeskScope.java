package org.leerwerkplek.companies;

import java.util.Collection;
import java.util.Optional;
import org.leerwerkplek.platform.security.UserService;

/**
 * Whose items a desk shows. An advisor's desk shows its own: the visits it made or planned, its
 * fiches, the actions it owns, the companies assigned to it; asking for another's is ignored. An
 * admin's shows its own too, or the desk of the advisor it picks (to stand in for a colleague): one
 * advisor's at a time, as a whole register's would be a list nobody acts on.
 */
public final class DeskScope {

    private DeskScope() {
    }

    /**
     * The user name whose desk {@code caller} sees.
     *
     * @param requested the advisor an admin picked, if any
     * @param advisors  the accounts that may be picked (enabled advisors)
     */
    public static String whose(UserService.Caller caller, Optional<String> requested, Collection<String> advisors) {
        if (!CompanyAccess.isAdmin(caller)) {
            return caller.username();
        }
        return requested.map(String::trim).filter(advisors::contains).orElse(caller.username());
    }
}
