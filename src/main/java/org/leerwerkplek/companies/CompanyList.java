package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.UserService;

/** The list of the companies a caller may see ({@link CompanyAccess}), filtered, sorted and in pages. */
@ApplicationScoped
@Transactional
public class CompanyList {

    /** A page of a list, with the total number of items. */
    public record Page<T>(List<T> items, long total) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** The most rows one page holds. */
    static final int MOST_ROWS = 500;

    private EntityManager em;

    /** For the CDI proxy only. */
    protected CompanyList() {
    }

    @Inject
    public CompanyList(EntityManager em) {
        this.em = em;
    }

    /** One page of the companies the caller may see, with the total: one query for the rows, one for the count. */
    public Page<CompanyRow> list(UserService.Caller caller, CompanyFilter filter, String sortField, boolean ascending,
                                 int first, int size) {
        List<CompanyRow> items = page(caller, filter, sortField, ascending, first, size);
        long total = items.size() < size && first == 0 ? items.size() : count(caller, filter);
        return new Page<>(items, total);
    }

    /** The rows of one page of the list, in one query (no entities, no collections loaded). */
    public List<CompanyRow> page(UserService.Caller caller, CompanyFilter filter, String sortField, boolean ascending,
                                 int first, int size) {
        if (first < 0 || size < 1 || size > MOST_ROWS) {
            throw new DomainException(DomainException.Kind.INVALID, "api.paging", MOST_ROWS);
        }
        CompanyListQuery query = CompanyListQuery.of(caller, filter, sortField, ascending);
        TypedQuery<CompanyRow> rows = em.createQuery(query.page(), CompanyRow.class);
        query.parameters().forEach(rows::setParameter);
        List<CompanyRow> items = rows.setFirstResult(first).setMaxResults(size).getResultList();
        if (CompanyAccess.isPseudonymised(caller)) {
            items = items.stream().map(r -> new CompanyRow(r.id(), r.number(), r.name(), r.city(), r.province(),
                    r.subsectors(), r.employees(), r.sizeClass(), null, r.suitability())).toList();
        }
        return items;
    }

    /** How many companies the caller may see match {@code filter}. */
    public long count(UserService.Caller caller, CompanyFilter filter) {
        CompanyListQuery query = CompanyListQuery.of(caller, filter, null, true);
        TypedQuery<Long> count = em.createQuery(query.count(), Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }
}
