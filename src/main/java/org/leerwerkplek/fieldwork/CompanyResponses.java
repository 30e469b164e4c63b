package org.leerwerkplek.fieldwork;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.surveys.LinkResponseService;

/**
 * Which questionnaires a company of the register answered through a fieldwork invitation, for
 * other parts (the mentor course reads the knelpunten the employer agreed with). Read-only and
 * without an access check: it gives response ids only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompanyResponses {

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
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
}
