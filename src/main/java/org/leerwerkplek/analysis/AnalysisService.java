package org.leerwerkplek.analysis;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.leerwerkplek.analysis.stats.CrossTabOptions;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.AnalysisFeed;
import org.leerwerkplek.surveys.ImportedResponses;
import org.leerwerkplek.surveys.InstrumentVersion;
import org.leerwerkplek.surveys.InstrumentVersions;
import org.leerwerkplek.surveys.ResponseExport;
import org.leerwerkplek.surveys.syntax.StatisticsFiles;
import org.leerwerkplek.surveys.SurveyDefinitionService;
import org.leerwerkplek.surveys.definition.model.AnswerValue;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Relevance;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * The analysis of an instrument's submitted responses, read with the version in service (or a chosen
 * one); responses under versions whose codes do not agree with it are left out and said so. The
 * responses are read in one pass into a {@link ResponseTable}, kept with the point of the
 * instrument's change counter it was read at (one row read by its key per request, shared by every
 * node). When responses were submitted, changed or removed one by one since, only those are read
 * and put in a new table; after a change in bulk (an import, a removal of demo data) all are read
 * again. The columns are also stored ({@link ColumnSnapshots}, after a full read and then every
 * {@value #STORE_AFTER} changes, on another thread), so that a node that holds none (after a
 * restart, or another node) reads them and the responses changed since instead of every response.
 * A CSV import hands its checked responses over as it stores them ({@link ImportedResponses}): they
 * are worked out on the import's reading thread and added to the columns read at the import's start,
 * and when the import commits with no other change between, those columns are this node's and are
 * stored, so that the first read after an import in bulk reads nothing again.
 */
@ApplicationScoped
public class AnalysisService implements ImportedResponses {

    private static final Logger LOG = Logger.getLogger(AnalysisService.class.getName());

    @Inject
    AnalysisFeed feed;

    @Inject
    InstrumentVersions versions;

    @Inject
    ResponseExport export;

    @Inject
    SurveyCatalog catalog;

    @Inject
    AnalysisSettings settings;

    @Inject
    SurveyDefinitionService definitions;

    @Inject
    Instance<ResponseWaves> waves;

    @Inject
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    /** Changes after which a node stores its columns again (a cold node applies at most about these). */
    static final long STORE_AFTER = 200;

    private ColumnSnapshots snapshots;

    /** Per table key, the counter's point of the columns last stored (or read) by this node. */
    private final Map<String, Long> stored = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        snapshots = new ColumnSnapshots(dataSource, clock);
    }

    /** A table read when the instrument's change counter stood at {@code seq}. */
    private record Cached(long seq, ResponseTable table) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** The dashboards of the selections analysts opened lately (a few hundred KB each). */
    private final DashboardCache dashboards = new DashboardCache(32);

    /** The tables of the instrument's responses: of {@code version}, or of every agreeing version when empty. */
    public Tables tables(String instrumentId, Optional<Integer> version, boolean weighted, Language language) {
        ResponseTable table = table(instrumentId, version);
        return weighted ? Tables.weighted(table, language) : Tables.unweighted(table, language);
    }

    /**
     * The dashboard of the respondents {@code selection} chooses, with its scope and count line:
     * computed once per selection and state of the responses, then served from memory.
     */
    public DashboardCache.View dashboard(Selection selection) {
        ResponseTable table = table(selection);
        return dashboards.get(selection, table, () -> {
            Tables tables = tables(selection, table);
            return new DashboardCache.View(Dashboard.of(tables, crossTabOptions(), selection.language()),
                    scope(selection, tables), counted(selection, tables), tables.table().size() == 0);
        });
    }

    /**
     * The respondents of a statistics export and their weights.
     *
     * @param version  the version written: the chosen one, else the one in service
     * @param weights  the respondents by response id, with their weight (1 when unweighted)
     * @param weighted whether the export carries the weights (asked for, and possible among these respondents)
     */
    public record StatisticsChoice(InstrumentVersion version, Map<Long, Double> weights, boolean weighted,
                                   Language language) {
    }

    /**
     * Who a statistics export of {@code selection} holds (wave, data, subgroup, weighting): the respondents of
     * the dashboard with the version chosen (else the one in service), so SPSS and R count what the dashboard
     * counts. Weighting that is impossible among them (nobody answered the weighting question) leaves the
     * export unweighted, as the tables are. Bad filters fail here, before anything is written.
     */
    public StatisticsChoice statisticsChoice(Selection selection) {
        InstrumentVersion version = versions.version(selection.instrument(), selection.version());
        Tables tables = tables(selection.withVersion(version.instrument().version()));
        return new StatisticsChoice(version, tables.respondentWeights(), tables.isWeighted(), selection.language());
    }

    /**
     * Writes the statistics export of {@code choice}: the CSV, SPSS syntax and R script as a ZIP or one of
     * them, by the surveys part, which leaves the audit entry.
     *
     * @return the number of responses written
     */
    public long exportStatistics(StatisticsChoice choice, StatisticsFiles.Part part, boolean raw, OutputStream out)
            throws IOException {
        return export.exportStatistics(choice.version(), Optional.of(choice.weights()), choice.weighted(),
                choice.language(), part, raw, out);
    }

    /** The tables of the respondents {@code selection} chooses. */
    public Tables tables(Selection selection) {
        return tables(selection, table(selection));
    }

    /** The table {@code selection} counts from: the submitted responses, with the partial ones when it asks for them. */
    private ResponseTable table(Selection selection) {
        ResponseTable submitted = table(selection.instrument(), selection.version());
        return selection.partials() ? withPartials(selection.instrument(), selection.version(), submitted) : submitted;
    }

    /** The table of submitted responses a table with partial responses was made from, and the partial responses' state then. */
    private record WithPartials(ResponseTable submitted, String state, ResponseTable table) {
    }

    /** Per table key, the last table with partial responses made (one per instrument and version). */
    private final Map<String, WithPartials> withPartials = new ConcurrentHashMap<>();

    /**
     * {@code submitted} with the partial responses that answered at least one question, read in one
     * pass when asked for: kept until the submitted table is replaced or a partial response is begun,
     * saved, submitted or removed ({@link AnalysisFeed#partialState}). Never stored, and never applied
     * to: the default (submitted only) keeps its columns and its quick update after each submit.
     */
    private ResponseTable withPartials(String instrumentId, Optional<Integer> version, ResponseTable submitted) {
        String key = instrumentId + "@" + version.map(String::valueOf).orElse("all") + "#"
                + submitted.definition().contentHash();
        String state = feed.partialState(instrumentId);
        WithPartials kept = withPartials.get(key);
        if (kept != null && kept.submitted() == submitted && kept.state().equals(state)) {
            return kept.table();
        }
        long started = System.nanoTime();
        List<ResponseTable.Prepared> partials = new java.util.ArrayList<>();
        feed.forEachPartial(instrumentId, response -> (version.isEmpty() || response.instrument().version() == version.get())
                        && response.answers().values().stream().anyMatch(a -> a != null && !a.isEmpty())
                        ? Optional.of(submitted.prepare(response.id(), response.instrument(), response.answers(),
                                response.demo()))
                        : Optional.<ResponseTable.Prepared>empty(),
                prepared -> prepared.ifPresent(partials::add));
        ResponseTable table = submitted.withPartials(partials);
        withPartials.put(key, new WithPartials(submitted, state, table));
        LOG.info(() -> String.format("Analysis of %s with partial responses: %d partial responses read, %d in the table,"
                + " in %d ms", key, partials.size(), table.size(), (System.nanoTime() - started) / 1_000_000));
        return table;
    }

    private Tables tables(Selection selection, ResponseTable table) {
        Optional<Set<Long>> waveResponses = Optional.empty();
        if (selection.wave().isPresent()) {
            long wave = selection.wave().get();
            waveResponses = Optional.of(waves().flatMap(w -> w.responseIds(selection.instrument(), wave))
                    .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "analysis.unknownWave",
                            String.valueOf(wave), selection.instrument())));
        }
        return Tables.of(table, selection, waveResponses);
    }

    /** The fieldwork waves of the instrument, newest first, to filter on. */
    public List<ResponseWaves.Wave> waves(String instrumentId) {
        return waves().map(w -> w.wavesOf(instrumentId)).orElse(List.of());
    }

    private Optional<ResponseWaves> waves() {
        return waves.isResolvable() ? Optional.of(waves.get()) : Optional.empty();
    }

    /** What {@code selection} counted, in sentences for a page or report: versions read and left out, wave, data, subgroup. */
    public List<String> scope(Selection selection, Tables tables) {
        return new Scope(Locale.forLanguageTag(selection.language().code())).lines(selection, tables,
                selection.wave().flatMap(id -> waves(selection.instrument()).stream()
                        .filter(w -> w.id() == id).map(ResponseWaves.Wave::name).findFirst()));
    }

    /** One line that says how many respondents {@code tables} count and which {@code selection}'s filters left out. */
    public String counted(Selection selection, Tables tables) {
        return new Scope(Locale.forLanguageTag(selection.language().code())).counted(selection, tables);
    }

    /** The options of cross-tabs: the configured smallest subgroup, 5% significance. */
    public CrossTabOptions crossTabOptions() {
        return new CrossTabOptions(settings.minSubgroupSize(), 0.05);
    }

    /** The definition the tables of {@code instrumentId} are read with: the given version, or the one in service. */
    public Instrument definition(String instrumentId, Optional<Integer> version) {
        if (version.isPresent()) {
            return versions.version(instrumentId, version).instrument();
        }
        return catalog.instrument(instrumentId)
                .map(SurveyCatalog.ActiveInstrument::instrument)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument",
                        instrumentId));
    }

    /** The versions of the instrument that have been in service, newest first. */
    public List<Integer> versions(String instrumentId) {
        return definitions.versions(instrumentId);
    }

    private ResponseTable table(String instrumentId, Optional<Integer> version) {
        Instrument definition = definition(instrumentId, version);
        return cached(instrumentId, version, definition, key(instrumentId, version, definition)).table;
    }

    private static String key(String instrumentId, Optional<Integer> version, Instrument definition) {
        return instrumentId + "@" + version.map(String::valueOf).orElse("all") + "#" + definition.contentHash();
    }

    /** The table of {@code key} and the point of the counter it reflects: kept, updated, stored or read. */
    private Cached cached(String instrumentId, Optional<Integer> version, Instrument definition, String key) {
        AnalysisFeed.Changes changes = feed.changes(instrumentId);
        Cached cached = cache.get(key);
        if (cached != null && cached.seq == changes.seq()) {
            return cached;
        }
        synchronized (this) {
            cached = cache.get(key);
            if (cached != null && cached.seq == changes.seq()) {
                return cached;
            }
            long started = System.nanoTime();
            ResponseTable table;
            String how;
            if (cached != null && cached.seq < changes.seq() && changes.rebuildSeq() <= cached.seq) {
                int[] applied = {0};
                table = applied(cached.table, instrumentId, cached.seq, version, applied);
                how = applied[0] + " changed responses applied";
            } else {
                Optional<ColumnSnapshots.Stored> kept = storedColumns(key, changes);
                Optional<ResponseTable> unpacked = kept.flatMap(k -> ColumnSnapshots.unpack(definition, k.packed()));
                if (kept.isPresent() && unpacked.isEmpty()) {
                    LOG.warning(() -> "The stored columns " + key + " do not fit the definition: all responses are read");
                }
                if (unpacked.isPresent()) {
                    long at = kept.get().seq();
                    int[] applied = {0};
                    table = at == changes.seq() ? unpacked.get()
                            : applied(unpacked.get(), instrumentId, at, version, applied);
                    stored.merge(key, at, Math::max);
                    how = "stored columns of change " + at + " read (" + kept.get().packed().length + " bytes), "
                            + applied[0] + " changed responses applied";
                } else {
                    ResponseTable read = ResponseTable.of(definition, 1024);
                    feed.forEachSubmitted(instrumentId, response -> version.isEmpty() || response.instrument().version() == version.get()
                            ? Optional.of(read.prepare(response.id(), response.instrument(), response.answers(), response.demo()))
                            : Optional.<ResponseTable.Prepared>empty(), prepared -> prepared.ifPresent(read::add));
                    table = read.finish();
                    how = "responses read";
                }
            }
            Cached read = new Cached(changes.seq(), table);
            cache.put(key, read);
            LOG.info(() -> String.format("Analysis of %s at change %d: %s, %d in the table, in %d ms", key, changes.seq(),
                    how, table.size(), (System.nanoTime() - started) / 1_000_000));
            store(key, changes.seq(), table, false);
            return read;
        }
    }

    /**
     * Follows an import of {@code version}'s responses into the columns of every agreeing version read
     * with the definition in service (the dashboard's): the columns as they are at its start (kept,
     * updated, stored or read, in the import's transaction before it stores anything) and each
     * imported response worked out as it is checked; see {@link ImportedColumns}.
     */
    @Override
    public Optional<Receiver> importing(InstrumentVersion version) {
        String instrumentId = version.instrument().id();
        if (transactions == null || transactions.getTransactionKey() == null
                || catalog.instrument(instrumentId).isEmpty()) {
            return Optional.empty();  // no transaction to follow, or no instrument in service to analyse
        }
        Instrument definition = definition(instrumentId, Optional.empty());
        String key = key(instrumentId, Optional.empty(), definition);
        Cached base = cached(instrumentId, Optional.empty(), definition, key);
        ImportedColumns columns = new ImportedColumns(base.table, version.instrument());
        return Optional.of(new Receiver() {
            @Override
            public void accept(Map<String, AnswerValue> answers, Relevance relevance) {
                columns.accept(answers, relevance);
            }

            @Override
            public void stored(long[] ids) {
                AnalysisFeed.Changes now = feed.changes(instrumentId);  // the import's own change, not committed yet
                long seq = now.seq();
                if (seq != base.seq + 1) {
                    LOG.info(() -> String.format("Analysis of %s: other changes came during the import (change %d after"
                            + " %d): the responses are read again", key, seq, base.seq));
                    return;
                }
                long started = System.nanoTime();
                ResponseTable table = columns.table(ids);
                long took = (System.nanoTime() - started) / 1_000_000;
                long preparing = columns.preparingMillis();
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // nothing before the commit
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            imported(key, seq, base.seq, table, ids.length, preparing, took,
                                    now.rebuildSeq() == seq);
                        }
                    }
                });
            }
        });
    }

    /**
     * The columns with an import's responses added, once it committed as change {@code seq}: kept,
     * and stored at once after a change in {@code bulk} (a node that holds no columns can bring no
     * earlier stored ones up to it), else as after any change.
     */
    private void imported(String key, long seq, long baseSeq, ResponseTable table, int imported, long preparing,
                          long took, boolean bulk) {
        synchronized (this) {
            Cached cached = cache.get(key);
            if (cached != null && cached.seq >= seq) {
                return;
            }
            cache.put(key, new Cached(seq, table));
        }
        LOG.info(() -> String.format("Analysis of %s at change %d: %d imported responses added to the columns of change"
                + " %d, %d in the table, in %d ms (worked out while the import read them in %d ms)", key, seq, imported,
                baseSeq, table.size(), took, preparing));
        store(key, seq, table, bulk);
    }

    /** {@code before} (read at point {@code since}) with the responses changed since applied, as a new table. */
    private ResponseTable applied(ResponseTable before, String instrumentId, long since, Optional<Integer> version,
                                  int[] count) {
        List<ResponseTable.Change> changed = feed.changedSince(instrumentId, since).stream()
                .map(c -> new ResponseTable.Change(c.id(), c.submitted()
                        .filter(r -> version.isEmpty() || r.instrument().version() == version.get())
                        .map(r -> before.prepare(r.id(), r.instrument(), r.answers(), r.demo()))))
                .toList();
        count[0] = changed.size();
        return before.with(changed);
    }

    /** The stored columns of {@code key} that the changes since can be applied to (no change in bulk after them). */
    private Optional<ColumnSnapshots.Stored> storedColumns(String key, AnalysisFeed.Changes changes) {
        if (snapshots == null) {
            return Optional.empty();
        }
        try {
            return snapshots.read(snapshotKey(key))
                    .filter(s -> s.seq() <= changes.seq() && s.seq() >= changes.rebuildSeq());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The stored columns " + key + " cannot be read: all responses are read", e);
            return Optional.empty();
        }
    }

    /**
     * Stores the columns of {@code key} read at point {@code seq}, on another thread, when this node
     * stored (or read) none yet or {@value #STORE_AFTER} changes ago, or {@code always} (after a change
     * in bulk, which no earlier stored columns can be brought up to).
     */
    private void store(String key, long seq, ResponseTable table, boolean always) {
        Long last = stored.get(key);
        if (snapshots == null || executor == null || (!always && last != null && seq - last < STORE_AFTER)) {
            return;
        }
        stored.merge(key, seq, Math::max);
        executor.execute(() -> {
            long started = System.nanoTime();
            try {
                byte[] packed = ColumnSnapshots.pack(table);
                boolean written = snapshots.write(snapshotKey(key), seq, packed);
                LOG.info(() -> String.format("Analysis columns of %s at change %d %s (%d bytes) in %d ms", key, seq,
                        written ? "stored" : "not stored (a later point is)", packed.length,
                        (System.nanoTime() - started) / 1_000_000));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The columns " + key + " could not be stored (a cold node reads all responses)", e);
            }
        });
    }

    private static String snapshotKey(String key) {
        return "f" + ResponseTable.FORMAT + ":" + key;
    }
}
