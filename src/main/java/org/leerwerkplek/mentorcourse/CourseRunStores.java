package org.leerwerkplek.mentorcourse;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.leerwerkplek.platform.persistence.DataSourceSetup;

/** Gives the course run its {@link CourseRunStore} on the application's database. */
@ApplicationScoped
public class CourseRunStores {

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Produces
    @Dependent
    CourseRunStore store() {
        return new CourseRunStore(dataSource);
    }
}
