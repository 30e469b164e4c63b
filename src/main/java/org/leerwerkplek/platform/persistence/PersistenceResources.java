package org.leerwerkplek.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;

/**
 * The application's container-managed entity manager and data source as CDI beans, so services
 * take them by constructor (and unit tests give them their own). Both join the caller's transaction.
 */
@ApplicationScoped
public class PersistenceResources {

    @Produces
    @PersistenceContext
    EntityManager em;

    @Produces
    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;
}
