package org.leerwerkplek.fieldwork;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.platform.web.PublicUrl;
import org.leerwerkplek.surveys.LinkResponseService;
import org.leerwerkplek.surveys.SurveyCatalog;
import org.leerwerkplek.surveys.definition.analysis.ReferenceShare;
import org.leerwerkplek.surveys.definition.model.Instrument;

/**
 * Fieldwork waves: created by an analyst, filled from a CSV or the company register (all or
 * nothing), worked off by {@link #runDue()} (the timer, or an admin's "send due now"), followed in
 * the monitor, and left by invitees through their opt-out link.
 */
@ApplicationScoped
public class FieldworkService {

    /** What a run did over all open waves. */
    public record RunReport(int invitations, int reminders, int skippedSubmitted) {
    }

    /** The outcome of adding invitees: how many were added, or why none were. */
    public record AddOutcome(int added, List<LineProblem> problems) {

        public AddOutcome {
            problems = List.copyOf(problems);
        }
    }

    /** What the opt-out page shows about a link: the company, and whether it had opted out before. */
    public record OptOutTarget(String company, boolean optedOut) {
    }

    private static final Logger LOG = Logger.getLogger(FieldworkService.class.getName());

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DueWork due;

    @Inject
    SurveyCatalog catalog;

    @Inject
    CompanyService companies;

    @Inject
    LinkResponseService responses;

    @Inject
    MailOutbox outbox;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditLog audit;

    /** Object kinds in the audit trail. */
    static final String WAVE = "wave";
    static final String INVITEE = InviteeAnonymiser.INVITEE;

    private final Clock clock = Clock.systemDefaultZone();
    private FieldworkStore store;

    @PostConstruct
    void init() {
        store = new FieldworkStore(dataSource, clock);
    }

