package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * Personal-link responses in bulk, for the fieldwork part: started by the thousand with tokens
 * that the caller derived (only their hashes are stored), or one at a time when a link handed out
 * by a {@link LinkStarter} is first opened, and their progress read back by id.
 * Starting is idempotent per token: a token whose response exists gives that response again.
 */
@ApplicationScoped
public class LinkResponseService {

    /** A response to start: the token of its link and the language of the respondent. */
    public record LinkStart(String token, String language) {
    }

    /** How far a respondent got. */
    public enum Stage { NOT_OPENED, OPENED, PARTIAL, SUBMITTED }

    /** The progress of one response, with the moments it reached each stage (null where not reached). */
    public record Progress(long responseId, Stage stage, Instant openedAt, Instant savedAt, Instant submittedAt) {
    }

    private ResponseStore store;
    private Instruments catalog;
    private Clock clock;

    /** For the CDI proxy only. */
    protected LinkResponseService() {
    }

    @Inject
    public LinkResponseService(ResponseStore store, Instruments catalog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Starts one LINK response per entry on the instrument version in service, in the caller's
     * transaction, open for answers until {@code closesAt}.
     *
     * @return the response ids, in the order of {@code starts}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> start(String instrumentId, List<LinkStart> starts, Instant closesAt) {
        SurveyCatalog.ActiveInstrument active = catalog.instrument(instrumentId)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", instrumentId));
        Instrument instrument = active.instrument();
        List<String> hashes = new ArrayList<>(starts.size());
        for (LinkStart start : starts) {
            if (!SecretToken.isWellFormed(start.token())) {
                throw new IllegalArgumentException("Not a link token");
            }
            hashes.add(SecretToken.hash(start.token()));
        }
        Instant now = clock.instant();
        Map<String, Long> existing = store.idsByTokenHash(hashes);
        try (ResponseStore.Batch batch = store.batch()) {
            for (int i = 0; i < starts.size(); i++) {
                if (existing.containsKey(hashes.get(i))) {
                    continue;
                }
                Language language = Language.fromCode(starts.get(i).language())
                        .filter(instrument.languages()::contains).orElse(Language.NL);
                batch.add(SurveyResponse.link(active.snapshotId(), instrument.id(), instrument.version(), hashes.get(i),
                        language.code(), instrument.sections().get(0).id(), closesAt, now));
            }
            batch.finish();
        }
        Map<String, Long> ids = store.idsByTokenHash(hashes);
        return hashes.stream().map(ids::get).toList();
    }

    /**
     * Starts the response of a link that {@code starter} handed out, in a transaction of its own,
     * and tells the starter its id in that transaction. Fails (and changes nothing) when another
     * opening of the same link started it meanwhile.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long startPending(String token, LinkStarter.PendingLink pending, LinkStarter starter) {
        long id = start(pending.instrumentId(), List.of(new LinkStart(token, pending.language())), pending.closesAt()).get(0);
        starter.started(token, id);
        return id;
    }

    /**
     * Moves the moment from which these link responses take no more answers (a fieldwork wave's
     * new closing date), in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAt(Collection<Long> responseIds, Instant closesAt) {
        store.closeAt(responseIds, closesAt);
    }

    /** The progress of the responses with these ids; ids that do not exist are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Progress> progress(Collection<Long> responseIds) {
        if (responseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Progress> result = new HashMap<>();
        for (SurveyResponse response : store.statesOf(responseIds)) {
            result.put(response.getId(), progress(response));
        }
        return result;
    }

    private static Progress progress(SurveyResponse response) {
        Instant created = response.getCreatedAt();
        Instant updated = response.getUpdatedAt();
        Instant saved = updated.isAfter(created) ? updated : null;
        Stage stage = response.getStatus() == ResponseStatus.SUBMITTED ? Stage.SUBMITTED
                : saved != null ? Stage.PARTIAL : response.getOpenedAt() != null ? Stage.OPENED : Stage.NOT_OPENED;
        return new Progress(response.getId(), stage, response.getOpenedAt(), saved, response.getSubmittedAt());
    }
}
