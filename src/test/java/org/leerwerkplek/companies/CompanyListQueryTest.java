package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;

class CompanyListQueryTest {

    private static final UserService.Caller ADVISOR = new UserService.Caller("an", Set.of(Role.ADVISOR));
    private static final UserService.Caller ADMIN = new UserService.Caller("root", Set.of(Role.ADMIN));

    private static CompanyFilter filter(String search, Province province) {
        return new CompanyFilter(Optional.ofNullable(search), Optional.ofNullable(province), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static CompanyFilter subsectorAndSize(Subsector subsector, SizeClass size) {
        return new CompanyFilter(Optional.empty(), Optional.empty(), Optional.ofNullable(subsector),
                Optional.ofNullable(size), Optional.empty(), Optional.empty());
    }

    @Test
    void anAdvisorsListJoinsItsReachOnTheKeyWithoutAnOr() {
        CompanyListQuery query = CompanyListQuery.of(ADVISOR, filter(null, Province.LIMBURG), "name", true);

        assertTrue(query.pageSql(false).contains(" from company c, company_reach r where r.advisor = ?"
                + " and c.id = r.company_id and c.province = ? order by c.search_name asc, c.id asc"
                + " offset ? rows fetch next ? rows only"), query.pageSql(false));
        assertEquals("select count(*) from (select c.id from company c, company_reach r where r.advisor = ?"
                + " and c.id = r.company_id and c.province = ? fetch first ? rows only) t", query.countSql());
        assertFalse(query.pageSql(false).contains(" or "), "an OR keeps the database from starting at the index");
        assertEquals(List.of("an", "LIMBURG"), query.sqlValues());
        assertFalse(query.walks(3000, 100_000, 50), "an advisor's reach is the better start");
    }

    @Test
    void everyValueIsAParameterAndThereIsNoConstantCondition() {
        CompanyListQuery none = CompanyListQuery.of(ADMIN, CompanyFilter.NONE, "city", false);

        assertTrue(none.pageSql(false).endsWith(" from company c order by c.city desc, c.id desc"
                + " offset ? rows fetch next ? rows only"), none.pageSql(false));
        assertEquals("select count(*) from (select c.id from company c fetch first ? rows only) t", none.countSql(),
                "the count stops at a limit");
        assertFalse(none.pageSql(false).contains("1 = 1"));
    }

    @Test
    void aNameSearchIsTheSameConditionInPageAndCount() {
        CompanyListQuery query = CompanyListQuery.of(ADMIN, filter("Da_%", null), "nonsense", true);

        assertTrue(query.pageSql(false).contains(" from company c where lower(c.search_name) like ? order by c.search_name asc"),
                query.pageSql(false));
        assertTrue(query.countSql().contains(" where c.search_name like ? fetch first"), "from the name index: " + query.countSql());
        assertEquals(List.of("%da%"), query.sqlValues(), "typed wildcards are dropped; too short for the name parts");
        assertEquals(List.of("%da%"), query.countValues());

        CompanyListQuery number = CompanyListQuery.of(ADMIN, filter("BE 0403.170", null), "name", true);
        assertTrue(number.countSql().contains("(c.enterprise_number like ? or c.search_name like ?)"));
        assertTrue(number.pageSql(false).contains("(c.enterprise_number like ? or c.search_name like ?)"));
        assertEquals(List.of("0403170%", "%be 0403.170%"), number.sqlValues());
    }

    @Test
    void everySortIsATotalOrderThatAnIndexGivesEitherWay() {
        assertOrder("province", false, " order by c.province desc, c.search_name desc, c.id desc",
                "index=IX_COMPANY_PROVINCE_DESC");
        assertOrder("suitability", true, " order by c.suitability asc, c.search_name asc, c.id asc",
                "index=IX_COMPANY_SUITABILITY");
        assertOrder("number", false, " order by c.enterprise_number desc", "index=IX_COMPANY_NUMBER_DESC");
        assertOrder("number", true, " order by c.enterprise_number asc", "constraint=UQ_COMPANY_NUMBER");
        assertOrder("updatedAt", true, " order by c.updated_at asc, c.id asc", "index=IX_COMPANY_UPDATED");
        assertOrder("name", false, " order by c.search_name desc, c.id desc", "index=IX_COMPANY_NAME_DESC");
        assertOrder("employees", false, " order by c.employees desc, c.id desc", "index=IX_COMPANY_EMPLOYEES_DESC");
        assertOrder("advisor", true, " order by c.advisor asc, c.search_name asc, c.id asc", "index=IX_COMPANY_ADVISOR");
    }

    private static void assertOrder(String sort, boolean ascending, String order, String index) {
        CompanyListQuery query = CompanyListQuery.of(ADMIN, CompanyFilter.NONE, sort, ascending);
        assertTrue(query.pageSql(false).endsWith(order + " offset ? rows fetch next ? rows only"), query.pageSql(false));
        assertEquals(index, query.orderIndex());
        assertTrue(query.pageSql(true).contains(" from company c --DERBY-PROPERTIES " + index + "\n"),
                "a line comment to any other database: " + query.pageSql(true));
    }

    @Test
    void aSubsectorWithASizeClassOrSuitabilityStartsFromOneRangeOfTheActivityTable() {
        String byId = " --DERBY-PROPERTIES constraint=PK_COMPANY, joinStrategy=NESTEDLOOP\n";
        CompanyListQuery query = CompanyListQuery.of(ADMIN, subsectorAndSize(Subsector.DAKWERKEN, SizeClass.FROM_5_TO_9),
                "city", false);

        assertEquals("select c.id, c.enterprise_number, c.name, c.city, c.province, c.subsector_codes, c.employees,"
                + " c.size_class, c.advisor, c.suitability from --DERBY-PROPERTIES joinOrder=FIXED\n"
                + " (select s.company_id from company_subsector s where s.subsector = ? and s.size_class = ?) m, company c"
                + byId + " where c.id = m.company_id order by c.city desc, c.id desc offset ? rows fetch next ? rows only",
                query.pageSql(true), "never read in the sort index's order");
        assertEquals(List.of("DAKWERKEN", "FROM_5_TO_9"), query.sqlValues());
        assertEquals("select count(*) from (select s.company_id from company_subsector s where s.subsector = ?"
                + " and s.size_class = ? fetch first ? rows only) t", query.countSql(), "counted from the index alone");
        assertEquals(List.of("DAKWERKEN", "FROM_5_TO_9"), query.countValues());
        assertFalse(query.walks(2_000, 100_000, 50));

        CompanyListQuery more = CompanyListQuery.of(ADMIN, new CompanyFilter(Optional.empty(), Optional.of(Province.LIMBURG),
                Optional.of(Subsector.RUWBOUW), Optional.empty(), Optional.empty(), Optional.of("GESCHIKT")), "name", true);
        assertEquals("select count(*) from (select c.id from --DERBY-PROPERTIES joinOrder=FIXED\n"
                + " (select s.company_id from company_subsector s where s.subsector = ? and s.suitability = ?) m, company c"
                + byId + " where c.id = m.company_id and c.province = ? fetch first ? rows only) t", more.countSql());
        assertEquals(List.of("RUWBOUW", "GESCHIKT", "LIMBURG"), more.sqlValues(), "the activity table's values first, as in the SQL");
        assertEquals(more.sqlValues(), more.countValues());

        CompanyListQuery advisor = CompanyListQuery.of(ADVISOR, new CompanyFilter(Optional.empty(), Optional.empty(),
                Optional.of(Subsector.RUWBOUW), Optional.empty(), Optional.empty(), Optional.of("GESCHIKT")), "name", true);
        assertTrue(advisor.countSql().contains(" m, company c" + byId + ", company_reach r where r.advisor = ?"
                + " and c.id = r.company_id and c.id = m.company_id fetch first"), "still only the advisor's reach: "
                + advisor.countSql());
        assertEquals(List.of("RUWBOUW", "GESCHIKT", "an"), advisor.countValues());
    }

    @Test
    void anAdvisorsSuitabilityOrSizeClassReadsTheReachFirstThenItsCompaniesById() {
        CompanyListQuery query = CompanyListQuery.of(ADVISOR, new CompanyFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("GESCHIKT")), "advisor", false);

        assertTrue(query.pageSql(false).contains(" from --DERBY-PROPERTIES joinOrder=FIXED\n company_reach r, company c"
                + " --DERBY-PROPERTIES constraint=PK_COMPANY, joinStrategy=NESTEDLOOP\n where r.advisor = ?"
                + " and c.id = r.company_id and c.suitability = ? order by"), query.pageSql(false));
        assertTrue(query.countSql().contains(" company_reach r, company c --DERBY"), query.countSql());
        assertEquals(List.of("an", "GESCHIKT"), query.sqlValues());
    }

    @Test
    void theSubsectorFilterReadsTheRepeatedCodesOnThePageAndTheActivityTableInTheCount() {
        CompanyListQuery query = CompanyListQuery.of(ADMIN, new CompanyFilter(Optional.empty(), Optional.of(Province.LUIK),
                Optional.of(Subsector.DAKWERKEN), Optional.empty(), Optional.empty(), Optional.empty()), "city", false);

        assertTrue(query.pageSql(false).contains(" where c.province = ? and ('|' || c.subsector_codes || '|') like ?"
                + " order by"), query.pageSql(false));
        assertEquals(List.of("LUIK", "%|DAKWERKEN|%"), query.sqlValues());
        assertEquals("select count(*) from (select c.id from company c where c.province = ? and c.id in"
                + " (select s.company_id from company_subsector s where s.subsector = ?) fetch first ? rows only) t",
                query.countSql());
        assertEquals(List.of("LUIK", "DAKWERKEN"), query.countValues());

        CompanyListQuery alone = CompanyListQuery.of(ADMIN, subsectorAndSize(Subsector.DAKWERKEN, null), "name", true);
        assertEquals("select count(*) from (select s.company_id from company_subsector s where s.subsector = ?"
                + " fetch first ? rows only) t", alone.countSql(), "a subsector alone is counted from its index only");
        assertEquals(List.of("DAKWERKEN"), alone.countValues());
        CompanyListQuery advisor = CompanyListQuery.of(ADVISOR, subsectorAndSize(Subsector.DAKWERKEN, null), "name", true);
        assertEquals("select count(*) from (select s.company_id from company_subsector s, company_reach r"
                + " where r.advisor = ? and s.company_id = r.company_id and s.subsector = ? fetch first ? rows only) t",
                advisor.countSql());
        assertEquals(List.of("an", "DAKWERKEN"), advisor.countValues());
    }

    @Test
    void aSuitabilityWithAnotherEqualityFilterIsReadFromThePairsIndex() {
        CompanyListQuery provinceByCity = CompanyListQuery.of(ADMIN, new CompanyFilter(Optional.empty(),
                Optional.of(Province.LIMBURG), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("GESCHIKT")), "city", true);
        String pair = " from company c --DERBY-PROPERTIES index=IX_COMPANY_PROVINCE_SUITABILITY\n where c.province = ?"
                + " and c.suitability = ?";
        assertTrue(provinceByCity.pageSql(false).contains(pair + " order by c.city asc"), provinceByCity.pageSql(false));
        assertEquals("select count(*) from (select c.id" + pair + " fetch first ? rows only) t", provinceByCity.countSql());

        CompanyListQuery all = CompanyListQuery.of(ADMIN, new CompanyFilter(Optional.empty(),
                Optional.of(Province.LIMBURG), Optional.empty(), Optional.of(SizeClass.FROM_5_TO_9),
                Optional.of("adviseur-01"), Optional.of("GESCHIKT")), "name", false);
        assertTrue(all.pageSql(false).contains(" --DERBY-PROPERTIES index=IX_COMPANY_ADVISOR_SUITABILITY\n"),
                "the advisor's pair is the narrowest: " + all.pageSql(false));

        CompanyListQuery sizeByEmployees = CompanyListQuery.of(ADMIN, new CompanyFilter(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(SizeClass.FROM_5_TO_9), Optional.empty(),
                Optional.of("GESCHIKT")), "employees", true);
        assertFalse(sizeByEmployees.pageSql(false).contains("SUITABILITY"),
                "a size class sorted by employees is its range of employees: " + sizeByEmployees.pageSql(false));

        CompanyListQuery alone = CompanyListQuery.of(ADMIN, new CompanyFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("GESCHIKT")), "city", true);
        assertFalse(alone.pageSql(false).contains("--DERBY-PROPERTIES"), alone.pageSql(false));
        CompanyListQuery advisors = CompanyListQuery.of(ADVISOR, new CompanyFilter(Optional.empty(),
                Optional.of(Province.LIMBURG), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("GESCHIKT")), "city", true);
        assertFalse(advisors.pageSql(false).contains("_SUITABILITY"), "an advisor starts from its reach");
    }

