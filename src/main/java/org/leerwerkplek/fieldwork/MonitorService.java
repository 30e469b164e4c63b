package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.surveys.LinkResponseService;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.ReferenceShare;

/**
 * The fieldwork monitor of a wave: counts, the days so far, and per subgroup dimension whether
 * those who answered represent those invited and the register's known shares.
 */
@ApplicationScoped
public class MonitorService {

    private WaveService waves;
    private FieldworkStore store;
    private Function<Collection<Long>, Map<Long, LinkResponseService.Progress>> progress;
    private ToLongFunction<String> bounced;
    private Function<String, Optional<Instrument>> instruments;
    private Clock clock;

    /** For the CDI proxy only. */
    protected MonitorService() {
    }

    @Inject
    public MonitorService(WaveService waves, FieldworkStore store, LinkResponseService responses, MailOutbox outbox,
                          SurveyCatalog catalog, Clock clock) {
        this(waves, store, responses::progress, prefix -> outbox.bouncedKeys(prefix).size(),
                id -> catalog.instrument(id).map(SurveyCatalog.ActiveInstrument::instrument),
                clock);
    }

    /**
     * @param progress         the surveys part's progress of responses, by response id
     * @param bounced          how many mails whose key starts with a prefix bounced
     * @param instruments      the instrument in service with an id, if it is
     */
    MonitorService(WaveService waves, FieldworkStore store,
                   Function<Collection<Long>, Map<Long, LinkResponseService.Progress>> progress,
                   ToLongFunction<String> bounced, Function<String, Optional<Instrument>> instruments,
                   Clock clock) {
        this.waves = waves;
        this.store = store;
        this.progress = progress;
        this.bounced = bounced;
        this.instruments = instruments;
        this.clock = clock;
    }

    /** The monitor of a wave: counts, the days so far, and representativeness per subgroup dimension. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Monitor monitor(long waveId) {
        Wave wave = waves.wave(waveId);
        List<Invitee> invitees = store.all(waveId);
        Map<Long, LinkResponseService.Progress> progress = this.progress.apply(
                invitees.stream().map(Invitee::responseId).filter(Objects::nonNull).toList());
        Map<Long, LinkResponseService.Progress> byInvitee = new HashMap<>();
        invitees.forEach(i -> {
            if (i.responseId() != null && progress.containsKey(i.responseId())) {
                byInvitee.put(i.id(), progress.get(i.responseId()));
            }
        });
        long bouncedMails = bounced.applyAsLong("invitation:" + waveId + ":");
        return new Monitor(wave, Monitor.counts(invitees, byInvitee, bouncedMails),
                Monitor.timeline(wave, invitees, byInvitee, LocalDate.now(clock), clock.getZone()),
                tests(wave, invitees, byInvitee), store.countNotInvited(waveId));
    }

    /** The instrument in service with the id {@code instrumentId}, if it still is (for the monitor's labels). */
    public Optional<Instrument> instrument(String instrumentId) {
        return instruments.apply(instrumentId);
    }

    private List<Representativeness.Test> tests(Wave wave, List<Invitee> invitees,
                                                Map<Long, LinkResponseService.Progress> progress) {
        List<Representativeness.Test> tests = new ArrayList<>();
        List<ReferenceShare> register = instruments.apply(wave.instrumentId())
                .map(i -> i.analysis().referenceShares().stream()
                        .filter(r -> r.kind() == ReferenceShare.Kind.POPULATION).toList())
                .orElse(List.of());
        for (Dimension dimension : Dimension.values()) {
            Map<String, Long> submitted = new TreeMap<>();
            Map<String, Double> invitedWeights = new TreeMap<>();
            for (Invitee invitee : invitees) {
                String group = invitee.group(dimension);
                if (group == null || invitee.invitedAt() == null) {
                    continue;
                }
                invitedWeights.merge(group, 1.0, Double::sum);
                LinkResponseService.Progress p = progress.get(invitee.id());
                if (p != null && p.stage() == LinkResponseService.Stage.SUBMITTED) {
                    submitted.merge(group, 1L, Long::sum);
                }
            }
            if (invitedWeights.isEmpty()) {
                continue;
            }
            tests.add(Representativeness.test(dimension, "invited", submitted, invitedWeights));
            for (ReferenceShare share : register) {
                if (share.shares().keySet().equals(invitedWeights.keySet())) {
                    Map<String, Double> weights = new TreeMap<>();
                    share.shares().forEach((code, value) -> weights.put(code, value.doubleValue()));
                    tests.add(Representativeness.test(dimension, "register", submitted, weights));
                }
            }
        }
        return tests;
    }
}
