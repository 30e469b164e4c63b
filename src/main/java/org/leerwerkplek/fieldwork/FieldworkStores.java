package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Gives fieldwork's services their {@link FieldworkStore} on the application's database, so they take it by constructor.
 * The data source is the platform's transaction-bound one: inside a transaction (a chunk of a
 * wave, also one begun under the scheduler's EJB) every statement joins it, so a chunk's invitee
 * rows and its mails commit together, with one log write (the pool's own connection was in
 * auto-commit there: one synchronous Derby log write per row, issue 17).
 */
@ApplicationScoped
public class FieldworkStores {

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Produces
    @Dependent
    FieldworkStore store() {
        return new FieldworkStore(dataSource, clock);
    }
}
