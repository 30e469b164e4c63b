package org.leerwerkplek.surveys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.surveys.definition.DefinitionParser;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.validation.VersionCompatibility;
import org.leerwerkplek.surveys.definition.yaml.DefinitionError;
import org.leerwerkplek.surveys.definition.yaml.ParseResult;

/** Keeps a snapshot of every distinct instrument content that responses may be given with. */
@ApplicationScoped
@Transactional
public class SurveyDefinitionService {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * Registers a freshly loaded instrument. The same content again: its existing snapshot.
     * Changed content under the same version: a new revision, if no stored answer loses its
     * meaning (README section 9); otherwise refused. A version below a stored one: refused.
     */
    public DefinitionRegistration register(Instrument instrument, String fileName, String source) {
        List<DefinitionSnapshot> stored = em.createNamedQuery(DefinitionSnapshot.OF_INSTRUMENT, DefinitionSnapshot.class)
                .setParameter("instrument", instrument.id())
                .getResultList();
        Optional<DefinitionSnapshot> same = stored.stream()
                .filter(s -> s.getContentHash().equals(instrument.contentHash()))
                .findFirst();
        if (same.isPresent()) {
            return DefinitionRegistration.accepted(same.get().getId(), List.of());
        }
        int highest = stored.stream().mapToInt(DefinitionSnapshot::getVersion).max().orElse(0);
        if (instrument.version() < highest) {
            return DefinitionRegistration.refused(List.of(new DefinitionError(fileName, instrument.versionLine(), 1,
                    "version " + instrument.version() + " is lower than the stored version " + highest
                            + "; a version never goes back")));
        }
        Optional<DefinitionSnapshot> latestOfVersion = stored.stream()
                .filter(s -> s.getVersion() == instrument.version())
                .findFirst();
        List<String> warnings = List.of();
        if (latestOfVersion.isPresent()) {
            ParseResult<Instrument> previous = DefinitionParser.parse(latestOfVersion.get().getFileName(),
                    latestOfVersion.get().getSource());
            if (previous.isSuccess()) {
                VersionCompatibility.Verdict verdict = VersionCompatibility.compare(previous.orThrow(), instrument);
                if (!verdict.isAccepted()) {
                    return DefinitionRegistration.refused(verdict.errors());
                }
                warnings = verdict.warnings();
            }
        }
        int revision = latestOfVersion.map(s -> s.getRevision() + 1).orElse(1);
        DefinitionSnapshot snapshot = new DefinitionSnapshot(instrument.id(), instrument.version(), revision,
                instrument.contentHash(), fileName, source, clock.instant());
        em.persist(snapshot);
        em.flush();
        return DefinitionRegistration.accepted(snapshot.getId(), warnings);
    }

    public Optional<DefinitionSnapshot> snapshot(long id) {
        return Optional.ofNullable(em.find(DefinitionSnapshot.class, id));
    }

    public List<DefinitionSnapshot> snapshots() {
        return em.createNamedQuery(DefinitionSnapshot.ALL, DefinitionSnapshot.class).getResultList();
    }

    /** The versions of an instrument that have been in service, newest first (one query, without the definitions' texts). */
    public List<Integer> versions(String instrumentId) {
        return em.createNamedQuery(DefinitionSnapshot.VERSIONS, Integer.class)
                .setParameter("instrument", instrumentId).getResultList();
    }
}
