package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.cluster.DataGrid;
import org.leerwerkplek.platform.security.RateLimiter;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * Public links: an admin opens an instrument to anyone with its link; every start through it
 * creates a new response. Starts are limited per client address (see
 * {@code lwp.surveys.public-starts-per-hour}), over all instances together when the data grid is on.
 */
@ApplicationScoped
@Transactional
public class PublicLinkService {

    @PersistenceContext
    EntityManager em;

    private ResponseService responses;
    private Instruments catalog;
    private Clock clock;
    private RateLimiter limiter;

    /** For the CDI proxy only. */
    protected PublicLinkService() {
    }

    @Inject
    public PublicLinkService(ResponseService responses, Instruments catalog, SurveysSettings settings, Clock clock,
                             DataGrid grid) {
        this.responses = responses;
        this.catalog = catalog;
        this.clock = clock;
        this.limiter = new RateLimiter("public-starts", settings.publicStartsPerHour(), Duration.ofHours(1), clock, grid);
    }

    public boolean isOpen(String instrumentId) {
        return Optional.ofNullable(em.find(SurveySetting.class, instrumentId)).map(SurveySetting::isPublicLink).orElse(false);
    }

    public void setOpen(String instrumentId, boolean open, String admin) {
        if (catalog.instrument(instrumentId).isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", instrumentId);
        }
        SurveySetting setting = em.find(SurveySetting.class, instrumentId);
        if (setting == null) {
            setting = new SurveySetting(instrumentId);
            setting.setPublicLink(open, admin, clock.instant());
            em.persist(setting);
        } else {
            setting.setPublicLink(open, admin, clock.instant());
        }
    }

    /**
     * Starts a response through the public link for a client address; empty when the link is
     * closed or that address started too many responses in the last hour (the page says so).
     */
    public Optional<ResponseService.Started> start(String instrumentId, Language language, String clientAddress) {
        if (!isOpen(instrumentId) || catalog.instrument(instrumentId).isEmpty()) {
            return Optional.empty();
        }
        if (!limiter.tryAcquire(clientAddress)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "respond.tooManyStarts");
        }
        return Optional.of(responses.start(instrumentId, language, ResponseChannel.PUBLIC_LINK, null));
    }
}
