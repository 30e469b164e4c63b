package org.leerwerkplek.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.audit.AuditTrail;
import org.leerwerkplek.platform.security.UserService;

/**
 * A person's data across the parts, for admins: what is held about an e-mail address (an access
 * request), erasing the person, looking for traces left, and the retention rules with what their
 * next run removes. The parts take part through {@link PersonalData} and {@link RetentionRule}.
 */
@ApplicationScoped
public class PrivacyService {

    /** The object kind of a person in the audit trail; its id is the digest of the address. */
    public static final String PERSON = "person";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Instance<PersonalData> holders;
    private Instance<RetentionRule> rules;
    private AuditLog audit;
    private AuditTrail trail;
    private UserService users;
    private Clock clock;
    private DataSource dataSource;

    /** For the CDI proxy only. */
    protected PrivacyService() {
    }

    @Inject
    public PrivacyService(Instance<PersonalData> holders, Instance<RetentionRule> rules, AuditTrail trail,
                          UserService users, Clock clock) {
        this.holders = holders;
        this.rules = rules;
        this.audit = trail;
        this.trail = trail;
        this.users = users;
        this.clock = clock;
    }

    @Inject
    void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Everything held about {@code email}; recorded in the audit trail as an export of personal data. */
    @Transactional
    public List<PersonalRecord> lookup(String email) {
        Person person = person(email);
        List<PersonalRecord> records = new ArrayList<>();
        for (PersonalData holder : holders) {
            records.addAll(holder.find(person));
        }
        audit.record(AuditAction.EXPORT, PERSON, trail.digest().of(person.email()), List.of());
        return records;
    }

    /**
     * Erases the person with {@code email} in every part, in one transaction (all or nothing);
     * every object changed is recorded in the audit trail by kind and id, without values.
     */
    @Transactional
    public List<ErasedObject> erase(String email) {
        Person person = person(email);
        List<ErasedObject> erased = new ArrayList<>();
        for (PersonalData holder : holders) {
            erased.addAll(holder.erase(person));
        }
        for (ErasedObject object : erased) {
            audit.record(AuditAction.ERASE, object.kind(), object.id(), List.of());
        }
        audit.record(AuditAction.ERASE, PERSON, trail.digest().of(person.email()), List.of());
        return erased;
    }

    /** The columns that still hold one of {@code texts} (an address, a name), for checking an erasure. */
    public List<TraceScan.Trace> traces(List<String> texts) {
        try (Connection connection = dataSource.getConnection()) {
            return TraceScan.scan(connection, texts);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look for traces", e);
        }
    }

    /** A retention rule as admins see it: its period, setting, and how much its run at {@code now} would remove. */
    public record RetentionStatus(String key, String setting, Period period, long dueNow) {
    }

    /** What one rule's run removed. */
    public record RetentionOutcome(String key, long removed) {
    }

    /** The rules and their periods as configured, without counting anything (the public privacy page). */
    public List<RetentionRule> rules() {
        return sortedRules();
    }

    public List<RetentionStatus> retention() {
        return retention(clock.instant());
    }

    /** The rules with what their run at {@code now} would remove. */
    public List<RetentionStatus> retention(Instant now) {
        return sortedRules().stream().map(r -> new RetentionStatus(r.key(), r.setting(), r.period(), r.countDue(now)))
                .toList();
    }

    /** Runs every rule now, each recorded in the audit trail with how many objects it removed. */
    @Transactional
    public List<RetentionOutcome> runRetention(Actor actor) {
        return runRetention(actor, clock.instant());
    }

    /** Runs every rule as of {@code now}, started by the signed-in admin (tests and demonstrations set a later day). */
    @Transactional
    public List<RetentionOutcome> runRetention(Instant now) {
        return runRetention(trail.currentActor(), now);
    }

    /** Runs every rule as of {@code now} (tests and demonstrations set a later day). */
    @Transactional
    public List<RetentionOutcome> runRetention(Actor actor, Instant now) {
        List<RetentionOutcome> outcomes = new ArrayList<>();
        for (RetentionRule rule : sortedRules()) {
            long removed = rule.applyDue(now);
            outcomes.add(new RetentionOutcome(rule.key(), removed));
            audit.record(actor, AuditAction.RETENTION, "retention", rule.key() + ":" + removed, List.of());
        }
        return outcomes;
    }

    private List<RetentionRule> sortedRules() {
        List<RetentionRule> all = new ArrayList<>();
        rules.forEach(all::add);
        all.sort(Comparator.comparing(RetentionRule::key));
        return all;
    }

    private Person person(String email) {
        String address = email == null ? "" : email.trim();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new DomainException(DomainException.Kind.INVALID, "privacy.emailInvalid");
        }
        return new Person(address, users.findByEmail(address).map(UserService.UserView::username));
    }
}
