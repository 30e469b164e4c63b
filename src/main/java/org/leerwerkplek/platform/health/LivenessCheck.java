package org.leerwerkplek.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** {@code /health/live}: the process runs and is not stuck; never touches the database. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        HealthRules.Verdict verdict = HealthRules.liveness(ManagementFactory.getThreadMXBean().findDeadlockedThreads());
        return HealthCheckResponse.named("process").status(verdict.up()).withData("state", verdict.reason()).build();
    }
}
