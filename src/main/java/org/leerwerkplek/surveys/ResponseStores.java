package org.leerwerkplek.surveys;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;

/** Gives the surveys services the {@link ResponseStore} on the application's data source. */
@ApplicationScoped
class ResponseStores {

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Produces
    ResponseStore store() {
        return new ResponseStore(dataSource);
    }
}
