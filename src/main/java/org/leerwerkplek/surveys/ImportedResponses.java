package org.leerwerkplek.surveys;

import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Relevance;

/**
 * Told of the responses a CSV import stores, while it stores them, so that a part that keeps what
 * it derives from the submitted responses (the analysis' columns) can add the imported ones itself
 * instead of reading and decoding every response again after the import, a change in bulk. The
 * surveys part calls it ({@link ResponseImport}); the analysis implements it, so the dependency runs
 * from the analysis to surveys and never back. Without an implementation nobody is told.
 */
public interface ImportedResponses {

    /**
     * An import of responses to {@code version} begins, in its transaction, before anything is
     * stored; empty when the import need not be followed.
     */
    Optional<Receiver> importing(InstrumentVersion version);

    /** What one import tells; dropped without a word when the import stores nothing. */
    interface Receiver {

        /**
         * One checked response, in the order of the file, on the thread that reads the file, with
         * what the version shows for it ({@code relevance}, of {@code version.instrument()}), as the
         * check decided it: the same for the same answers, so a follower need not decide it again.
         */
        void accept(Map<String, AnswerValue> answers, Relevance relevance);

        /**
         * Every response is stored and the change recorded on the instrument's change counter, in
         * the import's transaction (not committed yet): {@code ids} are the stored responses' ids in
         * the order they were handed to {@link #accept}. Whatever follows from them counts only when
         * the transaction commits.
         */
        void stored(long[] ids);
    }
}