    /** Creates a wave; its links start with the application's public address ({@link PublicUrl}). */
    @Transactional
    public Wave create(UserService.Caller caller, WaveDraft draft) {
        WaveDraft checked = Objects.requireNonNull(draft).check();
        if (catalog.instrument(checked.instrumentId()).isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "surveys.unknownInstrument", checked.instrumentId());
        }
        long id = store.insertWave(checked, InviteeLinks.newKey(), publicUrl.to("/"), caller.username());
        Wave wave = store.wave(id).orElseThrow();
        audit.record(AuditAction.CREATE, WAVE, id, audit.fieldsOf(auditFields(wave), false));
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
            responses.closeAt(store.responseIds(waveId), changed.closesAt(clock.getZone()));
        }
        audit.record(AuditAction.UPDATE, WAVE, waveId, audit.changes(auditFields(wave), auditFields(changed)));
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

    /** Adds the invitees of a CSV (format: {@link InviteeCsv}); any problem adds none. */
    @Transactional
    public AddOutcome importCsv(long waveId, Reader csv) throws IOException {
        Wave wave = openWave(waveId);
        InviteeCsv.Parsed parsed = InviteeCsv.read(csv);
        if (!parsed.problems().isEmpty()) {
            return new AddOutcome(0, parsed.problems());
        }
        return add(wave, parsed.lines(), 2);
    }

    /**
     * Adds companies of the register, each with its first contact that has an e-mail address;
     * a company without one is a problem (for analysts the register leaves contacts out, so an
     * admin or advisor picks them).
     */
    @Transactional
    public AddOutcome addFromRegister(UserService.Caller caller, long waveId, List<Long> companyIds) {
        Wave wave = openWave(waveId);
        List<InviteeLine> lines = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        for (int i = 0; i < companyIds.size(); i++) {
            CompanyView company = companies.forInvitation(caller, companyIds.get(i));
            CompanyDetails details = company.details();
            Optional<Contact> contact = details.contacts().stream().filter(c -> !c.email().isBlank()).findFirst();
            if (contact.isEmpty()) {
                problems.add(LineProblem.of(i + 1, "fieldwork.import.noContact", details.name()));
                continue;
            }
            String language = contact.get().language();
            lines.add(new InviteeLine(details.name(), contact.get().name(), contact.get().email(),
                    language.equals("fr") || language.equals("en") ? language : "nl",
                    details.sizeClass().map(Enum::name).orElse(null),
                    details.subsectors().stream().map(Enum::name).sorted().findFirst().orElse(null),
                    details.province() == null ? null : details.province().name(), company.id()));
        }
        if (!problems.isEmpty()) {
            return new AddOutcome(0, problems);
        }
        return add(wave, lines, 1);
    }

    private AddOutcome add(Wave wave, List<InviteeLine> lines, int firstLine) {
        List<LineProblem> problems = InviteeList.check(lines, firstLine, store.emails(wave.id()));
        if (!problems.isEmpty()) {
            return new AddOutcome(0, problems);
        }
        store.insertInvitees(wave.id(), lines.stream().map(InviteeList::normalised).toList());
        audit.record(AuditAction.CREATE, INVITEE, invitees(wave.id(), "added", lines.size()), List.of());
        return new AddOutcome(lines.size(), List.of());
    }

    /** The fields of a wave the trail follows (as digests): its settings, never its key. */
    private static Map<String, Object> auditFields(Wave wave) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", wave.name());
        fields.put("instrumentId", wave.instrumentId());
        fields.put("invitationDate", wave.invitationDate());
        fields.put("reminderMinDays", wave.reminderMinDays());
        fields.put("reminderMax", wave.reminderMax());
        fields.put("reminderLastDate", wave.reminderLastDate());
        fields.put("closingDate", wave.closingDate());
        return fields;
    }

    /**
     * The trail's object id for something done to many invitees of a wave at once, one row per
     * import or run: {@code wave:<id>:<what>:<how many>}.
     */
    static String invitees(long waveId, String what, int count) {
        return "wave:" + waveId + ":" + what + ":" + count;
    }

    private Wave openWave(long waveId) {
        Wave wave = wave(waveId);
        if (wave.isClosed(LocalDate.now(clock))) {
            throw new DomainException(DomainException.Kind.CONFLICT, "fieldwork.wave.closed", wave.name());
        }
        return wave;
    }

    /**
     * Works off what is due in every open wave, set-based: per wave one query finds the invitees
     * due an invitation, then one transaction per {@link DueWork#CHUNK} of them starts their
     * responses, records them and queues their mails in JDBC batches; the same for reminders.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RunReport runDue() {
        LocalDate today = LocalDate.now(clock);
        int invitations = 0;
        int reminders = 0;
        int skipped = 0;
        for (Wave wave : store.waves()) {
            if (!wave.invitesOn(today) || !wave.hasLinkKey()) {
                continue;
            }
            for (List<Invitee> chunk : chunks(store.dueInvitations(wave.id()))) {
                invitations += due.invite(wave, chunk).mailed();
            }
            ReminderRule rule = wave.reminderRule(clock);
            if (!rule.isActive()) {
                continue;
            }
            for (List<Invitee> chunk : chunks(store.reminderCandidates(wave.id(), rule.maxReminders(),
                    rule.lastContactBefore()))) {
                DueWork.Chunk done = due.remind(wave, chunk);
                reminders += done.mailed();
                skipped += done.skipped();
            }
        }
        RunReport report = new RunReport(invitations, reminders, skipped);
        if (invitations + reminders > 0) {
            LOG.info(() -> "Fieldwork run: " + report);
        }
        return report;
    }

    /** Per wave that has not closed, newest first: the invitations and reminders due now and next. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pending> pending() {
        LocalDate today = LocalDate.now(clock);
        List<Pending> pending = new ArrayList<>();
        for (Wave wave : store.waves()) {
            if (wave.isClosed(today)) {
                continue;
            }
            pending.add(Pending.of(wave, store.countNotInvited(wave.id()),
                    store.openStates(wave.id(), wave.reminderMax()), wave.reminderRule(clock), today));
        }
        return pending;
    }

    /** Sends an extra reminder to the invitees of one subgroup who have not answered. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int remindGroup(long waveId, Dimension dimension, String value) {
        Wave wave = openWave(waveId);
        int mailed = 0;
        for (List<Invitee> chunk : chunks(store.openInGroup(waveId, dimension, value))) {
            mailed += due.remindGroup(wave, chunk).mailed();
        }
        return mailed;
    }

    private static List<List<Invitee>> chunks(List<Invitee> invitees) {
        List<List<Invitee>> chunks = new ArrayList<>();
        for (int from = 0; from < invitees.size(); from += DueWork.CHUNK) {
            chunks.add(invitees.subList(from, Math.min(invitees.size(), from + DueWork.CHUNK)));
        }
        return chunks;
    }

    /** The invitee behind an opt-out link; empty for an unknown link (no hint whether it ever existed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OptOutTarget> optOutTarget(String token) {
        return invitee(token).map(i -> new OptOutTarget(i.company(), i.optedOutAt() != null));
    }

    /** Opts the invitee of the link out of further mail of its wave; false for an unknown link. */
    @Transactional
    public boolean optOut(String token) {
        Optional<Invitee> invitee = invitee(token);
        invitee.ifPresent(i -> {
            Instant at = clock.instant();
            if (store.optOut(i.id(), at)) {
                audit.record(Actor.respondent(i.responseId()), AuditAction.UPDATE, INVITEE, i.id(),
                        audit.changes(Map.of(), Map.of("optedOutAt", at)));
            }
        });
        return invitee.isPresent();
    }

    private Optional<Invitee> invitee(String token) {
        if (!SecretToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return store.byOptOutHash(SecretToken.hash(token));
    }

    /** The instrument in service with the id {@code instrumentId}, if it still is. */
    public Optional<Instrument> instrument(String instrumentId) {
        return catalog.instrument(instrumentId).map(SurveyCatalog.ActiveInstrument::instrument);
    }

    /** The monitor of a wave: counts, the days so far, and representativeness per subgroup dimension. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Monitor monitor(long waveId) {
        Wave wave = wave(waveId);
        List<Invitee> invitees = store.all(waveId);
        Map<Long, LinkResponseService.Progress> progress = responses.progress(
                invitees.stream().map(Invitee::responseId).filter(Objects::nonNull).toList());
        Map<Long, LinkResponseService.Progress> byInvitee = new HashMap<>();
        invitees.forEach(i -> {
            if (i.responseId() != null && progress.containsKey(i.responseId())) {
                byInvitee.put(i.id(), progress.get(i.responseId()));
            }
        });
        String prefix = "invitation:" + waveId + ":";
        long bounced = outbox.bouncedKeys(prefix).size();
        return new Monitor(wave, Monitor.counts(invitees, byInvitee, bounced),
                Monitor.timeline(wave, invitees, byInvitee, LocalDate.now(clock), clock.getZone()),
                tests(wave, invitees, byInvitee), store.countNotInvited(waveId));
    }

    private List<Representativeness.Test> tests(Wave wave, List<Invitee> invitees,
                                                Map<Long, LinkResponseService.Progress> progress) {
        List<Representativeness.Test> tests = new ArrayList<>();
        List<ReferenceShare> register = catalog.instrument(wave.instrumentId())
                .map(a -> a.instrument().analysis().referenceShares().stream()
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
