package org.leerwerkplek.surveys;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/**
 * Gives the surveys services the {@link ResponseStore} on the application's data source, and the
 * container's managed threads for reading ahead in imports (a thread of its own per import, not a
 * pool's: an import that runs as a background job on the managed executor
 * must not wait for a second task of the same pool).
 */
@ApplicationScoped
class ResponseStores {

    @Inject
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Produces
    ResponseStore store() {
        return new ResponseStore(dataSource);
    }

    @Produces
    ReadAheadThreads readAheadThreads() {
        return new ReadAheadThreads(threads);
    }
}
