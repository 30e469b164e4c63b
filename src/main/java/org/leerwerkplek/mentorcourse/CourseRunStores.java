package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/** Gives the course run its {@link CourseRunStore} on the application's database. */
@ApplicationScoped
public class CourseRunStores {

    @Inject
    DataSource dataSource;  // the platform's: lends the transaction's connection inside one

    @Produces
    @Dependent
    CourseRunStore store() {
        return new CourseRunStore(dataSource);
    }
}