    @Test
    void aPageIsReadInSortOrderOnlyWhenThatReadsFewerCompaniesThanTheMatches() {
        CompanyListQuery byCity = CompanyListQuery.of(ADMIN, subsectorAndSize(Subsector.DAKWERKEN, null), "city", true);
        assertTrue(byCity.walks(19_000, 100_000, 500), "about 2,600 read in order against 19,000 matches");
        assertFalse(byCity.walks(2_000, 100_000, 500), "25,000 read in order against 2,000 matches");
        assertFalse(byCity.walks(400, 100_000, 500), "a page past the matches");
        assertFalse(byCity.walks(0, 100_000, 50));

        CompanyListQuery limburgByName = CompanyListQuery.of(ADMIN, filter(null, Province.LIMBURG), "name", false);
        assertFalse(limburgByName.walks(50_000, 100_000, 500), "the province index gives the order");
        CompanyListQuery limburgByProvince = CompanyListQuery.of(ADMIN, filter(null, Province.LIMBURG), "province", true);
        assertFalse(limburgByProvince.walks(50_000, 100_000, 500), "the province index gives the order");
        CompanyListQuery shortSearchByName = CompanyListQuery.of(ADMIN, filter("pe", null), "name", true);
        assertTrue(shortSearchByName.walks(4_000, 100_000, 50));
        CompanyListQuery searchByName = CompanyListQuery.of(ADMIN, filter("peeters", null), "name", true);
        assertTrue(searchByName.walks(4_000, 100_000, 500), "sorted by name, 12,500 index entries rather than 4,000 probes");
        assertFalse(searchByName.walks(100, 100_000, 50), "a rare name: its candidates");
        CompanyListQuery searchByCity = CompanyListQuery.of(ADMIN, filter("peeters", null), "city", true);
        assertFalse(searchByCity.walks(4_000, 100_000, 50), "a name search by another column starts from its candidates");
    }

