package org.leerwerkplek.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leerwerkplek.companies.CompanyListSql.count;
import static org.leerwerkplek.companies.CompanyListSql.page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.security.Role;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/**
 * An admin's name search sorted by name is read either from the name parts' candidates, sorted, or
 * from the name index in order, each entry checked ({@link CompanyListQuery#walks}); on the migrated
 * schema (in-memory Derby, or PostgreSQL with {@code -Dlwp.test.postgresql.url=...}) both give every
 * page of the list exactly as the names and ids sort, each way, and the count from the parts alone
 * gives the number of matches, with equal names, a name that holds the search twice and names that
 * do not match in between.
 */
class CompanyNameSearchPagesTest {

    private static final UserService.Caller ADMIN = new UserService.Caller("root", Set.of(Role.ADMIN));

    private record Row(long id, String searchName) {
    }

    @Test
    void everyPageOfANameSearchSortedByNameIsTheSameWhetherWalkedOrSorted() throws SQLException {
        try (MigratedDatabase migrated = new MigratedDatabase("namesearchpages")) {
            pagesOf(migrated.dataSource());
        }
    }

    private static void pagesOf(DataSource database) throws SQLException {
        List<Row> all = new ArrayList<>();
        String[] names = {"Dakwerken Peeters", "Bouw Claes", "Peeters Dak", "Aannemer Dakdekker", "dak dak dak",
            "Zinkwerk Dakgoot", "Dakwerken Peeters", "Betonbouw", "Xdak", "Da k niet", "Dakwerken Peeters", "Ruwbouw Dak"};
        try (Connection c = database.getConnection()) {
            for (int i = 0; i < 3; i++) {
                for (String name : names) {
                    all.add(company(c, all.size(), name));
                }
            }
        }
        List<Row> matching = all.stream().filter(r -> r.searchName().contains("dak"))
                .sorted(Comparator.comparing(Row::searchName).thenComparing(Row::id)).toList();
        assertEquals(27, matching.size());
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select id from company where search_name like '%dak%' order by search_name, id")) {
            List<Long> sorted = new ArrayList<>();
            while (rows.next()) {
                sorted.add(rows.getLong(1));
            }
            if (c.getMetaData().getDatabaseProductName().contains("Derby")) {
                assertEquals(matching.stream().map(Row::id).toList(), sorted, "Derby sorts names as Java does");
            } else {
                // PostgreSQL sorts in the database's collation: the expected order is its own
                matching = sorted.stream().map(id -> all.stream().filter(r -> r.id() == id).findFirst().orElseThrow()).toList();
            }
        }

        CompanyFilter dak = new CompanyFilter(Optional.of("DAK"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        try (Connection c = database.getConnection()) {
            assertEquals(matching.size(), count(c, CompanyListQuery.of(ADMIN, dak, null, true)), "the count from the parts");
            for (boolean ascending : new boolean[] {true, false}) {
                List<Long> expected = new ArrayList<>(matching.stream().map(Row::id).toList());
                if (!ascending) {
                    java.util.Collections.reverse(expected);
                }
                CompanyListQuery query = CompanyListQuery.of(ADMIN, dak, "name", ascending);
                for (boolean walk : new boolean[] {true, false}) {
                    assertEquals(expected, page(c, query, walk, 0, 500), "the whole list, walked " + walk);
                    for (int first = 0; first < matching.size() + 5; first++) {
                        int end = Math.min(first + 4, expected.size());
                        assertEquals(first >= end ? List.of() : expected.subList(first, end), page(c, query, walk, first, 4),
                                "the page of 4 from " + first + ", ascending " + ascending + ", walked " + walk);
                    }
                }
                assertTrue(query.walks(27, 36, 4), "a search that matches most of the register is walked");
                assertFalse(query.walks(27, 100_000, 4), "a rare one is read from its candidates");
            }
        }
    }

    private static Row company(Connection c, int n, String name) throws SQLException {
        String searchName = name.toLowerCase(java.util.Locale.ROOT);
        long id;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO company (enterprise_number, name, search_name,"
                + " province, subsector_codes, recognised, created_at, updated_at, row_version)"
                + " VALUES (?, ?, ?, 'LUIK', 'RUWBOUW', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, String.format("%010d", 1000 + n));
            insert.setString(2, name);
            insert.setString(3, searchName);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (String part : CompanyNameParts.of(searchName)) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO company_name_part (company_id, part) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, part);
                insert.executeUpdate();
            }
        }
        return new Row(id, searchName);
    }
}
