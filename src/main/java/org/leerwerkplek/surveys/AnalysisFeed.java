package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Question;

/** The submitted responses as the analysis part reads them: in one pass, and a state that says when they changed. */
@ApplicationScoped
public class AnalysisFeed {

    /**
     * One submitted response as the analysis reads it: the definition it was given under, its
     * answers, and whether it is synthetic demo data (channel {@code DEMO}).
     */
    public record SubmittedResponse(long id, Instrument instrument, Map<String, AnswerValue> answers, boolean demo) {
    }

    private ResponseStore store;
    private Instruments catalog;

    /** For the CDI proxy only. */
    protected AnalysisFeed() {
    }

    @Inject
    public AnalysisFeed(ResponseStore store, Instruments catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /**
     * A short text that changes whenever a response to the instrument is submitted or removed, so
     * that results computed from the submitted responses can be kept until it changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String submittedState(String instrumentId) {
        return store.submittedState(instrumentId);
    }

    /**
     * Hands every submitted response to the instrument to {@code consumer}, oldest first, in one
     * pass over the database (nothing is kept here); returns how many were handed over (responses
     * whose definition is missing are left out).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long forEachSubmitted(String instrumentId, Consumer<SubmittedResponse> consumer) {
        Map<Long, Optional<Instrument>> instruments = new HashMap<>();
        long[] count = {0};
        store.forEachSubmitted(instrumentId, response -> {
            Optional<Instrument> instrument = instruments.computeIfAbsent(response.getSnapshotId(), catalog::bySnapshot);
            if (instrument.isPresent()) {
                Instrument given = instrument.get();
                consumer.accept(new SubmittedResponse(response.getId(), given, AnswerDocument.decode(response.getAnswers(),
                        code -> given.question(code).map(Question::type)), response.getChannel() == ResponseChannel.DEMO));
                count[0]++;
            }
        });
        return count[0];
    }
}
