package org.leerwerkplek.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.leerwerkplek.platform.config.PlatformSettings;

/**
 * The clock services are built with, in the fund's time zone ({@code lwp.zone}): {@code
 * LocalDate.now(clock)} is today for the fund's users, whatever zone the server runs in, and
 * {@code clock.getZone()} is the zone pages show times in. Unit tests build services with a clock
 * of their own.
 */
@ApplicationScoped
public class SystemClock {

    private final Clock clock;

    /** For CDI's proxy. */
    protected SystemClock() {
        this.clock = null;
    }

    @Inject
    public SystemClock(PlatformSettings settings) {
        this.clock = Clock.system(settings.zone());
    }

    @Produces
    public Clock clock() {
        return clock;
    }
}
