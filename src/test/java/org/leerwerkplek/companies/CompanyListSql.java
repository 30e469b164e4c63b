package org.leerwerkplek.companies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a {@link CompanyListQuery}'s count and page on a plain connection, for the tests on the migrated schema. */
final class CompanyListSql {

    private CompanyListSql() {
    }

    /** The count, up to 10,001 (as {@link CompanyList} counts). */
    static long count(Connection c, CompanyListQuery query) throws SQLException {
        List<Object> values = new ArrayList<>(query.countValues());
        values.add(10_001L);
        try (PreparedStatement select = c.prepareStatement(query.countSql())) {
            bind(select, values);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The ids of the page of {@code size} from {@code first}, read in sort order when {@code walk}. */
    static List<Long> page(Connection c, CompanyListQuery query, boolean walk, int first, int size)
            throws SQLException {
        List<Object> values = new ArrayList<>(query.pageValues(walk));
        values.add(first);
        values.add(size);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(query.pageSql(walk))) {
            bind(select, values);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void bind(PreparedStatement select, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            select.setObject(i + 1, values.get(i));
        }
    }
}
