package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

/** Whose items a desk shows: an advisor's own always; an admin's own, or the advisor it picks. */
class DeskScopeTest {

    private static final List<String> ADVISORS = List.of("an", "bert");

    private static UserService.Caller caller(String name, Role... roles) {
        return new UserService.Caller(name, EnumSet.of(roles[0], roles));
    }

    @Test
    void anAdvisorSeesItsOwnDesk() {
        assertEquals("an", DeskScope.whose(caller("an", Role.ADVISOR), Optional.empty(), ADVISORS));
    }

    @Test
    void anAdvisorAskingForAnothersDeskStillSeesItsOwn() {
        assertEquals("an", DeskScope.whose(caller("an", Role.ADVISOR), Optional.of("bert"), ADVISORS));
        assertEquals("an", DeskScope.whose(caller("an", Role.ADVISOR, Role.ANALYST), Optional.of("bert"), ADVISORS));
    }

    @Test
    void anAdminSeesItsOwnDeskUnlessItPicksAnAdvisor() {
        UserService.Caller admin = caller("root", Role.ADMIN);
        assertEquals("root", DeskScope.whose(admin, Optional.empty(), ADVISORS));
        assertEquals("root", DeskScope.whose(admin, Optional.of(""), ADVISORS), "the empty choice is its own desk");
        assertEquals("bert", DeskScope.whose(admin, Optional.of("bert"), ADVISORS));
        assertEquals("bert", DeskScope.whose(admin, Optional.of(" bert "), ADVISORS));
    }

    @Test
    void anAdminPickingSomeoneWhoIsNoAdvisorSeesItsOwnDesk() {
        UserService.Caller admin = caller("root", Role.ADMIN);
        assertEquals("root", DeskScope.whose(admin, Optional.of("analyst-1"), ADVISORS));
        assertEquals("root", DeskScope.whose(admin, Optional.of("nobody"), List.of()));
    }
}
