package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.leerwerkplek.surveys.csv.ImportResult;
import org.leerwerkplek.surveys.csv.ResponseCsvReader;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Relevance;

/**
 * Responses in: a CSV of a version is checked completely and stored in JDBC batches in one
 * transaction, so a file with any error stores nothing; answers checked by the caller (generated
 * demo data) are stored the same way. The file is read and checked on a thread of its own
 * ({@link ReadAhead}) while the caller's thread stores what has been checked, in its transaction.
 * Whoever follows imports ({@link ImportedResponses}: the analysis) is handed each checked response
 * and, once all are stored, their ids, so that it need not read them back.
 */
@ApplicationScoped
public class ResponseImport {

    private ResponseStore store;
    private Clock clock;
    private ThreadFactory threads;
    private List<ImportedResponses> followers = List.of();

    private static final Logger LOG = Logger.getLogger(ResponseImport.class.getName());

    /** For the CDI proxy only. */
    protected ResponseImport() {
    }

    /** Reads ahead on plain threads (outside a container). */
    public ResponseImport(ResponseStore store, Clock clock) {
        this(store, clock, new ReadAheadThreads(Thread::new));
    }

    public ResponseImport(ResponseStore store, Clock clock, ReadAheadThreads threads) {
        this(store, clock, threads, List.of());
    }

    /** Tells {@code followers} of each CSV import. */
    public ResponseImport(ResponseStore store, Clock clock, ReadAheadThreads threads, List<ImportedResponses> followers) {
        this.store = store;
        this.clock = clock;
        this.threads = threads.factory();
        this.followers = List.copyOf(followers);
    }

    @Inject
    ResponseImport(ResponseStore store, Clock clock, ReadAheadThreads threads, Instance<ImportedResponses> followers) {
        this(store, clock, threads, followers.stream().toList());
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
        List<Following> following = following(version);
        try (ResponseStore.Batch batch = store.batch();
             // the answers' bytes too are worked out on the reading thread: on Derby the storing one is the busier
             ReadAhead<ResponseStore.Encoded, ImportResult> checked = ReadAhead.start(threads, sink -> reader.read(in,
                     imported -> {
                         following.forEach(f -> f.accept(imported.answers(), imported.relevance()));
                         sink.accept(ResponseStore.encoded(submitted(version, imported.answers(), ResponseChannel.IMPORT,
                                 importedBy, now)));
                     }, progress))) {
            long added = 0;
            for (ResponseStore.Encoded response = checked.next(); response != null; response = checked.next()) {
                batch.add(response);
                added++;
                if (!checked.ready()) {
                    batch.write();  // what is pending, while the reading thread checks the next rows (the first ones at least)
                }
            }
            ImportResult result = checked.result();
            if (!result.isValid()) {
                throw new ImportRefused(result);
            }
            long[] ids = following.isEmpty() ? new long[0] : batch.submittedIds(version.instrument().id());
            batch.finish();
            if (ids.length == added) {
                following.forEach(f -> f.stored(ids));
            } else if (!following.isEmpty()) {
                LOG.info(() -> "Another change in bulk came with the import of " + version.instrument().id()
                        + ": its followers read the responses again");
            }
            return result;
        }
    }

    /** The followers of an import of {@code version}, each dropped at its first failure (the import goes on). */
    private List<Following> following(InstrumentVersion version) {
        return followers.stream().map(f -> {
            try {
                return f.importing(version);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A follower of imports failed; it reads the responses again", e);
                return Optional.<ImportedResponses.Receiver>empty();
            }
        }).flatMap(Optional::stream).map(Following::new).toList();
    }

    /** One follower of one import; after a failure it is told nothing more. */
    private static final class Following {

        private final ImportedResponses.Receiver receiver;
        private volatile boolean failed;

        Following(ImportedResponses.Receiver receiver) {
            this.receiver = receiver;
        }

        void accept(Map<String, AnswerValue> answers, Relevance relevance) {
            if (!failed) {
                try {
                    receiver.accept(answers, relevance);
                } catch (RuntimeException e) {
                    failed(e);
                }
            }
        }

        void stored(long[] ids) {
            if (!failed) {
                try {
                    receiver.stored(ids);
                } catch (RuntimeException e) {
                    failed(e);
                }
            }
        }

        private void failed(RuntimeException e) {
            failed = true;
            LOG.log(Level.WARNING, "A follower of an import failed; it reads the responses again", e);
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
