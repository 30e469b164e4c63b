package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

class ActionOwnersTest {

    private static UserService.UserView account(String username, String name, boolean enabled, Role... roles) {
        return new UserService.UserView(username, name, null, Set.of(roles), enabled, false, Instant.EPOCH);
    }

    private final ActionOwners owners = new ActionOwners(List.of(
            account("adv1", "Anna Adviseur", true, Role.ADVISOR),
            account("admin", null, true, Role.ADMIN),
            account("zoe", "Zoë Analist", true, Role.ANALYST),
            account("old", "Oud Adviseur", false, Role.ADVISOR),
            account("bert", "Bert Bouwman", true, Role.ADVISOR, Role.ANALYST)));

    @Test
    void advisorsAndAdminsWithAnActiveAccountMayOwnActionsListedByName() {
        assertEquals(List.of("admin", "Anna Adviseur", "Bert Bouwman"),
                owners.all().stream().map(ActionOwners.Owner::name).toList(), "an account without a display name by its user name");
        assertEquals(List.of("admin", "adv1", "bert"), owners.all().stream().map(ActionOwners.Owner::username).toList());
    }

    @Test
    void theOwnerIsAnAccountFromTheListNeverFreeText() {
        assertEquals("adv1", owners.require(" adv1 "));
        DomainException byName = assertThrows(DomainException.class, () -> owners.require("Anna Adviseur"));
        assertEquals("company.action.ownerUnknown", byName.messageKey());
        assertEquals("company.action.ownerUnknown", assertThrows(DomainException.class, () -> owners.require("zoe")).messageKey(),
                "an analyst does not own actions");
        assertEquals("company.action.ownerUnknown", assertThrows(DomainException.class, () -> owners.require("old")).messageKey(),
                "nor a disabled account");
        assertEquals("company.action.owner", assertThrows(DomainException.class, () -> owners.require(" ")).messageKey());
    }

    @Test
    void theCompanysAdvisorIsTheDefaultOwnerWhenItMayOwnActions() {
        assertEquals("bert", owners.defaultFor("bert", "adv1"));
        assertEquals("adv1", owners.defaultFor(null, "adv1"), "a company without an advisor: who decides");
        assertEquals("adv1", owners.defaultFor("old", "adv1"), "a disabled advisor: who decides");
    }

    @Test
    void ownersAreShownByDisplayName() {
        assertEquals("Anna Adviseur", owners.name("adv1"));
        assertEquals("Oud Adviseur", owners.name("old"), "also an account that may no longer own actions");
        assertEquals("gone", owners.name("gone"), "an unknown user name as it is");
        assertEquals("", owners.name(null));
    }

    @Test
    void anAnalystSeesOwnersAsStablePseudonymsAndNoOwnerNote() {
        ActionOwners seen = new ActionOwners(List.of(
                new UserService.UserView("adv1", "Anna Adviseur", "anna@fonds.be", Set.of(Role.ADVISOR), true, false,
                        Instant.parse("2026-01-05T09:00:00.123456Z")),
                new UserService.UserView("bert", "Bert Bouwman", null, Set.of(Role.ADVISOR), true, false,
                        Instant.parse("2026-03-17T14:30:00.654321Z")))).pseudonymised();

        String anna = seen.name("adv1");
        assertTrue(anna.matches("Account [0-9a-f]{4}"), anna);
        assertEquals(anna, seen.username("adv1"), "the user name is no more shown than the display name");
        assertEquals(anna, seen.name("adv1"), "the same pseudonym every time");
        assertNotEquals(anna, seen.name("bert"), "two people, two pseudonyms");
        assertFalse(anna.contains("Anna") || anna.contains("adv1"));
        assertNull(seen.note("Marc van de bouwfirma"), "a free-text owner note may name someone");
        assertEquals(List.of(), seen.all(), "an analyst picks no owners");
        assertEquals("", seen.name(null));

        assertEquals("Anna Adviseur", owners.name("adv1"), "advisors and admins see the name");
        assertEquals("adv1", owners.username("adv1"));
        assertEquals("Marc", owners.note("Marc"));
    }
}
