package org.leerwerkplek.companies.application;

import java.util.Optional;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/**
 * Who may see and act on a confirmed application: admins on every one; an advisor on the
 * unassigned ones and those assigned to it (taken ones stay with who took them); nobody else.
 */
public final class ApplicationAccess {

    private ApplicationAccess() {
    }

    public static boolean isStaff(UserService.Caller caller) {
        return isAdmin(caller) || caller.roles().contains(Role.ADVISOR);
    }

    static boolean isAdmin(UserService.Caller caller) {
        return caller.roles().contains(Role.ADMIN);
    }

    public static boolean canSee(UserService.Caller caller, ApplicationStatus status, Optional<String> assignedTo) {
        if (status == ApplicationStatus.UNCONFIRMED || !isStaff(caller)) {
            return false;
        }
        return isAdmin(caller) || status == ApplicationStatus.NEW || assignedTo.filter(caller.username()::equals).isPresent();
    }

    public static boolean canTake(UserService.Caller caller, ApplicationStatus status, Optional<String> assignedTo) {
        return status != ApplicationStatus.TAKEN && canSee(caller, status, assignedTo);
    }
}
