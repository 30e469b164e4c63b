package org.leerwerkplek.analysis;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leerwerkplek.analysis.demo.DemoResponse;
import org.leerwerkplek.analysis.demo.DemoResponses;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.surveys.ResponseChannel;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.InstrumentVersion;
import org.leerwerkplek.surveys.InstrumentVersions;
import org.leerwerkplek.surveys.ResponseDeletion;
import org.leerwerkplek.surveys.ResponseImport;

/**
 * The synthetic responses that reproduce the sector study's published figures (305 employers),
 * stored as submitted responses of channel {@code DEMO} so that they are never taken for real
 * answers and can be removed in one go. Loaded by an admin, or at start with
 * {@code lwp.analysis.demo-data=true} when none are there yet.
 */
@ApplicationScoped
public class DemoDataService {

    private static final Logger LOG = Logger.getLogger(DemoDataService.class.getName());

    @Inject
    InstrumentVersions versions;

    @Inject
    ResponseImport imports;

    @Inject
    ResponseDeletion deletion;

    @Inject
    SurveyCatalog catalog;

    @Inject
    AnalysisSettings settings;

    /** How many demo responses are stored. */
    public long count() {
        return deletion.count(DemoResponses.INSTRUMENT_ID, ResponseChannel.DEMO);
    }

    /** Stores the study's 305 synthetic responses; refused when demo responses are already there. */
    public long load(String by) {
        if (count() > 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "analysis.demo.alreadyLoaded");
        }
        InstrumentVersion version = versions.version(DemoResponses.INSTRUMENT_ID, Optional.empty());
        return imports.store(version, new DemoResponses(Clock.systemUTC()).study(version.instrument())
                .map(DemoResponse::values).iterator(), ResponseChannel.DEMO, by);
    }

    /** Removes every demo response; returns how many. */
    public int remove() {
        return deletion.delete(DemoResponses.INSTRUMENT_ID, ResponseChannel.DEMO);
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class)
                 Object started) {
        if (!settings.demoDataAtStart() || catalog.instrument(DemoResponses.INSTRUMENT_ID).isEmpty()) {
            return;
        }
        try {
            if (count() == 0) {
                long stored = load(AnalysisSettings.DEMO_DATA);
                LOG.info(() -> "Demo data: " + stored + " synthetic responses to " + DemoResponses.INSTRUMENT_ID
                        + " stored (channel DEMO)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo data could not be loaded", e);
        }
    }
}
