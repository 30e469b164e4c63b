package org.leerwerkplek.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.leerwerkplek.platform.DomainException;

/**
 * The mail outbox, for every part that sends mail and for admins.
 *
 * <p>A part decides to send a mail inside its own transaction and calls
 * {@link #enqueue(String, String, MailLanguage, String, Map)} there: the mail's subject is rendered,
 * its template checked for every value, and it is written as one outbox row with the template's
 * values that commits or rolls back with the decision; the sender renders the bodies when it sends
 * the mail (values too long for the row's column are rendered at once, as before). The dedup
 * key names what the mail is for (e.g. {@code invitation:<wave>:<invitee>:<due date>}); a second
 * enqueue with a key that exists adds nothing, also when two instances decide at the same moment
 * (the unique key settles it). The {@link MailSender} delivers the rows later.
 */
@ApplicationScoped
public class MailOutbox {

    /** Longest dedup key the table holds. */
    public static final int MAX_KEY = 200;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+");
    private static final int MAX_ADDRESS = 254;
    private static final int MAX_PAGE_SIZE = 500;

    /**
     * The platform's data source: inside a transaction the transaction's own connection, so the
     * mails commit or roll back with the caller's decision (the pool's connection was in auto-commit
     * when the transaction began inside an EJB, the schedulers: one commit and, on Derby, one log
     * write per mail, and mails kept when the caller rolled back).
     */
    @Inject
    DataSource dataSource;

    @Inject
    MailSender sender;

    /** The parts' values of the mails they queue by reference: an admin reads such a mail rendered. */
    @Inject
    @Any
    Instance<MailValues> values;

    private final Clock clock = Clock.systemUTC();
    private final MailTemplates templates = new MailTemplates();
    private OutboxStore store;

    @PostConstruct
    void init() {
        store = new OutboxStore(dataSource, clock, templates, new MailValueSources(values));
    }

    /** A queued check mail and whether this call added it (false: its idempotency key was used before). */
    public record QueuedTest(String dedupKey, boolean queued) {
    }