    @Test
    void aSizeClassSortedByEmployeesIsItsRangeOfEmployeesReadInOrder() {
        CompanyFilter small = subsectorAndSize(null, SizeClass.FROM_0_TO_4);
        CompanyListQuery query = CompanyListQuery.of(ADMIN, small, "employees", false);

        assertEquals("select c.id, c.enterprise_number, c.name, c.city, c.province, c.subsector_codes, c.employees,"
                + " c.size_class, c.advisor, c.suitability from company c --DERBY-PROPERTIES index=IX_COMPANY_EMPLOYEES_DESC\n"
                + " where c.employees >= ? and c.employees <= ? order by c.employees desc, c.id desc"
                + " offset ? rows fetch next ? rows only", query.pageSql(true));
        assertEquals(List.of(0, 4), query.sqlValues());
        assertTrue(query.walks(10_001, 100_000, 500), "the walk starts at the class's range");
        assertFalse(query.walks(400, 100_000, 500), "a page past the matches");

        CompanyListQuery large = CompanyListQuery.of(ADMIN, subsectorAndSize(null, SizeClass.FROM_100), "employees", true);
        assertTrue(large.pageSql(false).contains(" where c.employees >= ? order by c.employees asc"), large.pageSql(false));
        assertEquals(List.of(100), large.sqlValues());

        CompanyListQuery withSuitability = CompanyListQuery.of(ADMIN, new CompanyFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(SizeClass.FROM_20_TO_49), Optional.empty(), Optional.of("GESCHIKT")),
                "employees", true);
        assertTrue(withSuitability.pageSql(false).contains(" where c.employees >= ? and c.employees <= ?"
                + " and c.suitability = ? order by"), withSuitability.pageSql(false));
        assertEquals(List.of(20, 49, "GESCHIKT"), withSuitability.sqlValues());
        assertTrue(withSuitability.walks(4_000, 100_000, 500), "at most the class's rows, in order");

