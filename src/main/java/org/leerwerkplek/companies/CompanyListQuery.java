package org.leerwerkplek.companies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.leerwerkplek.platform.security.UserService;

/**
 * One page of the company list (SQL, see {@link #pageSql}) and its count (JPQL), with the caller's
 * visibility, the filter and a whitelisted sort. Both have the same conditions (the name search
 * and the subsector written in an equivalent form on the page: {@code lower(search_name)}, the
 * stored name being lower case, and the repeated activity codes), so the page and its count
 * always agree; the page selects only the list's columns (no entity, no collections). An
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

    /**
     * What orders rows that tie on the sort column. The list is always in a total order (for
     * stable pages), and each order is one an index gives in both directions (migrations V10 and
     * V30), so a page is read from the index and the database stops after it: province, advisor
     * and suitability tie on the name then the id (their filter indexes), the enterprise number
     * is unique, the rest tie on the id.
     */
    private static final Map<String, List<String>> TIES = Map.of(
            "c.province", List.of("c.searchName", "c.id"),
            "c.advisor", List.of("c.searchName", "c.id"),
            "c.suitability", List.of("c.searchName", "c.id"),
            "c.enterpriseNumber", List.of());

    /**
     * The subsector filter of the page: the activities repeated in the company row
     * ({@code subsector_codes}, "DAKWERKEN|RUWBOUW", kept with them by {@link Company}), so the
     * page reads companies in the order of the sort index and checks each, instead of joining
     * {@code company_subsector} (up to a fifth of the register) and sorting every match. The count
     * keeps the join ({@code member of}), which it answers from the subsector index alone.
     */
    private static final String SUBSECTOR_SQL = "('|' || c.subsector_codes || '|') like ?";

    /** The SQL of the sortable columns (the page is a native query, see {@link #pageSql}). */
    private static final Map<String, String> COLUMNS = Map.of(
            "c.searchName", "search_name",
            "c.enterpriseNumber", "enterprise_number",
            "c.city", "city",
            "c.province", "province",
            "c.employees", "employees",
            "c.advisor", "advisor",
            "c.suitability", "suitability",
            "c.updatedAt", "updated_at",
            "c.id", "id");

    /** The equality filters whose index (column, search_name, id), each way, also gives a list sorted by name. */
    private static final Map<String, String> FILTER_INDEXES = Map.of(
            "province", "IX_COMPANY_PROVINCE",
            "size_class", "IX_COMPANY_SIZE",
            "advisor", "IX_COMPANY_ADVISOR",
            "suitability", "IX_COMPANY_SUITABILITY");

    private final String from;
    private final String where;
    private final Map<String, Object> parameters;
    private final boolean reach;
    private final List<String> sqlWhere;
    private final List<Object> sqlValues;
    private final List<String> equalities;
    private final String sortColumn;
    private final boolean ascending;

    private CompanyListQuery(String from, String where, Map<String, Object> parameters, boolean reach, List<String> sqlWhere, List<Object> sqlValues,
                             List<String> equalities, String sortColumn, boolean ascending) {
        this.from = from;
        this.where = where;
        this.parameters = parameters;
        this.reach = reach;
        this.sqlWhere = sqlWhere;
        this.sqlValues = sqlValues;
        this.equalities = equalities;
        this.sortColumn = sortColumn;
        this.ascending = ascending;
    }

    static CompanyListQuery of(UserService.Caller caller, CompanyFilter filter, String sortField, boolean ascending) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> sql = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<String> equalities = new ArrayList<>();
        String from = " from Company c";
        boolean reach = !CompanyAccess.readsAll(caller);
        if (reach) {
            from = " from CompanyReach r, Company c";
            where.add("r.advisor = :me and c.id = r.companyId");
            parameters.put("me", caller.username());
            sql.add("r.advisor = ? and c.id = r.company_id");
            values.add(caller.username());
        }
        filter.search().ifPresent(search -> {
            String digits = search.toUpperCase(Locale.ROOT).replaceAll("^BE|[\\s.\\-]", "");
            String name = "%" + escapeLike(search.toLowerCase(Locale.ROOT)) + "%";
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                where.add("(c.enterpriseNumber like :number or c.searchName like :name)");
                parameters.put("number", digits + "%");
                sql.add("(c.enterprise_number like ? or c.search_name like ?)");
                values.add(digits + "%");
            } else {
                where.add("c.searchName like :name");
                sql.add("lower(c.search_name) like ?");
            }
            parameters.put("name", name);
            values.add(name);
        });
        filter.province().ifPresent(p -> {
            where.add("c.province = :province");
            parameters.put("province", p);
            sql.add("c.province = ?");
            values.add(p.name());
            equalities.add("province");
        });
        filter.sizeClass().ifPresent(s -> {
            where.add("c.sizeClass = :size");
            parameters.put("size", s);
            sql.add("c.size_class = ?");
            values.add(s.name());
            equalities.add("size_class");
        });
        filter.advisor().ifPresent(a -> {
            where.add("c.advisor = :advisor");
            parameters.put("advisor", a);
            sql.add("c.advisor = ?");
            values.add(a);
            equalities.add("advisor");
        });
        filter.suitability().ifPresent(s -> {
            where.add("c.suitability = :suitability");
            parameters.put("suitability", s);
            sql.add("c.suitability = ?");
            values.add(s);
            equalities.add("suitability");
        });
        filter.subsector().ifPresent(s -> {
            where.add(":subsector member of c.subsectors");
            parameters.put("subsector", s);
            sql.add(SUBSECTOR_SQL);
            values.add("%|" + s.name() + "|%");
        });
        String column = Optional.ofNullable(sortField).map(SORTABLE::get).orElse("c.searchName");
        return new CompanyListQuery(from, clause(where), Map.copyOf(parameters), reach,
                List.copyOf(sql), java.util.Collections.unmodifiableList(values), List.copyOf(equalities), column,
                ascending);
    }

    /**
     * The page as SQL, the same conditions and order as {@link #page()}, with its values in
     * {@link #sqlValues()} followed by the offset and the page size. When {@code walk} (see
     * {@link #walks}), Derby is told to read the index that gives the list's order
     * ({@code --DERBY-PROPERTIES}, a comment to PostgreSQL, whose planner knows the page size):
     * it then reads companies in order, checks the conditions on each and stops after the page.
     * Derby's optimizer costs a plan without the page size, so on its own it reads and sorts
     * every match when a filter is a condition no index answers (a subsector, a name search) or
     * matches a large share of the register (a size class, a suitability).
     */
    String pageSql(boolean walk) {
        String direction = ascending ? " asc" : " desc";
        List<String> order = new ArrayList<>();
        order.add(sortColumn);
        order.addAll(TIES.getOrDefault(sortColumn, List.of("c.id")));
        String hint = walk ? " --DERBY-PROPERTIES " + orderIndex() + "\n" : "";
        return "select c.id, c.enterprise_number, c.name, c.city, c.province, c.subsector_codes, c.employees,"
                + " c.size_class, c.advisor, c.suitability from company c" + hint + (reach ? ", company_reach r" : "")
                + (sqlWhere.isEmpty() ? "" : " where " + String.join(" and ", sqlWhere))
                + order.stream().map(column -> "c." + COLUMNS.get(column) + direction)
                .collect(Collectors.joining(", ", " order by ", ""))
                + " offset ? rows fetch next ? rows only";
    }

    List<Object> sqlValues() {
        return sqlValues;
    }

    /** The Derby index (or constraint) that gives the list's order in its direction (migrations V6, V10, V30). */
    String orderIndex() {
        String column = COLUMNS.get(sortColumn);
        String asc = switch (column) {
            case "search_name" -> "IX_COMPANY_SEARCH_NAME";
            case "enterprise_number" -> "UQ_COMPANY_NUMBER";
            case "employees" -> "IX_COMPANY_EMPLOYEES";
            case "updated_at" -> "IX_COMPANY_UPDATED";
            case "city" -> "IX_COMPANY_CITY";
            default -> FILTER_INDEXES.get(column);
        };
        if (ascending) {
            return (column.equals("enterprise_number") ? "constraint=" : "index=") + asc;
        }
        return "index=" + switch (column) {
            case "search_name" -> "IX_COMPANY_NAME_DESC";
            case "enterprise_number" -> "IX_COMPANY_NUMBER_DESC";
            default -> asc + "_DESC";
        };
    }

    /**
     * Whether the page should be read in the order of the sort index, checking each company,
     * rather than from the matches sorted: the former reads about {@code (first + size) * register
     * / matches} companies, the latter {@code matches}. Never for an advisor (its reach, a few
     * thousand companies, is the better start) nor when an equality filter's own index already
     * gives the order (a filter on province, size class, advisor or suitability sorted by name,
     * or sorted on the filtered column), which Derby finds without help.
     */
    boolean walks(long matches, long register, int end) {
        if (reach || matches == 0 || end >= matches) {
            return false;
        }
        String column = COLUMNS.get(sortColumn);
        if (equalities.contains(column) || (column.equals("search_name") && !equalities.isEmpty())) {
            return false;
        }
        return (double) end * register / matches < matches;
    }

    private static String clause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    String count() {
        return "select count(c)" + from + where;
    }

    /** The values of every parameter of the page and the count. */
    Map<String, Object> parameters() {
        return parameters;
    }

    /** The values of the parameters {@code jpql} (the page or the count) uses. */
    Map<String, Object> parameters(String jpql) {
        return parameters.entrySet().stream()
                .filter(p -> Pattern.compile(":" + p.getKey() + "\\b").matcher(jpql).find())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** {@code %} and {@code _} typed by the user are matched literally. */
    private static String escapeLike(String text) {
        return text.replace("%", "").replace("_", "");
    }
}
