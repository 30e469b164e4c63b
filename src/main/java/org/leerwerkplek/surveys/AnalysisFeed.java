package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Question;
import org.leerwerkplek.surveys.definition.model.QuestionType;

/**
 * The submitted responses as the analysis part reads them: all in one pass, or only those changed
 * since a point of the instrument's change counter ({@link #changes}), which is shared by every node.
 */
@ApplicationScoped
public class AnalysisFeed {

    /**
     * One response (submitted, or partial where asked for) as the analysis reads it: the definition it was given under, its
     * answers, and whether it is synthetic demo data (channel {@code DEMO}).
     */
    public record SubmittedResponse(long id, Instrument instrument, Map<String, AnswerValue> answers, boolean demo) {
    }

    /**
     * Where the changes to an instrument's submitted responses have come: {@code seq} moves on with
     * every change (committed in order), {@code rebuildSeq} is the last change made in bulk, after
     * which only a full read ({@link #forEachSubmitted(String, Function, Consumer)}) is exact.
     */
    public record Changes(long seq, long rebuildSeq) {
    }

    /** A response changed since a point of the counter: submitted (with its answers), or no longer counted. */
    public record Changed(long id, Optional<SubmittedResponse> submitted) {
    }

    /** Rows handed to the decoding threads at a time in a full read. */
    private static final int CHUNK = 2_000;
    /** Chunks being decoded at once while the next rows are read. */
    private static final int IN_FLIGHT = 4;

    /** A definition responses were given under, with the type of each of its questions by code. */
    private record Given(Instrument instrument, Map<String, Optional<QuestionType>> types) {

        static Optional<Given> of(Optional<Instrument> instrument) {
            return instrument.map(i -> {
                Map<String, Optional<QuestionType>> types = new HashMap<>();
                i.questions().forEach(q -> types.put(q.code(), Optional.of(q.type())));
                return new Given(i, types);
            });
        }
    }

    private ResponseStore store;
    private Instruments catalog;
    private Executor decoding = ForkJoinPool.commonPool();

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

    /** Where the changes to the instrument's submitted responses have come (one row read by its key). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Changes changes(String instrumentId) {
        ResponseStore.ChangeState state = store.changeState(instrumentId);
        return new Changes(state.seq(), state.rebuildSeq());
    }

    /**
     * Reads every submitted response to the instrument in one pass without sorting, and hands each
     * to {@code prepare} on other threads (decoding the answers and {@code prepare} run in parallel
     * with reading the rows) and the results to {@code consumer} on this thread, one at a time, in
     * no particular order. Responses whose definition is missing are left out; returns how many
     * were handed over.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> long forEachSubmitted(String instrumentId, Function<SubmittedResponse, T> prepare, Consumer<T> consumer) {
        return forEach(rows -> store.forEachSubmittedAnswers(instrumentId, CHUNK, rows), prepare, consumer);
    }

    /**
     * A short text that changes whenever a partial response (begun, not submitted) to the
     * instrument is begun, saved, submitted or removed, so that tables with the partial responses
     * can be kept until it changes (partial saves do not move the change counter of {@link #changes}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String partialState(String instrumentId) {
        return store.partialState(instrumentId);
    }

    /**
     * Reads every partial response (begun, not submitted) to the instrument in one pass, as
     * {@link #forEachSubmitted(String, Function, Consumer)} reads the submitted ones.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> long forEachPartial(String instrumentId, Function<SubmittedResponse, T> prepare, Consumer<T> consumer) {
        return forEach(rows -> store.forEachPartialAnswers(instrumentId, CHUNK, rows), prepare, consumer);
    }

    private <T> long forEach(Consumer<Consumer<ResponseStore.AnswersRow>> read, Function<SubmittedResponse, T> prepare,
                             Consumer<T> consumer) {
        Map<Long, Optional<Given>> instruments = new ConcurrentHashMap<>();
        Deque<CompletableFuture<List<T>>> pending = new ArrayDeque<>();
        List<List<ResponseStore.AnswersRow>> chunk = new ArrayList<>(List.of(new ArrayList<>(CHUNK)));
        long[] count = {0};
        Consumer<List<T>> hand = prepared -> {
            prepared.forEach(consumer);
            count[0] += prepared.size();
        };
        read.accept(row -> {
            instruments.computeIfAbsent(row.snapshotId(), id -> Given.of(catalog.bySnapshot(id)));
            chunk.get(0).add(row);
            if (chunk.get(0).size() == CHUNK) {
                List<ResponseStore.AnswersRow> rows = chunk.set(0, new ArrayList<>(CHUNK));
                pending.add(CompletableFuture.supplyAsync(() -> prepared(rows, instruments, prepare), decoding));
                while (pending.size() >= IN_FLIGHT || (!pending.isEmpty() && pending.peek().isDone())) {
                    hand.accept(pending.poll().join());
                }
            }
        });
        List<T> last = prepared(chunk.get(0), instruments, prepare);
        while (!pending.isEmpty()) {
            hand.accept(pending.poll().join());
        }
        hand.accept(last);
        return count[0];
    }

    private static <T> List<T> prepared(List<ResponseStore.AnswersRow> rows, Map<Long, Optional<Given>> instruments,
                                        Function<SubmittedResponse, T> prepare) {
        List<T> prepared = new ArrayList<>(rows.size());
        for (ResponseStore.AnswersRow row : rows) {
            submitted(row, instruments.get(row.snapshotId())).map(prepare).ifPresent(prepared::add);
        }
        return prepared;
    }

    /** The response on {@code row} with its answers decoded (a type lookup per stored answer, not a search). */
    private static Optional<SubmittedResponse> submitted(ResponseStore.AnswersRow row, Optional<Given> given) {
        return given.map(g -> new SubmittedResponse(row.id(), g.instrument(), AnswerDocument.decode(row.answers(),
                code -> g.types().getOrDefault(code, Optional.empty())), row.channel() == ResponseChannel.DEMO));
    }

    /**
     * The responses to the instrument changed after point {@code seq} of its counter: each as it
     * is now when it is submitted, or without answers when it no longer counts (also when its
     * definition is missing). Exact only while no change in bulk came after {@code seq}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Changed> changedSince(String instrumentId, long seq) {
        Map<Long, Optional<Given>> instruments = new HashMap<>();
        List<Changed> changed = new ArrayList<>();
        store.forEachChangedSince(instrumentId, seq, row -> changed.add(new Changed(row.id(),
                row.status() == ResponseStatus.SUBMITTED
                        ? submitted(row, instruments.computeIfAbsent(row.snapshotId(), id -> Given.of(catalog.bySnapshot(id))))
                        : Optional.empty())));
        return changed;
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
