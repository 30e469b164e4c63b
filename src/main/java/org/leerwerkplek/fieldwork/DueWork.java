package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.mail.MailLanguage;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.mail.MailRequest;
import org.leerwerkplek.platform.web.PublicUrl;
import org.leerwerkplek.surveys.LinkResponseService;

/**
 * One chunk of due work per transaction: the decision (invitee rows) and the outbox mails commit
 * together or not at all, each written in JDBC batches; an invitation writes no survey response
 * (it starts when the link is first opened, {@link InvitationLinks}) and its mail is queued with
 * the template's values, rendered when it is sent. The caller
 * finds the due invitees of a wave with one query and hands them over chunk by chunk. Only the
 * invitees whose guarded update this transaction wins ({@code invited_at IS NULL},
 * {@code reminders < n}, not opted out) get a mail, and the outbox's dedup keys
 * ({@code invitation:<wave>:<invitee>}, {@code reminder:<wave>:<invitee>:<n>}) stand behind that:
 * a chunk that two instances work at once, or that is repeated after a crash, sends each mail once.
 */
@ApplicationScoped
public class DueWork {

    /** Invitees per transaction. */
    static final int CHUNK = 1000;

    /** Who decides invitations and reminders by the wave's rule, in the audit trail. */
    static final Actor SCHEDULER = Actor.system("fieldwork");

    private FieldworkStore store;
    private MailOutbox outbox;
    private LinkResponseService responses;
    private PublicUrl publicUrl;
    private AuditLog audit;
    private Clock clock;

    /** For the CDI proxy only. */
    protected DueWork() {
    }

    @Inject
    public DueWork(FieldworkStore store, MailOutbox outbox, LinkResponseService responses, PublicUrl publicUrl,
                   AuditLog audit, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.responses = responses;
        this.publicUrl = publicUrl;
        this.audit = audit;
        this.clock = clock;
    }

    /** What one chunk did. */
    public record Chunk(int seen, int mailed, int skipped) {
    }

    /**
     * Invites these invitees (found due by {@link FieldworkStore#dueInvitations(long)}, in the
     * order of their ids): records the invitations of their id range with one guarded
     * {@code UPDATE} and queues a mail for each one this transaction recorded. Their links carry
     * their ids ({@link InviteeLinks}), so nothing else is written per invitee.
     */
    @Transactional
    public Chunk invite(Wave wave, List<Invitee> due) {
        if (due.isEmpty()) {
            return new Chunk(0, 0, 0);
        }
        long from = due.get(0).id();
        long to = due.get(due.size() - 1).id();
        List<Invitee> invited = store.recordInvited(wave.id(), Math.min(from, to), Math.max(from, to),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        InviteeLinks links = wave.links(publicUrl.to("/"));
        List<MailRequest> mails = new ArrayList<>(invited.size());
        for (Invitee invitee : invited) {
            mails.add(mail(wave, invitee, invitee.links(links), FieldworkPart.INVITATION,
                    "invitation:" + wave.id() + ":" + invitee.id()));
        }
        int mailed = outbox.enqueueAll(mails);
        recorded(SCHEDULER, wave, "invited", mails.size());
        return new Chunk(due.size(), mailed, 0);
    }

    /**
     * One row in the audit trail for what this chunk recorded, written last so that the trail's
     * head row, which orders every append, is held only until the chunk commits.
     */
    private void recorded(Actor actor, Wave wave, String what, int count) {
        if (count == 0) {
            return;
        }
        String id = FieldworkTrail.invitees(wave.id(), what, count);
        if (actor == null) {
            audit.record(AuditAction.UPDATE, FieldworkTrail.INVITEE, id, List.of());
        } else {
            audit.record(actor, AuditAction.UPDATE, FieldworkTrail.INVITEE, id, List.of());
        }
    }

    /**
     * Reminds those of these candidates (found by {@link FieldworkStore#reminderCandidates}) whom
     * the wave's rule finds due; candidates that the surveys part reports submitted are recorded
     * as such and skipped.
     */
    @Transactional
    public Chunk remind(Wave wave, List<Invitee> candidates) {
        ReminderRule rule = wave.reminderRule(clock);
        return remind(wave, candidates, invitee -> rule.decide(invitee.state(false)), SCHEDULER);
    }

    /**
     * Reminds these invitees of one subgroup that have not answered nor opted out, however recent
     * their last mail (an analyst's extra reminder to an under-represented group).
     */
    @Transactional
    public Chunk remindGroup(Wave wave, List<Invitee> open) {
        if (wave.isClosed(LocalDate.now(clock)) || !wave.hasLinkKey()) {
            return new Chunk(0, 0, 0);
        }
        return remind(wave, open, invitee -> new ReminderRule.Decision(ReminderRule.Verdict.DUE, invitee.reminders() + 1),
                null);
    }

    /** @param actor who decided: the scheduler by the wave's rule, or null for the signed-in account */
    private Chunk remind(Wave wave, List<Invitee> candidates, Function<Invitee, ReminderRule.Decision> rule, Actor actor) {
        if (candidates.isEmpty()) {
            return new Chunk(0, 0, 0);
        }
        Map<Long, LinkResponseService.Progress> progress = responses.progress(
                candidates.stream().map(Invitee::responseId).filter(Objects::nonNull).toList());
        List<Long> submitted = new ArrayList<>();
        List<Invitee> due = new ArrayList<>();
        List<FieldworkStore.Reminded> reminded = new ArrayList<>();
        for (Invitee invitee : candidates) {
            LinkResponseService.Progress p = invitee.responseId() == null ? null : progress.get(invitee.responseId());
            if (p != null && p.stage() == LinkResponseService.Stage.SUBMITTED) {
                submitted.add(invitee.id());
                continue;
            }
            ReminderRule.Decision decision = rule.apply(invitee);
            if (decision.isDue()) {
                due.add(invitee);
                reminded.add(new FieldworkStore.Reminded(invitee.id(), decision.number()));
            }
        }
        store.recordSubmitted(submitted, clock.instant());
        boolean[] recorded = store.recordReminded(reminded, clock.instant());
        InviteeLinks links = wave.links(publicUrl.to("/"));
        List<MailRequest> mails = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            if (recorded[i]) {
                Invitee invitee = due.get(i);
                mails.add(mail(wave, invitee, invitee.links(links), FieldworkPart.REMINDER,
                        "reminder:" + wave.id() + ":" + invitee.id() + ":" + reminded.get(i).number()));
            }
        }
        int mailed = outbox.enqueueAll(mails);
        recorded(actor, wave, "reminded", mails.size());
        return new Chunk(candidates.size(), mailed, submitted.size());
    }

    private MailRequest mail(Wave wave, Invitee invitee, InviteeLinks.Of links, String template, String key) {
        MailLanguage language = MailLanguage.fromCode(invitee.language()).orElse(MailLanguage.NL);
        return new MailRequest(key, invitee.email(), language, template, Map.of(
                "name", invitee.contact(),
                "company", invitee.company(),
                "link", links.responseLink(),
                "optOutLink", links.optOutLink(),
                "closingDate", date(wave.closingDate(), language)));
    }

    static String date(LocalDate date, MailLanguage language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language.code()))
                .format(date);
    }
}
