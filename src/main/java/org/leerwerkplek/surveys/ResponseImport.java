package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntConsumer;
import org.leerwerkplek.surveys.csv.ImportResult;
import org.leerwerkplek.surveys.csv.ResponseCsvReader;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * Responses in: a CSV of a version is checked completely and stored in JDBC batches in one
 * transaction, so a file with any error stores nothing; answers checked by the caller (generated
 * demo data) are stored the same way. The file is read and checked on a thread of its own
 * ({@link ReadAhead}) while the caller's thread stores what has been checked, in its transaction.
 */
@ApplicationScoped
public class ResponseImport {

    private ResponseStore store;
    private Clock clock;
    private ThreadFactory threads;

    /** For the CDI proxy only. */
    protected ResponseImport() {
    }

    /** Reads ahead on plain threads (outside a container). */
    public ResponseImport(ResponseStore store, Clock clock) {
        this(store, clock, new ReadAheadThreads(Thread::new));
    }

    @Inject
    public ResponseImport(ResponseStore store, Clock clock, ReadAheadThreads threads) {
        this.store = store;
        this.clock = clock;
        this.threads = threads.factory();
    }

    /**
     * Imports a CSV of the version as submitted responses, written in JDBC batches inside one
     * transaction. All or nothing: when any line has an error, nothing is stored (the transaction
     * rolls back on {@link ImportRefused}, which carries every error with its line and column).
     */
    @Transactional(rollbackOn = Exception.class)
    public ImportResult importCsv(InstrumentVersion version, Reader in, String importedBy, IntConsumer progress)
            throws IOException {
        Instant now = clock.instant();
        ResponseCsvReader reader = new ResponseCsvReader(version.instrument(), clock);
        try (ResponseStore.Batch batch = store.batch();
             ReadAhead<SurveyResponse, ImportResult> checked = ReadAhead.start(threads, sink -> reader.read(in,
                     imported -> sink.accept(submitted(version, imported.answers(), ResponseChannel.IMPORT, importedBy,
                             now)), progress))) {
            for (SurveyResponse response = checked.next(); response != null; response = checked.next()) {
                batch.add(response);
            }
            ImportResult result = checked.result();
            if (!result.isValid()) {
                throw new ImportRefused(result);
            }
            batch.finish();
            return result;
        }
    }

    /**
     * Stores answers that the caller has already checked against the version (such as generated
     * demo data) as submitted responses of {@code channel}, in one transaction.
     *
     * @return how many responses were stored
     */
    @Transactional(rollbackOn = Exception.class)
    public long store(InstrumentVersion version, Iterator<Map<String, AnswerValue>> responses, ResponseChannel channel,
                      String enteredBy) {
        Instant now = clock.instant();
        try (ResponseStore.Batch batch = store.batch()) {
            while (responses.hasNext()) {
                batch.add(submitted(version, responses.next(), channel, enteredBy, now));
            }
            return batch.finish();
        }
    }

    private static SurveyResponse submitted(InstrumentVersion version, Map<String, AnswerValue> answers,
                                            ResponseChannel channel, String enteredBy, Instant now) {
        Instrument instrument = version.instrument();
        return SurveyResponse.submitted(version.snapshotId(), instrument.id(), instrument.version(), channel,
                Language.NL.code(), enteredBy, AnswerDocument.encode(answers), now);
    }

    /** Rolls an import back; carries what was wrong with the file. */
    public static final class ImportRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient ImportResult result;

        ImportRefused(ImportResult result) {
            super("import refused: " + result.errors().size() + " errors");
            this.result = result;
        }

        public ImportResult result() {
            return result;
        }
    }
}
