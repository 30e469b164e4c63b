package org.leerwerkplek.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.leerwerkplek.platform.persistence.DatabaseService;

/** Up while the database answers. */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Inject
    DatabaseService database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database.isReachable(2)).build();
    }
}
