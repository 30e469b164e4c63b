package org.leerwerkplek.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.Person;
import org.leerwerkplek.platform.privacy.PersonalData;
import org.leerwerkplek.platform.privacy.PersonalRecord;
import org.leerwerkplek.platform.privacy.RetentionPeriods;

/**
 * The outbox's personal data: mails rendered for a person (an erasure removes them all), and
 * delivered mails whose recipient and bodies are kept {@code lwp.retention.mail-days} (30) days.
 */
@ApplicationScoped
public class OutboxPrivacy extends PeriodRule implements PersonalData {

    public static final String SETTING = "lwp.retention.mail-days";

    @Inject
    MailOutbox outbox;

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
    public String key() {
        return "mail";
    }

    @Override
    public String setting() {
        return SETTING;
    }

    @Override
    protected Period configuredPeriod() {
        return RetentionPeriods.days(SETTING, 30);
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
