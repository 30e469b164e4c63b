package org.leerwerkplek.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * This application's {@link DataGrid}: Payara's Hazelcast member when Payara started one (it binds
 * it in JNDI as {@value #JNDI_NAME}), else this instance's memory. Created at start, so that
 * notices from other instances are heard from the first moment; each one is fired as a
 * {@link ClusterNotice} on a managed thread with this application's context.
 */
@ApplicationScoped
public class PayaraDataGrid implements DataGrid {

    /** Where Payara binds its Hazelcast instance when the data grid is on. */
    public static final String JNDI_NAME = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(PayaraDataGrid.class.getName());

    @Resource
    ContextService contexts;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Event<ClusterNotice> notices;

    @Inject
    Clock clock;

    private DataGrid grid;

    @PostConstruct
    void start() {
        grid = payaraGrid().orElseGet(() -> new LocalGrid(clock));
    }

    /** Makes the grid at start, so that it listens before anything asks it for something. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> grid instanceof HazelcastGrid hazelcast
                ? "Data grid: Payara's Hazelcast, " + hazelcast.members() + " member(s); rate limits and reloads are shared"
                : "Data grid: off (one instance); rate limits and reloads stay in this instance");
    }

    @PreDestroy
    void stop() {
        if (grid instanceof HazelcastGrid hazelcast) {
            hazelcast.close();
        }
    }

    private Optional<DataGrid> payaraGrid() {
        Object found;
        try {
            found = new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException noDataGrid) {
            return Optional.empty();
        }
        try {
            return HazelcastGrid.over(found, heard()).map(DataGrid.class::cast);
        } catch (LinkageError | RuntimeException e) {
            LOG.log(Level.WARNING, "Data grid: Payara's Hazelcast is bound but cannot be used; staying alone", e);
            return Optional.empty();
        }
    }

    /** What a notice from another instance does here: fire it, on a managed thread, in this application's context. */
    @SuppressWarnings("unchecked")
    private Consumer<String> heard() {
        Consumer<String> fire = notice -> executor.execute(() -> {
            try {
                notices.fire(new ClusterNotice(notice));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Data grid: acting on the notice '" + notice + "' failed", e);
            }
        });
        return contexts.createContextualProxy(fire, Consumer.class);
    }

    @Override
    public boolean shared() {
        return grid.shared();
    }

    @Override
    public String update(String map, String key, UnaryOperator<String> change, Duration keep) {
        return grid.update(map, key, change, keep);
    }

    @Override
    public void tellOthers(String notice) {
        grid.tellOthers(notice);
    }
}
