package org.leerwerkplek.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.leerwerkplek.platform.persistence.DatabaseService;

/**
 * {@code /health/ready}: down while the node starts or migrates the database, and while the database
 * does not answer within {@value #TIMEOUT_SECONDS} s; the load balancer checks it.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final int TIMEOUT_SECONDS = 2;

    @Inject
    DatabaseService database;

    @Inject
    StartupState startup;

    @Override
    public HealthCheckResponse call() {
        HealthRules.Verdict verdict = HealthRules.readiness(startup.phase(), () -> database.isReachable(TIMEOUT_SECONDS));
        return HealthCheckResponse.named("database").status(verdict.up()).withData("state", verdict.reason()).build();
    }
}
