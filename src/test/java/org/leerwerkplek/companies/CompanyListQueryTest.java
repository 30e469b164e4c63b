package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

class CompanyListQueryTest {

    private static final UserService.Caller ADVISOR = new UserService.Caller("an", Set.of(Role.ADVISOR));
    private static final UserService.Caller ADMIN = new UserService.Caller("root", Set.of(Role.ADMIN));

    private static CompanyFilter filter(String search, Province province) {
        return new CompanyFilter(Optional.ofNullable(search), Optional.ofNullable(province), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void anAdvisorsListJoinsItsReachOnTheKeyWithoutAnOr() {
        CompanyListQuery query = CompanyListQuery.of(ADVISOR, filter(null, Province.LIMBURG), "name", true);

        assertTrue(query.page().contains(" from CompanyReach r, Company c where r.advisor = :me and c.id = r.companyId"
                + " and c.province = :province order by c.searchName asc, c.id asc"), query.page());
        assertTrue(query.count().endsWith(" from CompanyReach r, Company c where r.advisor = :me and c.id = r.companyId"
                + " and c.province = :province"), query.count());
        assertFalse(query.page().contains(" or "), "an OR keeps the database from starting at the index");
        assertEquals(Map.of("me", "an", "province", Province.LIMBURG), query.parameters());
    }

    @Test
    void everyValueIsAParameterAndThereIsNoConstantCondition() {
        CompanyListQuery none = CompanyListQuery.of(ADMIN, CompanyFilter.NONE, "city", false);

        assertTrue(none.page().endsWith(" from Company c order by c.city desc, c.id desc"), none.page());
        assertEquals("select count(c) from Company c", none.count());
        assertFalse(none.page().contains("1 = 1"));
    }

    @Test
    void aNameSearchIsTheSameConditionInPageAndCount() {
        CompanyListQuery query = CompanyListQuery.of(ADMIN, filter("Dak_%", null), "nonsense", true);

        assertTrue(query.page().contains(" where lower(c.searchName) like :name order by c.searchName asc"), query.page());
        assertTrue(query.count().endsWith(" where c.searchName like :name"), query.count());
        assertEquals("%dak%", query.parameters().get("name"), "typed wildcards are dropped");

        CompanyListQuery number = CompanyListQuery.of(ADMIN, filter("BE 0403.170", null), "name", true);
        assertTrue(number.count().contains("(c.enterpriseNumber like :number or c.searchName like :name)"));
        assertEquals("0403170%", number.parameters().get("number"));
    }
}
