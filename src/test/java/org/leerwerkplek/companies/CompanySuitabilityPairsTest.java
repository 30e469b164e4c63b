package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leerwerkplek.companies.CompanyListSql.count;
import static org.leerwerkplek.companies.CompanyListSql.page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * A suitability with a province, a size class or an advisor is read from the pair's index (migration
 * V49, named in a hint to Derby): on the migrated schema (in-memory Derby, or PostgreSQL with
 * {@code -Dlwp.test.postgresql.url=...}) the count and every page, each way and by three sort columns,
 * are exactly the companies that match both filters, in the list's order.
 */
class CompanySuitabilityPairsTest {

    private static final UserService.Caller ADMIN = new UserService.Caller("root", Set.of(Role.ADMIN));
    private static final Province[] PROVINCES = {Province.LIMBURG, Province.LUIK, Province.ANTWERPEN};
    private static final SizeClass[] SIZES = {SizeClass.FROM_0_TO_4, SizeClass.FROM_5_TO_9, SizeClass.FROM_10_TO_19};
    private static final String[] ADVISORS = {"adviseur-a", "adviseur-b", "adviseur-c", null};
    private static final String[] SUITABILITIES = {"GESCHIKT", "NOG_NIET_GESCHIKT", "GESCHIKT_MET_ONDERSTEUNING", null};

    private record Row(long id, String name, String city, int employees, Province province, SizeClass size,
                       String advisor, String suitability) {
    }

    @Test
    void everyPairOfASuitabilityWithAnotherFilterListsExactlyItsCompaniesInOrder() throws SQLException {
        try (MigratedDatabase migrated = new MigratedDatabase("suitabilitypairs");
             Connection c = migrated.dataSource().getConnection()) {
            List<Row> all = new ArrayList<>();
            for (int n = 0; n < 432; n++) {
                all.add(company(c, n));
            }
            List<CompanyFilter> filters = List.of(
                    filter(Province.LUIK, null, null, "GESCHIKT"),
                    filter(null, SizeClass.FROM_5_TO_9, null, "NOG_NIET_GESCHIKT"),
                    filter(null, null, "adviseur-b", "GESCHIKT_MET_ONDERSTEUNING"),
                    filter(Province.LIMBURG, SizeClass.FROM_10_TO_19, "adviseur-a", "GESCHIKT"));
            for (CompanyFilter filter : filters) {
                List<Row> matching = all.stream().filter(r -> matches(r, filter)).toList();
                assertTrue(matching.size() >= 3, "the data has companies for " + filter);
                assertEquals(matching.size(), count(c, CompanyListQuery.of(ADMIN, filter, "city", true)), "count of " + filter);
                for (String sort : List.of("name", "city", "employees")) {
                    Function<Row, Comparable<?>> key = switch (sort) {
                        case "name" -> Row::name;
                        case "city" -> Row::city;
                        default -> Row::employees;
                    };
                    @SuppressWarnings("unchecked")
                    Comparator<Row> order = Comparator.comparing(r -> (Comparable<Object>) key.apply(r));
                    for (boolean ascending : new boolean[] {true, false}) {
                        Comparator<Row> byId = order.thenComparing(Row::id);
                        List<Long> expected = matching.stream().sorted(ascending ? byId : byId.reversed()).map(Row::id).toList();
                        CompanyListQuery query = CompanyListQuery.of(ADMIN, filter, sort, ascending);
                        String what = filter + " by " + sort + (ascending ? " asc" : " desc");
                        assertEquals(expected, page(c, query, false, 0, 500), what);
                        assertEquals(expected.subList(2, Math.min(5, expected.size())), page(c, query, false, 2, 3), "page of 3 from 2, " + what);
                    }
                }
            }
        }
    }

    private static CompanyFilter filter(Province province, SizeClass size, String advisor, String suitability) {
        return new CompanyFilter(Optional.empty(), Optional.ofNullable(province), Optional.empty(),
                Optional.ofNullable(size), Optional.ofNullable(advisor), Optional.ofNullable(suitability));
    }

    private static boolean matches(Row r, CompanyFilter f) {
        return f.province().map(p -> p == r.province()).orElse(true)
                && f.sizeClass().map(s -> s == r.size()).orElse(true)
                && f.advisor().map(a -> a.equals(r.advisor())).orElse(true)
                && f.suitability().map(s -> s.equals(r.suitability())).orElse(true);
    }

    /**
     * Every combination of the four filters' values three times (432 companies), with names, cities and
     * employees that repeat in other rhythms (ties broken by id).
     */
    private static Row company(Connection c, int n) throws SQLException {
        SizeClass size = SIZES[n / 3 % SIZES.length];
        int employees = size.lowest() + n % 3;
        Row row = new Row(0, "firma" + (char) ('a' + n % 7), "stad" + (char) ('a' + n % 5), employees,
                PROVINCES[n % PROVINCES.length], size, ADVISORS[n / 9 % ADVISORS.length],
                SUITABILITIES[n / 36 % SUITABILITIES.length]);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO company (enterprise_number, name, search_name,"
                + " city, province, subsector_codes, employees, size_class, advisor, suitability, recognised, created_at,"
                + " updated_at, row_version) VALUES (?, ?, ?, ?, ?, 'RUWBOUW', ?, ?, ?, ?, FALSE, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, String.format("%010d", 2000 + n));
            insert.setString(2, row.name());
            insert.setString(3, row.name());
            insert.setString(4, row.city());
            insert.setString(5, row.province().name());
            insert.setInt(6, employees);
            insert.setString(7, size.name());
            insert.setString(8, row.advisor());
            insert.setString(9, row.suitability());
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Row(keys.getLong(1), row.name(), row.city(), employees, row.province(), size, row.advisor(),
                        row.suitability());
            }
        }
    }
}
