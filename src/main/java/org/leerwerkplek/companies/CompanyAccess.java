package org.leerwerkplek.companies;

import java.util.Objects;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/**
 * Who may see and change a company. Admins: everything, and they alone reassign. Advisors: the
 * companies assigned to them and those they visited, to read and to change. Analysts: every
 * company to read, with people (contacts, who was interviewed) as pseudonyms and the advisor left out. Anyone else:
 * nothing. A company the caller may not see is reported as not found, so ids cannot be probed.
 */
public final class CompanyAccess {

    private CompanyAccess() {
    }

    public static boolean isAdmin(UserService.Caller caller) {
        return caller.roles().contains(Role.ADMIN);
    }

    /** Whether the caller reads every company (admins and analysts) rather than its own. */
    public static boolean readsAll(UserService.Caller caller) {
        return isAdmin(caller) || caller.roles().contains(Role.ANALYST);
    }

    /** Whether people show as pseudonyms for the caller: analysts who are neither admin nor advisor. */
    public static boolean isPseudonymised(UserService.Caller caller) {
        return caller.roles().contains(Role.ANALYST) && !isAdmin(caller) && !caller.roles().contains(Role.ADVISOR);
    }

    /** Whether the caller may see a company assigned to {@code advisor}, which it visited or not. */
    public static boolean canRead(UserService.Caller caller, String advisor, boolean visitedByCaller) {
        return readsAll(caller) || isOwn(caller, advisor, visitedByCaller);
    }

    /** Whether the caller may change a company: its details, visits, fiches and plan (and, for the placements part, its placements). */
    public static boolean canEdit(UserService.Caller caller, String advisor, boolean visitedByCaller) {
        return isAdmin(caller) || isOwn(caller, advisor, visitedByCaller);
    }

    /** Whether the caller may register a company (admins and advisors). */
    public static boolean canRegister(UserService.Caller caller) {
        return isAdmin(caller) || caller.roles().contains(Role.ADVISOR);
    }

    private static boolean isOwn(UserService.Caller caller, String advisor, boolean visitedByCaller) {
        return caller.roles().contains(Role.ADVISOR)
                && (Objects.equals(advisor, caller.username()) || visitedByCaller);
    }
}
