package org.leerwerkplek.companies.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.leerwerkplek.companies.CompanyFilter;
import org.leerwerkplek.companies.CompanyList;
import org.leerwerkplek.companies.CompanyRow;
import org.leerwerkplek.platform.security.UserService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The company list for a lazy {@code p:dataTable}: the table asks for the count, then for the
 * page; each is one query in the database (filtered and sorted there). The sort column is taken
 * from the column's {@code sortBy} ({@code #{row.name()}} sorts by {@code name}) or its id.
 */
public class CompanyListModel extends LazyDataModel<CompanyRow> {

    private static final long serialVersionUID = 1L;

    private final transient CompanyList companies;
    private final UserService.Caller caller;
    private final Supplier<CompanyFilter> filter;

    CompanyListModel(CompanyList companies, UserService.Caller caller, Supplier<CompanyFilter> filter) {
        this.companies = companies;
        this.caller = caller;
        this.filter = filter;
    }

    /** Whether more companies match than were counted ({@link CompanyList#MOST_COUNTED}). */
    private boolean more;

    /** The companies counted, at most {@link CompanyList#MOST_COUNTED}: the table pages through those. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long counted = companies.count(caller, filter.get());
        more = counted > CompanyList.MOST_COUNTED;
        return (int) Math.min(counted, CompanyList.MOST_COUNTED);
    }

    /** Whether the last count stopped at {@link CompanyList#MOST_COUNTED} ("more than 10,000"). */
    public boolean isMore() {
        return more;
    }

    @Override
    public List<CompanyRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = "name";
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            String key = sort.getField() != null ? sort.getField() : sort.getColumnKey();
            field = key.replace("()", "").replaceAll(".*[.:]", "");
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        return companies.page(caller, filter.get(), field, ascending, first, pageSize, getRowCount());
    }

    @Override
    public String getRowKey(CompanyRow row) {
        return Long.toString(row.id());
    }

    @Override
    public CompanyRow getRowData(String rowKey) {
        return null;
    }
}
