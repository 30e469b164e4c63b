package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Responses removed in bulk by the channel they came in by (the analysis' demo data). */
@ApplicationScoped
public class ResponseDeletion {

    private ResponseStore store;

    /** For the CDI proxy only. */
    protected ResponseDeletion() {
    }

    @Inject
    public ResponseDeletion(ResponseStore store) {
        this.store = store;
    }

    /** How many responses to the instrument came in by {@code channel}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String instrumentId, ResponseChannel channel) {
        return store.count(instrumentId, channel);
    }

    /** Deletes every response to the instrument that came in by {@code channel}; returns how many. */
    @Transactional
    public int delete(String instrumentId, ResponseChannel channel) {
        return store.delete(instrumentId, channel);
    }
}