        CompanyListQuery withAdvisor = CompanyListQuery.of(ADMIN, new CompanyFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(SizeClass.FROM_0_TO_4), Optional.of("an"), Optional.empty()),
                "employees", true);
        assertFalse(withAdvisor.walks(1_000, 100_000, 500), "an advisor's own index is the smaller start");

        assertTrue(CompanyListQuery.of(ADMIN, small, "name", true).pageSql(false).contains("c.size_class = ?"),
                "sorted otherwise, the class's own index");
        assertTrue(CompanyListQuery.of(ADVISOR, small, "employees", true).pageSql(false).contains("c.size_class = ?"),
                "an advisor's list starts from its reach");
        assertTrue(CompanyListQuery.of(ADMIN, small, null, true).countSql().contains("c.size_class = ?"),
                "the count reads the class's index alone");
        for (SizeClass size : SizeClass.values()) {
            for (int employees : new int[] {size.lowest(), size.highest()}) {
                assertEquals(size, SizeClass.of(employees), "the range is the class's own");
            }
        }
    }

    @Test
    void aNameSearchOfThreeOrMoreCharactersStartsFromTheNameParts() {
        String parts = " from --DERBY-PROPERTIES joinOrder=FIXED\n"
                + " (select distinct p.company_id from company_name_part p where p.part like ?) m, company c";
        CompanyListQuery query = CompanyListQuery.of(ADMIN, filter("Dak_%", Province.LIMBURG), "city", false);

        assertEquals("select c.id, c.enterprise_number, c.name, c.city, c.province, c.subsector_codes, c.employees,"
                + " c.size_class, c.advisor, c.suitability" + parts + " where c.id = m.company_id and c.search_name like ?"
                + " and c.province = ? order by c.city desc, c.id desc offset ? rows fetch next ? rows only", query.pageSql(false));
        assertEquals("select count(*) from (select c.id" + parts + " where c.id = m.company_id and c.search_name like ?"
                + " and c.province = ? fetch first ? rows only) t", query.countSql());
        assertEquals(List.of("dak%", "%dak%", "LIMBURG"), query.sqlValues(), "the part's value first, as in the SQL");
        assertEquals(query.sqlValues(), query.countValues());

        CompanyListQuery withSubsector = CompanyListQuery.of(ADMIN, new CompanyFilter(Optional.of("peeters"), Optional.empty(),
                Optional.of(Subsector.DAKWERKEN), Optional.empty(), Optional.empty(), Optional.empty()), "name", true);
        assertEquals("select count(*) from (select c.id" + parts + " where c.id = m.company_id and c.search_name like ?"
                + " and ('|' || c.subsector_codes || '|') like ? fetch first ? rows only) t", withSubsector.countSql(),
                "the subsector on the candidate's row, not an IN subquery Derby would scan for each candidate");
        assertEquals(List.of("peeters%", "%peeters%", "%|DAKWERKEN|%"), withSubsector.countValues());

        CompanyListQuery suitable = CompanyListQuery.of(ADMIN, new CompanyFilter(Optional.of("peeters"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("GESCHIKT")), "name", true);
        assertTrue(suitable.pageSql(false).contains(parts + " --DERBY-PROPERTIES constraint=PK_COMPANY,"
                + " joinStrategy=NESTEDLOOP\n where c.id = m.company_id and c.search_name like ? and c.suitability = ?"),
                "beside a suitability each candidate by id, not the suitability's index: " + suitable.pageSql(false));

        CompanyListQuery advisor = CompanyListQuery.of(ADVISOR, filter("Bouw Peeters 12345", null), "name", true);
        assertTrue(advisor.pageSql(false).contains(parts + ", company_reach r where r.advisor = ? and c.id = r.company_id"
                + " and c.id = m.company_id and c.search_name like ? order by"), advisor.pageSql(false));
        assertEquals(List.of("bouw peeters%", "an", "%bouw peeters 12345%"), advisor.sqlValues(), "twelve characters looked up");
    }

    @Test
    void anAdminsNameSearchThatIsItsOwnKeyIsCountedFromThePartsAlone() {
        CompanyListQuery alone = CompanyListQuery.of(ADMIN, filter("Pee_ters", null), "name", true);
        assertEquals("select count(*) from (select distinct p.company_id from company_name_part p where p.part like ?"
                + " fetch first ? rows only) t", alone.countSql(), "a part beginning with the search is a match");
        assertEquals(List.of("peeters%"), alone.countValues());
        assertEquals(List.of("peeters%", "%peeters%"), alone.sqlValues(), "the page still checks the name");
        assertEquals(alone.countSql(), CompanyListQuery.of(ADMIN, filter("Bouw Peeters", null), "city", false).countSql(),
                "twelve characters are a whole key");

        for (String search : List.of("bouw peeters 12345", "bouw peeters x", "pee\\ters")) {
            CompanyListQuery checked = CompanyListQuery.of(ADMIN, filter(search, null), "name", true);
            assertTrue(checked.countSql().contains(" where c.id = m.company_id and c.search_name like ? fetch first"),
                    search + ": longer than its key or a backslash (PostgreSQL's escape) keeps the check: "
                            + checked.countSql());
            assertEquals(checked.sqlValues(), checked.countValues());
        }
        assertTrue(CompanyListQuery.of(ADMIN, filter("peeters", Province.LIMBURG), "name", true).countSql()
                .contains("c.province = ?"), "another filter reads the row");
        assertTrue(CompanyListQuery.of(ADVISOR, filter("peeters", null), "name", true).countSql()
                .contains("company_reach r"), "an advisor's count keeps its reach");
    }
}
