package org.leerwerkplek.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.RetentionSetting;
import org.leerwerkplek.platform.privacy.Person;
import org.leerwerkplek.platform.privacy.PersonalData;
import org.leerwerkplek.platform.privacy.PersonalRecord;

/**
 * The outbox's personal data: mails rendered for a person (an erasure removes them all), and
 * delivered mails whose recipient and bodies are kept {@code lwp.retention.mail-days} (30) days.
 */
@ApplicationScoped
public class OutboxPrivacy extends PeriodRule implements PersonalData {

    static final RetentionSetting RULE = RetentionSetting.days("mail", "lwp.retention.mail-days", 30);

    private MailOutbox outbox;

    /** For the CDI proxy only. */
    protected OutboxPrivacy() {
        super(RULE);
    }

    @Inject
    public OutboxPrivacy(MailOutbox outbox) {
        super(RULE);
        this.outbox = outbox;
    }

    @Override
    public List<PersonalRecord> find(Person person) {
        return outbox.toRecipient(person.email()).stream().map(mail -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("recipient", mail.recipient());
            fields.put("subject", mail.subject());
            fields.put("status", mail.status().name());
            fields.put("createdAt", String.valueOf(mail.createdAt()));
            fields.put("sentAt", String.valueOf(mail.sentAt()));
            return new PersonalRecord("mail", Long.toString(mail.id()), fields);
        }).toList();
    }

    @Override
    public List<ErasedObject> erase(Person person) {
        return outbox.removeToRecipient(person.email()).stream().map(id -> new ErasedObject("mail", Long.toString(id))).toList();
    }

    @Override
    protected long countBefore(Instant cutoff) {
        return outbox.countForgettable(cutoff);
    }

    @Override
    protected long removeBefore(Instant cutoff, Instant now) {
        return outbox.forget(cutoff);
    }
}
