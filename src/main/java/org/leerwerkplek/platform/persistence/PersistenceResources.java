package org.leerwerkplek.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.sql.DataSource;

/**
 * The application's container-managed entity manager and data source as CDI beans, so services
 * take them by constructor (and unit tests give them their own). Both join the caller's transaction:
 * the data source hands out the transaction's own connection inside one
 * ({@link TransactionBoundDataSource}: why the pool's connection alone did not).
 */
@ApplicationScoped
public class PersistenceResources {

    @Produces
    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource pool;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Produces
    DataSource dataSource() {
        return new TransactionBoundDataSource(pool, em, transactions);
    }
}
