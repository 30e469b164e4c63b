package org.leerwerkplek.companies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.platform.security.UserService;

/**
 * One page of the company list (SQL, see {@link #pageSql}) and its count ({@link #countSql}), with the caller's
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
     * reads {@code company_subsector} ({@link #countSql}), from the subsector index alone.
     */
    private static final String SUBSECTOR_SQL = "('|' || c.subsector_codes || '|') like ?";

    /**
     * The name search of the page, in a form Derby answers from no index (the stored name is lower
     * case), so the page is read in the sort index's order; the count reads {@code search_name}
     * itself, from the name index alone.
     */
    private static final String NAME_SQL = "lower(c.search_name) like ?";

    /**
     * The name search of three or more characters: the companies with a name part that begins with
     * the search ({@link CompanyNameParts}, one range of {@code ix_company_name_part}, its value
     * the first of the query's), each checked on the name itself, so the same companies as
     * {@code search_name like '%search%'} without reading every name. The page and the count start
     * from those candidates (a derived table, so that Derby reads it first; the exists-join of an
     * {@code in} subquery read the whole name index; in that order, fixed: with an advisor filter sorted
     * by name Derby otherwise read the advisor's index and the candidates for each of its companies,
     * 3 s at 100,000) and the page sorts them (never read in the sort index's order, {@link #walks}).
     */
    private static final String NAME_PARTS_FROM = "--DERBY-PROPERTIES joinOrder=FIXED\n"
            + " (select distinct p.company_id from company_name_part p where p.part like ?) m, company c";
    private static final String NAME_PARTS_SQL = "c.id = m.company_id and c.search_name like ?";

    /**
     * How many entries of the name index a page sorted by name may read per candidate of the name
     * parts instead ({@link #walks}): Derby opens an index scan per candidate to probe its company
     * by id (4,000-8,000 at 100,000 for a common word, most of a search's time), while a walk reads
     * the index's entries in order, the name in the entry, and stops after the page.
     */
    static final int NAME_WALK_PER_CANDIDATE = 8;

    /**
     * The count of a name search that is its own key ({@link CompanyNameParts#key}: 3 to 12 characters,
     * no trailing blank, no backslash, which PostgreSQL's {@code LIKE} reads as an escape): a part
     * beginning with the search is an occurrence of it in the name, so every candidate matches and the
     * count is the candidates', read from {@code ix_company_name_part} alone, without a company row.
     */
    private static final String NAME_PARTS_COUNT = "select distinct p.company_id from company_name_part p where p.part like ?";

    /**
     * How a list that starts from candidates (a name search's, a subsector pair's, an advisor's
     * reach) reads each candidate's company: by its primary key, one probe per candidate. Without
     * it Derby chose, beside an equality filter on a large share of the register (a suitability,
     * a size class), that filter's index and a hash join: the rows of ~25,000 companies read for a
     * few thousand candidates (search + suitability, an advisor's suitability). A comment to PostgreSQL.
     */
    private static final String BY_ID = " --DERBY-PROPERTIES constraint=PK_COMPANY, joinStrategy=NESTEDLOOP\n";

    /**
     * A subsector with a size class and/or a suitability: the candidates are one range of
     * {@code company_subsector}'s index on (subsector, size class or suitability, company) (the
     * company's size class and suitability repeated there, migration V45, kept by
     * {@link CompanySubsectorRows}), read without a company row; then the candidates' rows by id.
     * Before, the companies of one filter (18,000-25,000 at 100,000) were read to check the other.
     */
    private static final String NARROW_FROM = "--DERBY-PROPERTIES joinOrder=FIXED\n"
            + " (select s.company_id from company_subsector s where %s) m, company c";
    private static final String NARROW_SQL = "c.id = m.company_id";

    /**
     * A size class in a list sorted by employees: its range of employees ({@link SizeClass}), the
     * same companies as {@code size_class = ?}, the class being the function of the employees that
     * {@link Company} keeps with them (no employees, no class). The walk of the employees index
     * ({@link #walks}) then reads only the class's range, from its start, instead of every company
     * before it (a class at the other end of the order: ~60,000 rows at 100,000, p95 ~200 ms).
     */
    private static final String EMPLOYEES_RANGE_SQL = "c.employees >= ? and c.employees <= ?";
    private static final String EMPLOYEES_FROM_SQL = "c.employees >= ?";

    /** An advisor's reach read first, then its companies by id (with a size class or suitability filter). */
    private static final String REACH_FIRST_FROM = "--DERBY-PROPERTIES joinOrder=FIXED\n company_reach r, company c";

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

    /**
     * The indexes of a suitability with one other equality filter (migration V49), the most selective
     * first: an advisor (a fortieth of the register), a province, a size class. Derby's optimizer costs
     * the suitability's own index lower (it gives a list sorted by name without a sort) and read the
     * rows of its ~25,000 companies to check the other filter: 60-140 ms at 100,000 companies; the
     * pair's index reads its 500-6,000 companies.
     */
    private static final List<Map.Entry<String, String>> SUITABILITY_PAIRS = List.of(
            Map.entry("advisor", "IX_COMPANY_ADVISOR_SUITABILITY"),
            Map.entry("province", "IX_COMPANY_PROVINCE_SUITABILITY"),
            Map.entry("size_class", "IX_COMPANY_SIZE_SUITABILITY"));

    private final boolean reach;
    private final List<String> sqlWhere;
    private final List<Object> sqlValues;
    private final List<String> equalities;
    private final String sortColumn;
    private final boolean ascending;
    /** The subsector filtered on, or null (the count reads it from {@code company_subsector}). */
    private final String subsector;
    /** The tables the list starts from, the advisor's reach included. */
    private final String from;
    /** The conditions of {@code company_subsector} alone, when the list starts from it ({@link #NARROW_FROM}), else null. */
    private final String narrow;

    /** Whether a size class is written as its range of employees ({@link #EMPLOYEES_RANGE_SQL}). */
    private final boolean employeesRange;
    /** Whether the name search is its own key, so that its candidates are its matches ({@link #NAME_PARTS_COUNT}). */
    private final boolean exactKey;

    private CompanyListQuery(boolean reach, List<String> sqlWhere, List<Object> sqlValues,
                             List<String> equalities, String sortColumn, boolean ascending, String subsector,
                             String from, String narrow, boolean employeesRange, boolean exactKey) {
        this.exactKey = exactKey;
        this.employeesRange = employeesRange;
        this.from = from;
        this.narrow = narrow;
        this.reach = reach;
        this.sqlWhere = sqlWhere;
        this.sqlValues = sqlValues;
        this.equalities = equalities;
        this.sortColumn = sortColumn;
        this.ascending = ascending;
        this.subsector = subsector;
    }

    static CompanyListQuery of(UserService.Caller caller, CompanyFilter filter, String sortField, boolean ascending) {
        List<String> sql = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<String> equalities = new ArrayList<>();
        boolean reach = !CompanyAccess.readsAll(caller);
        boolean[] exact = {false};
        if (reach) {
            sql.add("r.advisor = ? and c.id = r.company_id");
            values.add(caller.username());
        }
        filter.search().ifPresent(search -> {
            String digits = search.toUpperCase(Locale.ROOT).replaceAll("^BE|[\\s.\\-]", "");
            String typed = escapeLike(search.toLowerCase(Locale.ROOT));
            String name = "%" + typed + "%";
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                sql.add("(c.enterprise_number like ? or c.search_name like ?)");
                values.add(digits + "%");
                values.add(name);
            } else {
                Optional<String> key = CompanyNameParts.key(typed);
                if (key.isPresent()) {
                    exact[0] = key.get().equals(typed) && !key.get().contains("\\");
                    sql.add(NAME_PARTS_SQL);
                    values.add(0, key.get() + "%");
                    values.add(name);
                } else {
                    sql.add(NAME_SQL);
                    values.add(name);
                }
            }
        });
        boolean nameParts = sql.contains(NAME_PARTS_SQL);
        List<String> narrowSql = new ArrayList<>();
        List<Object> narrowValues = new ArrayList<>();
        if (!nameParts && filter.subsector().isPresent()
                && (filter.sizeClass().isPresent() || filter.suitability().isPresent())) {
            narrowSql.add("s.subsector = ?");
            narrowValues.add(filter.subsector().get().name());
            filter.sizeClass().ifPresent(c -> {
                narrowSql.add("s.size_class = ?");
                narrowValues.add(c.name());
            });
            filter.suitability().ifPresent(c -> {
                narrowSql.add("s.suitability = ?");
                narrowValues.add(c);
            });
            sql.add(NARROW_SQL);
        }
        boolean narrowed = !narrowSql.isEmpty();
        filter.province().ifPresent(p -> {
            sql.add("c.province = ?");
            values.add(p.name());
            equalities.add("province");
        });
        boolean byEmployees = "c.employees".equals(Optional.ofNullable(sortField).map(SORTABLE::get).orElse(null));
        boolean range = byEmployees && !reach && !nameParts && !narrowed && filter.sizeClass().isPresent();
        filter.sizeClass().filter(s -> !narrowed).ifPresent(s -> {
            if (range) {
                sql.add(s.highest() == Integer.MAX_VALUE ? EMPLOYEES_FROM_SQL : EMPLOYEES_RANGE_SQL);
                values.add(s.lowest());
                if (s.highest() != Integer.MAX_VALUE) {
                    values.add(s.highest());
                }
            } else {
                sql.add("c.size_class = ?");
                values.add(s.name());
                equalities.add("size_class");
            }
        });
        filter.advisor().ifPresent(a -> {
            sql.add("c.advisor = ?");
            values.add(a);
            equalities.add("advisor");
        });
        filter.suitability().filter(s -> !narrowed).ifPresent(s -> {
            sql.add("c.suitability = ?");
            values.add(s);
            equalities.add("suitability");
        });
        filter.subsector().filter(s -> !narrowed).ifPresent(s -> {
            sql.add(SUBSECTOR_SQL);
            values.add("%|" + s.name() + "|%");
        });
        values.addAll(0, narrowValues);
        String from;
        boolean large = filter.sizeClass().isPresent() || filter.suitability().isPresent();
        if (nameParts) {
            // by id only beside a size class or suitability: the other searches' plans were already by id
            from = NAME_PARTS_FROM + (large ? BY_ID : "") + (reach ? ", company_reach r" : "");
        } else if (narrowed) {
            from = String.format(NARROW_FROM, String.join(" and ", narrowSql)) + BY_ID + (reach ? ", company_reach r" : "");
        } else if (reach && large) {
            from = REACH_FIRST_FROM + BY_ID;
        } else {
            from = "company c" + (reach ? ", company_reach r" : "");
        }
        String column = Optional.ofNullable(sortField).map(SORTABLE::get).orElse("c.searchName");
        return new CompanyListQuery(reach, List.copyOf(sql), java.util.Collections.unmodifiableList(values), List.copyOf(equalities), column,
                ascending, narrowed ? null : filter.subsector().map(Enum::name).orElse(null), from,
                narrowed ? String.join(" and ", narrowSql) : null, range, exact[0]);
    }

    /**
     * The page as SQL, the same conditions as {@link #countSql()}, with its values in
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
        String hint = walk && from.equals("company c") ? " --DERBY-PROPERTIES " + orderIndex() + "\n" : pairHint();
        String columns = "select c.id, c.enterprise_number, c.name, c.city, c.province, c.subsector_codes, c.employees,"
                + " c.size_class, c.advisor, c.suitability from ";
        if (walk && nameWalk()) {
            // the name index read in order, the search checked on its entries alone (no row), up to the page;
            // then the page's rows by id
            String keys = " order by k.search_name" + direction + ", k.id" + direction;
            return columns + "--DERBY-PROPERTIES joinOrder=FIXED\n (select k.id from company k --DERBY-PROPERTIES "
                    + orderIndex() + "\n where k.search_name like ?" + keys + " offset ? rows fetch next ? rows only) t,"
                    + " company c" + BY_ID + " where c.id = t.id"
                    + order.stream().map(column -> "c." + COLUMNS.get(column) + direction)
                    .collect(Collectors.joining(", ", " order by ", ""));
        }
        return columns + from + hint
                + (sqlWhere.isEmpty() ? "" : " where " + String.join(" and ", sqlWhere))
                + order.stream().map(column -> "c." + COLUMNS.get(column) + direction)
                .collect(Collectors.joining(", ", " order by ", ""))
                + " offset ? rows fetch next ? rows only";
    }

    /**
     * The hint that reads a suitability with another equality filter from the pair's index
     * ({@link #SUITABILITY_PAIRS}), or nothing. Only on the company table alone: an advisor's reach, a
     * name search and a subsector start from their own candidates.
     */
    private String pairHint() {
        if (!from.equals("company c") || !equalities.contains("suitability")) {
            return "";
        }
        return SUITABILITY_PAIRS.stream().filter(pair -> equalities.contains(pair.getKey()))
                .findFirst().map(pair -> " --DERBY-PROPERTIES index=" + pair.getValue() + "\n").orElse("");
    }

    List<Object> sqlValues() {
        return sqlValues;
    }

    /** The values of {@link #pageSql} (without the offset and the page size): the name walk needs the search's alone. */
    List<Object> pageValues(boolean walk) {
        return walk && nameWalk() ? List.of(sqlValues.get(1)) : sqlValues;
    }

    /**
     * Whether the list is an admin's name search alone, sorted by name, that its own key answers
     * ({@link #exactKey}): its page can be read from the name index in order, each entry checked
     * on the name it holds ({@link #walks}).
     */
    private boolean nameWalk() {
        return namePartsAlone() && sortColumn.equals("c.searchName");
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
        if (nameWalk() && matches > 0 && end < matches) {
            // an entry of the name index read and checked costs a small part of a candidate's probe by id
            return (double) end * register / matches < NAME_WALK_PER_CANDIDATE * matches;
        }
        if (reach || matches == 0 || end >= matches || !from.equals("company c")) {
            return false;
        }
        if (employeesRange && equalities.stream().allMatch("suitability"::equals)) {
            // read from the class's range in order: at most the class's rows, each checked, and
            // about (first + size) * class / matches of them; reading the class (or a suitability,
            // as large) from its own index reads all of it and sorts
            return true;
        }
        String column = COLUMNS.get(sortColumn);
        if (equalities.contains(column) || (column.equals("search_name") && !equalities.isEmpty())) {
            return false;
        }
        return (double) end * register / matches < matches;
    }


    /**
     * How many companies match, counted no further than {@code limit} (a bound parameter after
     * {@link #countValues()}): {@code select count(*)} of the matches' ids, the first {@code limit}
     * of them. A count reads every match (or, for a condition no index answers, every company), so
     * a list of tens of thousands of companies is counted only up to the limit and shown as "more
     * than" it ({@link CompanyList#MOST_COUNTED}). The subsector is counted on
     * {@code company_subsector}: alone (with or without an advisor's reach) from its index only,
     * without reading a company row; with other conditions as {@code c.id in (...)}. The
     * conditions are those of the page ({@link #pageSql}), the subsector's written on the activity
     * table instead of the repeated codes: the same companies.
     */
    String countSql() {
        List<String> conditions = new ArrayList<>(sqlWhere);
        conditions.replaceAll(c -> c.equals(NAME_SQL) ? "c.search_name like ?" : c);
        String ids;
        if (namePartsAlone()) {
            ids = NAME_PARTS_COUNT;
        } else if (narrow != null && conditions.size() == 1 && !reach) {
            ids = "select s.company_id from company_subsector s where " + narrow;
        } else if (subsector != null && conditions.size() == (reach ? 2 : 1)) {
            ids = "select s.company_id from company_subsector s" + (reach ? ", company_reach r" : "")
                    + " where " + (reach ? "r.advisor = ? and s.company_id = r.company_id and " : "") + "s.subsector = ?";
        } else {
            if (subsector != null && !conditions.contains(NAME_PARTS_SQL)) {
                // From the candidates of a name search the subsector stays on the company row read for the
                // name: Derby does not flatten an IN subquery beside a derived table and scanned the
                // subsector's index (thousands of entries) for each candidate.
                conditions.set(conditions.indexOf(SUBSECTOR_SQL),
                        "c.id in (select s.company_id from company_subsector s where s.subsector = ?)");
            }
            ids = "select c.id from " + from + pairHint()
                    + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        }
        return "select count(*) from (" + ids + " fetch first ? rows only) t";
    }

    /** The values of {@link #countSql()}, without the limit. */
    List<Object> countValues() {
        if (namePartsAlone()) {
            return List.of(sqlValues.get(0));
        }
        if (subsector == null || sqlWhere.contains(NAME_PARTS_SQL)) {
            return sqlValues;
        }
        List<Object> values = new ArrayList<>(sqlValues);
        values.set(values.lastIndexOf("%|" + subsector + "|%"), subsector);
        return values;
    }

    /** Whether the list is an admin's name search alone whose candidates are its matches ({@link #NAME_PARTS_COUNT}). */
    private boolean namePartsAlone() {
        return exactKey && !reach && sqlWhere.equals(List.of(NAME_PARTS_SQL));
    }

    /** {@code %} and {@code _} typed by the user are matched literally. */
    private static String escapeLike(String text) {
        return text.replace("%", "").replace("_", "");
    }
}
