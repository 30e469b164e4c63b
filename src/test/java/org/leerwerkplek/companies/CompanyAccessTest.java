package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

class CompanyAccessTest {

    private static final UserService.Caller AN = new UserService.Caller("an", Set.of(Role.ADVISOR));
    private static final UserService.Caller ANALYST = new UserService.Caller("els", Set.of(Role.ANALYST));
    private static final UserService.Caller ADMIN = new UserService.Caller("root", Set.of(Role.ADMIN));
    private static final UserService.Caller MENTOR = new UserService.Caller("jo", Set.of(Role.MENTOR));

    @Test
    void anAdvisorReadsAndEditsItsOwnAndVisitedCompaniesOnly() {
        assertTrue(CompanyAccess.canEdit(AN, "an", false));
        assertTrue(CompanyAccess.canEdit(AN, "bert", true), "visited by an");
        assertFalse(CompanyAccess.canRead(AN, "bert", false));
        assertFalse(CompanyAccess.canRead(AN, null, false), "unassigned and not visited");
    }

    @Test
    void analystsReadEverythingPseudonymisedAndChangeNothing() {
        assertTrue(CompanyAccess.canRead(ANALYST, "bert", false));
        assertFalse(CompanyAccess.canEdit(ANALYST, "bert", false));
        assertTrue(CompanyAccess.isPseudonymised(ANALYST));
        assertFalse(CompanyAccess.isPseudonymised(ADMIN));
        assertFalse(CompanyAccess.canRegister(ANALYST));
    }

    @Test
    void adminsDoEverythingAndOtherRolesNothing() {
        assertTrue(CompanyAccess.canEdit(ADMIN, "bert", false));
        assertFalse(CompanyAccess.canRead(MENTOR, "jo", true));
        assertFalse(CompanyAccess.canRegister(MENTOR));
    }
}
