package org.leerwerkplek.companies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.platform.security.UserService;

/**
 * The JPQL of one page of the company list and of its count, with the caller's visibility, the
 * filter and a whitelisted sort. Both queries have the same conditions (the name search written
 * in an equivalent form, see {@link #page()}), so the page and its count always agree; the page query selects only the list's columns (no entity, no collections). An
 * advisor's companies (assigned or visited) come from a join with {@link CompanyReach} on its
 * key, so the database starts from the advisor's few thousand rows instead of the register.
 * Every value is a bound parameter (no constant conditions such as {@code 1 = 1}, which make
 * EclipseLink write all values into the SQL on Derby, so each page and value was compiled anew).
 */
final class CompanyListQuery {

    /** The columns a list can be sorted on, by the name the page and API use. */
    static final Map<String, String> SORTABLE = Map.of(
            "name", "c.searchName",
            "number", "c.enterpriseNumber",
            "city", "c.city",
            "province", "c.province",
            "employees", "c.employees",
            "advisor", "c.advisor",
            "suitability", "c.suitability",
            "updatedAt", "c.updatedAt");

    private final String from;
    private final String where;
    private final String pageWhere;
    private final Map<String, Object> parameters;
    private final String orderBy;

    private CompanyListQuery(String from, String where, String pageWhere, Map<String, Object> parameters,
                             String orderBy) {
        this.from = from;
        this.where = where;
        this.pageWhere = pageWhere;
        this.parameters = parameters;
        this.orderBy = orderBy;
    }

    static CompanyListQuery of(UserService.Caller caller, CompanyFilter filter, String sortField, boolean ascending) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        String from = " from Company c";
        if (!CompanyAccess.readsAll(caller)) {
            from = " from CompanyReach r, Company c";
            where.add("r.advisor = :me and c.id = r.companyId");
            parameters.put("me", caller.username());
        }
        List<String> pageWhere = new ArrayList<>();
        filter.search().ifPresent(search -> {
            String digits = search.toUpperCase(Locale.ROOT).replaceAll("^BE|[\\s.\\-]", "");
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                where.add("(c.enterpriseNumber like :number or c.searchName like :name)");
                parameters.put("number", digits + "%");
            } else {
                where.add("c.searchName like :name");
                pageWhere.add("lower(c.searchName) like :name");
            }
            parameters.put("name", "%" + escapeLike(search.toLowerCase(Locale.ROOT)) + "%");
        });
        filter.province().ifPresent(p -> {
            where.add("c.province = :province");
            parameters.put("province", p);
        });
        filter.sizeClass().ifPresent(s -> {
            where.add("c.sizeClass = :size");
            parameters.put("size", s);
        });
        filter.advisor().ifPresent(a -> {
            where.add("c.advisor = :advisor");
            parameters.put("advisor", a);
        });
        filter.suitability().ifPresent(s -> {
            where.add("c.suitability = :suitability");
            parameters.put("suitability", s);
        });
        filter.subsector().ifPresent(s -> {
            where.add(":subsector member of c.subsectors");
            parameters.put("subsector", s);
        });
        String column = Optional.ofNullable(sortField).map(SORTABLE::get).orElse("c.searchName");
        String direction = ascending ? " asc" : " desc";
        String orderBy = " order by " + column + direction + ", c.id" + direction;
        List<String> page = new ArrayList<>(where);
        if (!pageWhere.isEmpty()) {
            page.replaceAll(condition -> condition.equals("c.searchName like :name") ? pageWhere.get(0) : condition);
        }
        return new CompanyListQuery(from, clause(where), clause(page), Map.copyOf(parameters), orderBy);
    }

    /**
     * The page query. A name that contains the search text ({@code %text%}) cannot be found
     * through an index; the page query compares {@code lower(searchName)} (the same value, as it
     * is stored in lower case), so Derby reads the table in order instead of fetching every row
     * through the name index with a bound pattern. The count keeps the plain column: it reads
     * the name index alone.
     */
    String page() {
        return "select new org.leerwerkplek.companies.CompanyRow(c.id, c.enterpriseNumber, c.name, c.city, c.province,"
                + " c.subsectorCodes, c.employees, c.sizeClass, c.advisor, c.suitability)" + from + pageWhere
                + orderBy;
    }

    private static String clause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    String count() {
        return "select count(c)" + from + where;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /** {@code %} and {@code _} typed by the user are matched literally. */
    private static String escapeLike(String text) {
        return text.replace("%", "").replace("_", "");
    }
}
