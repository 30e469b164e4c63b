package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.web.PublicUrl;
import org.leerwerkplek.surveys.LinkResponseService;
import org.leerwerkplek.surveys.SurveyCatalog;

/**
 * Fieldwork waves: created by an analyst for an instrument in service, changed while they have
 * not closed, listed. A wave's days are the server's days.
 */
@ApplicationScoped
public class WaveService {

    private FieldworkStore store;
    private Predicate<String> inService;
    private BiConsumer<Collection<Long>, Instant> closeResponses;
    private Supplier<String> linkBase;
    private AuditLog audit;
    private Clock clock;

    /** For the CDI proxy only. */
    protected WaveService() {
    }

    @Inject
    public WaveService(FieldworkStore store, SurveyCatalog catalog, LinkResponseService responses, PublicUrl publicUrl,
                       AuditLog audit, Clock clock) {
        this(store, id -> catalog.instrument(id).isPresent(), responses::closeAt,
                () -> publicUrl.to("/"), audit, clock);
    }

    /**
     * @param inService      whether the instrument with an id is in service
     * @param closeResponses the surveys part's closing of responses at a moment
     * @param linkBase       the application's public address, where a wave's links start
     */
    WaveService(FieldworkStore store, Predicate<String> inService,
                BiConsumer<Collection<Long>, Instant> closeResponses, Supplier<String> linkBase, AuditLog audit,
                Clock clock) {
        this.store = store;
        this.inService = inService;
        this.closeResponses = closeResponses;
        this.linkBase = linkBase;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a wave; its links start with the application's public address ({@link PublicUrl}). */
    @Transactional
    public Wave create(UserService.Caller caller, WaveDraft draft) {
        WaveDraft checked = Objects.requireNonNull(draft).check();
        if (!inService.test(checked.instrumentId())) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", checked.instrumentId());
        }
        long id = store.insertWave(checked, InviteeLinks.newKey(), linkBase.get(), caller.username());
        Wave wave = store.wave(id).orElseThrow();
        audit.record(AuditAction.CREATE, FieldworkTrail.WAVE, id, audit.fieldsOf(FieldworkTrail.fields(wave), false));
        return wave;
    }

    /**
     * Changes the invitation date, the reminder rule and the closing date of a wave that has not
     * closed, if nobody changed it since {@code version}. The wave's responses take answers up to
     * the new closing date; what was sent stays sent.
     *
     * @throws DomainException CONFLICT when the wave closed or changed meanwhile, INVALID for
     *                         settings that do not fit together or a closing date in the past
     */
    @Transactional
    public Wave change(long waveId, int version, LocalDate invitationDate, int reminderMinDays, int reminderMax,
                       LocalDate reminderLastDate, LocalDate closingDate) {
        Wave wave = openWave(waveId);
        WaveDraft checked = new WaveDraft(wave.name(), wave.instrumentId(), invitationDate, reminderMinDays,
                reminderMax, reminderLastDate, closingDate).check();
        if (checked.closingDate().isBefore(LocalDate.now(clock))) {
            throw new DomainException(DomainException.Kind.INVALID, "fieldwork.wave.closingPast");
        }
        if (wave.version() != version || !store.updateWave(waveId, version, checked)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "fieldwork.wave.changedMeanwhile", wave.name());
        }
        Wave changed = store.wave(waveId).orElseThrow();
        if (!changed.closingDate().equals(wave.closingDate())) {
            closeResponses.accept(store.responseIds(waveId), changed.closesAt(clock.getZone()));
        }
        audit.record(AuditAction.UPDATE, FieldworkTrail.WAVE, waveId,
                audit.changes(FieldworkTrail.fields(wave), FieldworkTrail.fields(changed)));
        return changed;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Wave> waves() {
        return store.waves();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Wave wave(long id) {
        return store.wave(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "fieldwork.wave.notFound", id));
    }

    /**
     * The wave, when it has not closed yet.
     *
     * @throws DomainException NOT_FOUND for an unknown wave, CONFLICT for a closed one
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Wave openWave(long waveId) {
        Wave wave = wave(waveId);
        if (wave.isClosed(LocalDate.now(clock))) {
            throw new DomainException(DomainException.Kind.CONFLICT, "fieldwork.wave.closed", wave.name());
        }
        return wave;
    }
}