    /**
     * Writes a mail to the outbox in the caller's transaction (which must exist).
     *
     * @param dedupKey  what this mail is for, unique over all mails ever queued (at most 200 characters)
     * @param recipient the recipient's mail address
     * @param language  the language of the text
     * @param template  a template of {@link MailTemplates}
     * @param values    the template's placeholders, e.g. {@code name}, {@code link}, {@code optOutLink}
     * @return whether the mail was added; {@code false} when a mail with this key exists
     * @throws DomainException          INVALID for an unusable recipient address or key
     * @throws IllegalArgumentException for an unknown template or a missing placeholder value (a programming error)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(String dedupKey, String recipient, MailLanguage language, String template,
                           Map<String, String> values) {
        return store.insert(rendered(new MailRequest(dedupKey, recipient, language, template, values), null));
    }

    /**
     * Writes many mails to the outbox in the caller's transaction (which must exist), in JDBC
     * batches: what {@link #enqueue(String, String, MailLanguage, String, Map)} does for each, at a
     * fraction of the cost for thousands. Every request is checked before anything
     * is written; a key that exists (also one given twice in the list) adds nothing.
     *
     * @return how many mails were added
     * @throws DomainException INVALID for an unusable recipient address or key in any request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueueAll(List<MailRequest> requests) {
        List<NewMail> mails = new ArrayList<>(requests.size());
        Map<String, String> subjects = new HashMap<>();  // subjects many of these mails share, rendered once
        for (MailRequest request : requests) {
            mails.add(rendered(request, subjects));
        }
        return store.insertAll(mails);
    }

    /**
     * Writes many mails queued by reference ({@link MailReference}) in the caller's transaction
     * (which must exist): each row holds its template and the reference, no subject and no bodies;
     * the part's {@link MailValues} gives the template's values when the mail is sent. A key that
     * exists adds nothing.
     *
     * @return how many mails were added
     * @throws DomainException INVALID for an unusable recipient address or key in any request
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueueReferences(List<MailReference> references) {
        List<NewMail> mails = new ArrayList<>(references.size());
        for (MailReference reference : references) {
            String dedupKey = checkedKey(reference.dedupKey());
            String address = checkedAddress(reference.recipient());
            templates.template(reference.template(), reference.language());  // an unknown template fails here
            mails.add(new NewMail(dedupKey, reference.template(), address, reference.language(),
                    new RenderedMail("", "", ""), MailReference.PREFIX + reference.reference()));
        }
        return store.insertAll(mails);
    }

    private static String checkedKey(String dedupKey) {
        if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > MAX_KEY) {
            throw new DomainException(DomainException.Kind.INVALID, "mail.keyInvalid", MAX_KEY);
        }
        return dedupKey;
    }

    private static String checkedAddress(String recipient) {
        String address = recipient == null ? "" : recipient.trim();
        if (address.length() > MAX_ADDRESS || !ADDRESS.matcher(address).matches()) {
            throw new DomainException(DomainException.Kind.INVALID, "mail.recipientInvalid", address);
        }
        return address;
    }

    private NewMail rendered(MailRequest request, Map<String, String> subjects) {
        String dedupKey = checkedKey(request.dedupKey());
        String address = checkedAddress(request.recipient());
        String subject = templates.checkedSubject(request.template(), request.language(), request.values(), subjects);
        String values = TemplateValues.encode(request.values());
        if (values.length() <= OutboxStore.MAX_TEMPLATE_VALUES) {
            return new NewMail(dedupKey, request.template(), address, request.language(),
                    new RenderedMail(subject, "", ""), values);
        }
        RenderedMail content = templates.render(request.template(), request.language(), request.values());
        return new NewMail(dedupKey, request.template(), address, request.language(), content);
    }

    /**
     * Queues the check mail of {@link MailTemplates#SMTP_TEST} to {@code recipient}. With an
     * idempotency key, a repeated request (a double click, a client retry) queues it once.
     */
    @Transactional
    public QueuedTest sendTest(String recipient, MailLanguage language, String applicationLink,
                               Optional<String> idempotencyKey) {
        String key = "smtp-test:" + idempotencyKey.map(String::trim).filter(k -> !k.isEmpty())
                .orElseGet(() -> UUID.randomUUID().toString());
        if (key.length() > MAX_KEY) {
            throw new DomainException(DomainException.Kind.INVALID, "mail.keyInvalid", MAX_KEY);
        }
        String address = recipient == null ? "" : recipient.trim();
        boolean queued = enqueue(key, address, language, MailTemplates.SMTP_TEST,
                Map.of("name", address, "link", applicationLink));
        return new QueuedTest(key, queued);
    }

    /** Works off the due mails now instead of at the next interval; empty when a pass under way did not end in time. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<DeliveryRun> sendDueNow() {
        return sender.sendDue();
    }

    /** Puts a failed or bounced mail back in the queue with fresh attempts. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public OutboxSummary requeue(long id) {
        OutboxMail mail = find(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "mail.notFound", id));
        if (!store.requeue(id)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "mail.notRequeueable", id, mail.status());
        }
        return find(id).orElseThrow().summary();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxCounts counts() {
        return store.counts();
    }

    /** A page of the outbox, newest first, optionally of one status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxPage list(Optional<OutboxStatus> status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new DomainException(DomainException.Kind.INVALID, "api.paging", MAX_PAGE_SIZE);
        }
        return store.list(status, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OutboxMail> find(long id) {
        return store.find(id);
    }

    /** The dedup keys starting with {@code prefix} of mails the SMTP server refused for good. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> bouncedKeys(String prefix) {
        return store.bouncedKeys(prefix);
    }

    /** Whether mail leaves through an SMTP server; else it stays in the outbox for admins to read. */
    public boolean usesSmtp() {
        return sender.usesSmtp();
    }

    /** The mails to {@code recipient} (any case), newest first, without bodies. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxSummary> toRecipient(String recipient) {
        return store.toRecipient(recipient.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** Removes every mail to {@code recipient}, in the caller's transaction (an erasure); the ids removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> removeToRecipient(String recipient) {
        return store.removeToRecipient(recipient.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** How many delivered or given-up mails created before {@code cutoff} still hold recipient and bodies. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countForgettable(java.time.Instant cutoff) {
        return store.countForgettable(cutoff);
    }

    /** Replaces recipient and bodies of delivered or given-up mails created before {@code cutoff}; how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forget(java.time.Instant cutoff) {
        return store.forget(cutoff);
    }
}
