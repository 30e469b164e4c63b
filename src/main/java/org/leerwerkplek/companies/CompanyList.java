package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.UserService;

/** The list of the companies a caller may see ({@link CompanyAccess}), filtered, sorted and in pages. */
@ApplicationScoped
@Transactional
public class CompanyList {

    /**
     * A page of a list, with the total number of items; when {@code more}, more than {@code total}
     * match ({@link #MOST_COUNTED}: the count stopped there).
     */
    public record Page<T>(List<T> items, long total, boolean more) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** How many matches a count counts: beyond, a list says "more than 10,000" (the count would read every match). */
    public static final int MOST_COUNTED = 10_000;

    /** The most rows one page holds. */
    static final int MOST_ROWS = 500;

    private EntityManager em;
    /** The size of the register as last counted, -1 before the first count. */
    private volatile long register = -1;

    /** For the CDI proxy only. */
    protected CompanyList() {
    }

    @Inject
    public CompanyList(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of the companies the caller may see, with the total: the count first, then the
     * page, read in the order of the sort index when that is cheaper ({@link CompanyListQuery#walks}).
     */
    public Page<CompanyRow> list(UserService.Caller caller, CompanyFilter filter, String sortField, boolean ascending,
                                 int first, int size) {
        checkPaging(first, size);
        long counted = count(caller, filter);
        if (filter.equals(CompanyFilter.NONE) && CompanyAccess.readsAll(caller) && counted <= MOST_COUNTED) {
            register = counted;
        }
        CompanyListQuery query = CompanyListQuery.of(caller, filter, sortField, ascending);
        List<CompanyRow> items = rows(caller, query, query.walks(counted, register(caller), first + size), first, size);
        return new Page<>(items, Math.min(counted, MOST_COUNTED), counted > MOST_COUNTED);
    }

    /** The rows of one page of the list, in one query (no entities, no collections loaded). */
    public List<CompanyRow> page(UserService.Caller caller, CompanyFilter filter, String sortField, boolean ascending,
                                 int first, int size) {
        return page(caller, filter, sortField, ascending, first, size, -1);
    }

    /**
     * The rows of one page of the list, when the caller knows how many match ({@code total}, as
     * {@link #count} gave it, or -1): the number only steers how the page is read.
     */
    public List<CompanyRow> page(UserService.Caller caller, CompanyFilter filter, String sortField, boolean ascending,
                                 int first, int size, long total) {
        checkPaging(first, size);
        CompanyListQuery query = CompanyListQuery.of(caller, filter, sortField, ascending);
        return rows(caller, query, total >= 0 && query.walks(total, register(caller), first + size), first, size);
    }

    private static void checkPaging(int first, int size) {
        if (first < 0 || size < 1 || size > MOST_ROWS) {
            throw new DomainException(DomainException.Kind.INVALID, "api.paging", MOST_ROWS);
        }
    }

    /**
     * How many companies the register holds, counted in full once (a read of the primary key index)
     * and then as last counted below {@link #MOST_COUNTED}; it only steers {@link CompanyListQuery#walks}.
     */
    private long register(UserService.Caller caller) {
        if (register < 0 && CompanyAccess.readsAll(caller)) {
            register = count(caller, CompanyFilter.NONE, Integer.MAX_VALUE);
        }
        return Math.max(register, 0);
    }

    private List<CompanyRow> rows(UserService.Caller caller, CompanyListQuery query, boolean walk, int first, int size) {
        Query rows = em.createNativeQuery(query.pageSql(walk));
        List<Object> values = new ArrayList<>(query.pageValues(walk));
        values.add(first);
        values.add(size);
        for (int i = 0; i < values.size(); i++) {
            rows.setParameter(i + 1, values.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = rows.getResultList();
        List<CompanyRow> items = found.stream().map(CompanyList::row).toList();
        if (CompanyAccess.isPseudonymised(caller)) {
            items = items.stream().map(r -> new CompanyRow(r.id(), r.number(), r.name(), r.city(), r.province(),
                    r.subsectors(), r.employees(), r.sizeClass(), null, r.suitability())).toList();
        }
        return items;
    }

    private static CompanyRow row(Object[] r) {
        return new CompanyRow(((Number) r[0]).longValue(), ((String) r[1]).trim(), (String) r[2], (String) r[3],
                Province.valueOf((String) r[4]), (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(),
                r[7] == null ? null : SizeClass.valueOf((String) r[7]), (String) r[8], (String) r[9]);
    }

    /**
     * How many companies the caller may see match {@code filter}, counted up to one more than
     * {@link #MOST_COUNTED}: a result above it means "more than {@link #MOST_COUNTED}".
     */
    public long count(UserService.Caller caller, CompanyFilter filter) {
        return count(caller, filter, MOST_COUNTED + 1L);
    }

    private long count(UserService.Caller caller, CompanyFilter filter, long limit) {
        CompanyListQuery query = CompanyListQuery.of(caller, filter, null, true);
        Query count = em.createNativeQuery(query.countSql());
        List<Object> values = new ArrayList<>(query.countValues());
        values.add(limit);
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
        }
        return ((Number) count.getSingleResult()).longValue();
    }
}
