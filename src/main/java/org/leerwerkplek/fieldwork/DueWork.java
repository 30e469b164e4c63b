package org.leerwerkplek.fieldwork;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.leerwerkplek.platform.mail.MailLanguage;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.mail.MailTemplates;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.security.SecretToken;
import org.leerwerkplek.surveys.LinkResponseService;

/**
 * One chunk of due work per transaction: the decision (invitee rows), the survey responses and
 * the outbox mails commit together or not at all. The outbox's dedup keys
 * ({@code invitation:<wave>:<invitee>}, {@code reminder:<wave>:<invitee>:<n>}) and the guarded
 * updates make a chunk that two instances work at once, or that is repeated after a crash, send
 * each mail once.
 */
@ApplicationScoped
public class DueWork {

    /** Invitees per transaction. */
    static final int CHUNK = 500;

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    MailOutbox outbox;

    @Inject
    LinkResponseService responses;

    private final Clock clock = Clock.systemDefaultZone();
    private FieldworkStore store;

    @PostConstruct
    void init() {
        store = new FieldworkStore(dataSource, clock);
    }

    /** What one chunk did and where the next one starts. */
    public record Chunk(int seen, int mailed, int skipped, long lastId) {
    }

    /** Invites the next chunk of not-yet-invited invitees after {@code afterId}; empty when none are left. */
    @Transactional
    public Optional<Chunk> invite(Wave wave, long afterId) {
        List<Invitee> due = store.dueInvitations(wave.id(), afterId, CHUNK);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        InviteeLinks links = wave.links();
        List<LinkResponseService.LinkStart> starts = due.stream()
                .map(i -> new LinkResponseService.LinkStart(links.responseToken(i.id()), i.language())).toList();
        List<Long> responseIds = responses.start(wave.instrumentId(), starts, wave.closesAt(clock.getZone()));
        List<FieldworkStore.Invited> invited = new ArrayList<>(due.size());
        int mailed = 0;
        for (int i = 0; i < due.size(); i++) {
            Invitee invitee = due.get(i);
            invited.add(new FieldworkStore.Invited(invitee.id(), responseIds.get(i),
                    SecretToken.hash(starts.get(i).token()), SecretToken.hash(links.optOutToken(invitee.id()))));
            if (mail(wave, invitee, MailTemplates.INVITATION, "invitation:" + wave.id() + ":" + invitee.id())) {
                mailed++;
            }
        }
        store.recordInvited(invited, clock.instant());
        return Optional.of(new Chunk(due.size(), mailed, 0, due.get(due.size() - 1).id()));
    }

    /**
     * Reminds the next chunk of candidates after {@code afterId} whom the rule finds due; candidates
     * that the surveys part reports submitted are recorded as such and skipped.
     */
    @Transactional
    public Optional<Chunk> remind(Wave wave, long afterId) {
        ReminderRule rule = wave.reminderRule(clock);
        if (!rule.isActive()) {
            return Optional.empty();
        }
        List<Invitee> candidates = store.reminderCandidates(wave.id(), afterId, rule.maxReminders(),
                rule.lastContactBefore(), CHUNK);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(remind(wave, candidates, invitee -> rule.decide(invitee.state(false))));
    }

    /**
     * Reminds the invitees of one subgroup that have not answered nor opted out, however recent
     * their last mail (an analyst's extra reminder to an under-represented group).
     */
    @Transactional
    public Chunk remindGroup(Wave wave, Dimension dimension, String value) {
        List<Invitee> open = store.openInGroup(wave.id(), dimension, value);
        if (open.isEmpty() || wave.isClosed(LocalDate.now(clock))) {
            return new Chunk(0, 0, 0, 0);
        }
        return remind(wave, open, invitee -> new ReminderRule.Decision(ReminderRule.Verdict.DUE, invitee.reminders() + 1));
    }

    private Chunk remind(Wave wave, List<Invitee> candidates, Function<Invitee, ReminderRule.Decision> rule) {
        Map<Long, LinkResponseService.Progress> progress = responses.progress(
                candidates.stream().map(Invitee::responseId).filter(Objects::nonNull).toList());
        List<Long> submitted = new ArrayList<>();
        List<FieldworkStore.Reminded> reminded = new ArrayList<>();
        int mailed = 0;
        for (Invitee invitee : candidates) {
            LinkResponseService.Progress p = invitee.responseId() == null ? null : progress.get(invitee.responseId());
            if (p != null && p.stage() == LinkResponseService.Stage.SUBMITTED) {
                submitted.add(invitee.id());
                continue;
            }
            ReminderRule.Decision decision = rule.apply(invitee);
            if (!decision.isDue()) {
                continue;
            }
            reminded.add(new FieldworkStore.Reminded(invitee.id(), decision.number()));
            if (mail(wave, invitee, MailTemplates.REMINDER,
                    "reminder:" + wave.id() + ":" + invitee.id() + ":" + decision.number())) {
                mailed++;
            }
        }
        store.recordSubmitted(submitted, clock.instant());
        store.recordReminded(reminded, clock.instant());
        return new Chunk(candidates.size(), mailed, submitted.size(), candidates.get(candidates.size() - 1).id());
    }

    private boolean mail(Wave wave, Invitee invitee, String template, String key) {
        MailLanguage language = MailLanguage.fromCode(invitee.language()).orElse(MailLanguage.NL);
        InviteeLinks links = wave.links();
        return outbox.enqueue(key, invitee.email(), language, template, Map.of(
                "name", invitee.contact(),
                "company", invitee.company(),
                "link", links.responseLink(invitee.id()),
                "optOutLink", links.optOutLink(invitee.id()),
                "closingDate", date(wave.closingDate(), language)));
    }

    static String date(LocalDate date, MailLanguage language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language.code()))
                .format(date);
    }
}
