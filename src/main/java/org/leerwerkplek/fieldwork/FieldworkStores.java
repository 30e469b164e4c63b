package org.leerwerkplek.fieldwork;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;

/** Gives fieldwork's services their {@link FieldworkStore} on the application's database, so they take it by constructor. */
@ApplicationScoped
public class FieldworkStores {

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    @Produces
    @Dependent
    FieldworkStore store() {
        return new FieldworkStore(dataSource, clock);
    }
}
