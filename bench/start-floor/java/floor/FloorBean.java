package floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The floor's one CDI bean. Like the application, it declares its pooled data source (embedded Derby in the
 * working directory, which the benchmark sets to a fresh folder per start), and at start-up it writes one row
 * through JPA in a JTA transaction (as the application's first admin is written before the first request);
 * the page reads the count back.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/floor",
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "floordb",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {"createDatabase=create"})
@Named("floor")
@ApplicationScoped
public class FloorBean {

    @PersistenceContext(unitName = "floor")
    private EntityManager em;

    @Transactional
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        em.persist(new FloorItem("first"));
    }

    public long getCount() {
        return em.createQuery("select count(i) from FloorItem i", Long.class).getSingleResult();
    }
}
