package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.leerwerkplek.platform.cluster.ClusterNotice;
import org.leerwerkplek.platform.cluster.DataGrid;
import org.leerwerkplek.surveys.definition.DefinitionCompanion;
import org.leerwerkplek.surveys.definition.DefinitionFolder;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.LoadedDefinitions;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;

/**
 * The instruments of the {@code surveys/} folder: read at start and on an admin's reload. Each
 * file loads on its own: a broken one is reported with file, line and message and leaves the
 * others (and its own last good version) in service. Every instrument in service is pinned to a
 * stored snapshot, so responses stay tied to the exact definition they were given with. The files
 * other parts keep next to an instrument are read by their {@link DefinitionCompanion}s, on every
 * load, and kept with the instrument they belong to. An admin's reload on one instance reaches the
 * others through the data grid ({@link #RELOADED}): each reads its folder again.
 */
@ApplicationScoped
public class SurveyCatalog implements Instruments {

    private static final Logger LOG = Logger.getLogger(SurveyCatalog.class.getName());

    /** The notice the other instances get when an admin reloaded the folder on one. */
    static final String RELOADED = "surveys.reload";

    /**
     * An instrument in service: its definition, its snapshot and what its companions read with it.
     *
     * @param companions by {@link DefinitionCompanion#type()}; a companion whose file is absent or has errors has none
     */
    public record ActiveInstrument(long snapshotId, Instrument instrument, Map<Class<?>, Object> companions,
                                   List<String> warnings) {

        public ActiveInstrument {
            companions = Map.copyOf(companions);
        }

        /** What the companion of {@code type} read with this instrument (the suitability rules of companies, say). */
        public <T> Optional<T> companion(Class<T> type) {
            return Optional.ofNullable(companions.get(type)).map(type::cast);
        }
    }

    /** The state after a load: what is in service and every problem found. */
    public record Status(Map<String, ActiveInstrument> active, List<DefinitionError> errors) {
    }

    @Inject
    SurveysSettings settings;

    @Inject
    SurveyDefinitionService definitions;

    @Inject
    @Any
    Instance<DefinitionCompanion<?>> companions;

    @Inject
    DataGrid grid;

    private volatile Status status = new Status(Map.of(), List.of());
    private final Map<Long, Instrument> bySnapshot = new ConcurrentHashMap<>();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        load();
    }

    void onReloadElsewhere(@Observes ClusterNotice notice) {
        if (notice.is(RELOADED)) {
            LOG.info("Surveys: reloading, as an admin did on another instance");
            load();
        }
    }

    /** Reads the folder again, here and then on every other instance; returns the new state here. */
    public Status reload() {
        Status loaded = load();
        grid.tellOthers(RELOADED);
        return loaded;
    }

    /** Reads the folder again on this instance; returns the new state. */
    synchronized Status load() {
        Path folder = settings.dir();
        List<DefinitionError> errors = new ArrayList<>();
        Map<String, ActiveInstrument> active = new LinkedHashMap<>();
        LoadedDefinitions loaded;
        try {
            loaded = DefinitionFolder.load(folder, companions.stream().toList());
        } catch (IOException e) {
            errors.add(new DefinitionError(folder.toString(), 1, 1, "the surveys folder cannot be read: " + e.getMessage()));
            status = new Status(active, errors);
            return status;
        }
        errors.addAll(loaded.allErrors());
        keepLastGoodVersion(loaded.errors().keySet(), active);
        for (Instrument instrument : loaded.instruments().values()) {
            String fileName = instrument.fileName();
            String source;
            try {
                source = Files.readString(folder.resolve(fileName), StandardCharsets.UTF_8);
            } catch (IOException e) {
                errors.add(new DefinitionError(fileName, 1, 1, "cannot be read again: " + e.getMessage()));
                continue;
            }
            DefinitionRegistration registration = definitions.register(instrument, fileName, source);
            errors.addAll(registration.errors());
            if (registration.snapshotId().isPresent()) {
                long id = registration.snapshotId().get();
                bySnapshot.put(id, instrument);
                active.put(instrument.id(), new ActiveInstrument(id, instrument,
                        loaded.companions(instrument.id()), registration.warnings()));
            } else if (status.active().containsKey(instrument.id())) {
                active.put(instrument.id(), status.active().get(instrument.id()));
            }
        }
        errors.sort(DefinitionError.IN_FILE_ORDER);
        status = new Status(Map.copyOf(active), List.copyOf(errors));
        LOG.info(() -> "Surveys: " + status.active().keySet() + " in service from " + folder);
        errors.forEach(e -> LOG.warning(() -> "Surveys: " + e));
        return status;
    }

    /** A file that is broken now keeps its instrument in service as it was before the change. */
    private void keepLastGoodVersion(Set<String> brokenFiles, Map<String, ActiveInstrument> active) {
        status.active().values().stream()
                .filter(previous -> brokenFiles.contains(previous.instrument().fileName()))
                .forEach(previous -> active.put(previous.instrument().id(), previous));
    }

    public Status status() {
        return status;
    }

    public List<ActiveInstrument> instruments() {
        return status.active().values().stream()
                .sorted(Comparator.comparing(a -> a.instrument().id()))
                .toList();
    }

    @Override
    public Optional<ActiveInstrument> instrument(String id) {
        return Optional.ofNullable(status.active().get(id));
    }

    @Override
    public Optional<Instrument> bySnapshot(long snapshotId) {
        Instrument cached = bySnapshot.get(snapshotId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return definitions.snapshot(snapshotId)
                .flatMap(s -> DefinitionParser.parse(s.getFileName(), s.getSource()).value())
                .map(instrument -> {
                    bySnapshot.put(snapshotId, instrument);
                    return instrument;
                });
    }

    public String folder() {
        return settings.dir().toString();
    }
}
