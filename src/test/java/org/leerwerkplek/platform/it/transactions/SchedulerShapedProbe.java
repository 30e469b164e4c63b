package org.leerwerkplek.platform.it.transactions;

import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;

/** The schedulers' shape: an EJB without a transaction of its own calling a transactional CDI bean. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchedulerShapedProbe {

    @Inject
    TransactionProbe probe;

    public String run(String key) throws SQLException {
        return TransactionProbe.run(probe, key);
    }
}
