package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import org.leerwerkplek.platform.DomainException;

/** Finds the stored definition of an instrument version, for exports, imports and the analysis of an older version. */
@ApplicationScoped
public class InstrumentVersions {

    private Instruments catalog;
    private SurveyDefinitionService definitions;

    /** For the CDI proxy only. */
    protected InstrumentVersions() {
    }

    @Inject
    public InstrumentVersions(Instruments catalog, SurveyDefinitionService definitions) {
        this.catalog = catalog;
        this.definitions = definitions;
    }

    /** The newest stored revision of {@code version} (or of the version in service when empty). */
    public InstrumentVersion version(String instrumentId, Optional<Integer> version) {
        int wanted = version.orElseGet(() -> catalog.instrument(instrumentId)
                .map(a -> a.instrument().version())
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", instrumentId)));
        DefinitionSnapshot snapshot = definitions.snapshots().stream()
                .filter(s -> s.getInstrumentId().equals(instrumentId) && s.getVersion() == wanted)
                .max(Comparator.comparingInt(DefinitionSnapshot::getRevision))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownVersion",
                        instrumentId, wanted));
        return new InstrumentVersion(snapshot.getId(), catalog.bySnapshot(snapshot.getId()).orElseThrow());
    }
}
