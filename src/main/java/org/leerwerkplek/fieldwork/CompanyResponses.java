package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.Sql;
import org.leerwerkplek.surveys.LinkResponseService;

/**
 * Which questionnaires a company of the register answered through a fieldwork invitation, for
 * other parts (the mentor course reads the knelpunten the employer agreed with). Read-only and
 * without an access check: it gives response ids only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompanyResponses {

    /** Companies per query of {@link #submitted(Collection)}. */
    private static final int IN_LIST = 500;

    @Inject
    DataSource dataSource;

    @Inject
    LinkResponseService responses;

    /**
     * The ids of the submitted responses of the invitations sent to the company (invitees taken
     * from the register carry its id), in response id order, over every wave and instrument.
     */
    public List<Long> submitted(long companyId) {
        List<Long> ids = new ArrayList<>();
        String sql = "SELECT response_id FROM fieldwork_invitee WHERE company_id = ? AND response_id IS NOT NULL"
                + " ORDER BY response_id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, companyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the invitations of company " + companyId + " failed: "
                    + e.getMessage(), e);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        var progress = responses.progress(ids);
        return ids.stream()
                .filter(id -> progress.containsKey(id) && progress.get(id).stage() == LinkResponseService.Stage.SUBMITTED)
                .toList();
    }

    /**
     * {@link #submitted(long)} of many companies in a few queries (one per {@value #IN_LIST}
     * companies, and one for the responses' states): by company, only those with a submitted one.
     */
    public Map<Long, List<Long>> submitted(Collection<Long> companyIds) {
        Map<Long, List<Long>> byCompany = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(new TreeSet<>(companyIds));
        try (Connection connection = dataSource.getConnection()) {
            Sql.listByKeys(connection, "SELECT company_id, response_id FROM fieldwork_invitee WHERE response_id IS NOT NULL"
                    + " AND company_id IN ({keys}) ORDER BY company_id, response_id", ids, IN_LIST,
                    row -> new long[] {row.getLong(1), row.getLong(2)})
                    .forEach(pair -> byCompany.computeIfAbsent(pair[0], id -> new ArrayList<>()).add(pair[1]));
        } catch (SQLException e) {
            throw Sql.failed("Reading the invitations of companies", e);
        }
        if (byCompany.isEmpty()) {
            return Map.of();
        }
        var progress = responses.progress(byCompany.values().stream().flatMap(List::stream).toList());
        Map<Long, List<Long>> submitted = new LinkedHashMap<>();
        byCompany.forEach((company, responseIds) -> {
            List<Long> done = responseIds.stream().filter(id -> progress.containsKey(id)
                    && progress.get(id).stage() == LinkResponseService.Stage.SUBMITTED).toList();
            if (!done.isEmpty()) {
                submitted.put(company, done);
            }
        });
        return submitted;
    }
}
