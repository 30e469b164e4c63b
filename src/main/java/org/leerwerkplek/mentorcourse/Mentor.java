package org.leerwerkplek.mentorcourse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.mentorcourse.delivery.MentorPreferences;
import org.leerwerkplek.platform.DomainException;

/** A mentor of the follow-up course: who, for which company, what it chose, and whether it confirmed. */
@Entity
@Table(name = "mentor")
@NamedQuery(name = Mentor.BY_EMAIL, query = "select m from Mentor m where m.email = :email")
@NamedQuery(name = Mentor.BY_CONFIRM_HASH, query = "select m from Mentor m where m.confirmHash = :hash")
@NamedQuery(name = Mentor.COUNT_DUE, query = "select count(m) from Mentor m where m.status = "
        + "org.leerwerkplek.mentorcourse.MentorStatus.ACTIVE and m.nextDueOn <= :today")
@NamedQuery(name = Mentor.BY_COMPANY, query = "select m from Mentor m where m.companyId = :company order by m.name")
public class Mentor {

    static final String BY_EMAIL = "Mentor.byEmail";
    static final String BY_CONFIRM_HASH = "Mentor.byConfirmHash";
    static final String COUNT_DUE = "Mentor.countDue";
    static final String BY_COMPANY = "Mentor.byCompany";

    /** How long the link in a confirmation mail works. */
    public static final Duration CONFIRMATION_VALID = Duration.ofDays(7);
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_EMAIL)
    private String email;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Language language;

    @Column(name = "company_id")
    private Long companyId;

    @Column(name = "company_name", length = MAX_NAME)
    private String companyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentor_role", nullable = false, length = 16)
    private MentorRole role;

    @Column(name = "base_training", nullable = false)
    private boolean baseTraining;

    @Column(name = "base_training_on")
    private LocalDate baseTrainingOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Focus focus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MentorStatus status;

    @Column(name = "confirm_hash", length = 64)
    private String confirmHash;

    @Column(name = "confirm_expires_at")
    private Instant confirmExpiresAt;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    @Column(name = "next_due_on")
    private LocalDate nextDueOn;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    /**
     * The key the course run's links are derived from ({@link MentorLinkToken}): made at
     * confirmation, so the run does not write it with every mentor's first mail (a mentor
     * confirmed before that gets one from the run); erasure removes it.
     */
    @Column(name = "link_key", length = 64)
    private String linkKey;

    /** When the mentor last left the course; retention counts from it. */
    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    /** When the mentor was erased; its row then holds no name or address (see {@code MentorPrivacyStore}). */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Mentor() {
    }

    /** A new, unconfirmed mentor whose confirmation link has the hash {@code confirmHash}. */
    Mentor(MentorRegistration registration, Optional<String> registeredBy, String confirmHash, Instant now) {
        this.email = normalisedEmail(registration.email());
        this.status = MentorStatus.PENDING;
        this.registeredBy = registeredBy.orElse(null);
        this.createdAt = now;
        apply(registration, now);
        awaitConfirmation(confirmHash, now);
    }

    /**
     * The address as stored: trimmed and in lower case.
     *
     * @throws DomainException INVALID when it is not a usable address
     */
    public static String normalisedEmail(String email) {
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.length() > MAX_EMAIL || !ADDRESS.matcher(address).matches()) {
            throw new DomainException(DomainException.Kind.INVALID, "course.emailInvalid", address);
        }
        return address;
    }

    /** Checks a registration's fields (the address separately, by {@link #normalisedEmail}). */
    static void requireValid(MentorRegistration registration, LocalDate today) {
        if (registration.name() == null || registration.name().isBlank() || registration.name().strip().length() > MAX_NAME) {
            throw new DomainException(DomainException.Kind.INVALID, "course.nameInvalid", MAX_NAME);
        }
        if (registration.language() == null || registration.role() == null || registration.preferences() == null
                || registration.preferences().frequency() == null || registration.preferences().focus() == null) {
            throw new DomainException(DomainException.Kind.INVALID, "course.choiceMissing");
        }
        if (registration.baseTrainingOn().filter(day -> !registration.baseTraining() || day.isAfter(today)).isPresent()) {
            throw new DomainException(DomainException.Kind.INVALID, "course.baseTrainingDateInvalid");
        }
        if (registration.companyName().filter(n -> n.strip().length() > MAX_NAME).isPresent()) {
            throw new DomainException(DomainException.Kind.INVALID, "course.companyNameInvalid", MAX_NAME);
        }
    }

    /**
     * A registration with this mentor's address again. A mentor that follows the course keeps
     * what it has (its preferences change only through its own link); one that is still waiting
     * or that left takes the new details and must confirm again.
     *
     * @return whether the details were taken
     */
    boolean registerAgain(MentorRegistration registration, String newConfirmHash, Instant now) {
        if (status == MentorStatus.ACTIVE) {
            return false;
        }
        apply(registration, now);
        status = MentorStatus.PENDING;
        nextDueOn = null;
        awaitConfirmation(newConfirmHash, now);
        return true;
    }

    private void apply(MentorRegistration registration, Instant now) {
        this.name = registration.name().strip();
        this.language = registration.language();
        registration.companyId().ifPresent(company -> this.companyId = company);
        this.companyName = registration.companyName().map(String::strip).filter(n -> !n.isEmpty()).orElse(companyName);
        this.role = registration.role();
        this.baseTraining = registration.baseTraining();
        this.baseTrainingOn = registration.baseTrainingOn().orElse(null);
        this.frequency = registration.preferences().frequency();
        this.focus = registration.preferences().focus();
        this.updatedAt = now;
    }

    private void awaitConfirmation(String hash, Instant now) {
        this.confirmHash = hash;
        this.confirmExpiresAt = now.plus(CONFIRMATION_VALID);
    }

    /** Whether the confirmation link still works at {@code now}. */
    boolean isConfirmationOpen(Instant now) {
        return status == MentorStatus.PENDING && confirmExpiresAt != null && now.isBefore(confirmExpiresAt);
    }

    /** The double opt-in: from today the mentor receives modules; the first one is due today. */
    void confirm(Clock clock) {
        status = MentorStatus.ACTIVE;
        confirmHash = null;
        confirmExpiresAt = null;
        confirmedOn = LocalDate.now(clock);
        nextDueOn = confirmedOn;
        if (linkKey == null) {
            linkKey = MentorLinkToken.newKey();
        }
        updatedAt = clock.instant();
    }

    /** New preferences; the scheduler looks again today, since the next due day may have moved. */
    void changePreferences(MentorRegistration.Preferences preferences, Language newLanguage, Clock clock) {
        frequency = preferences.frequency();
        focus = preferences.focus();
        language = newLanguage;
        if (status == MentorStatus.ACTIVE) {
            nextDueOn = LocalDate.now(clock);
        }
        updatedAt = clock.instant();
    }

    void unsubscribe(Instant now) {
        if (status != MentorStatus.UNSUBSCRIBED) {
            unsubscribedAt = now;
        }
        status = MentorStatus.UNSUBSCRIBED;
        nextDueOn = null;
        updatedAt = now;
    }

    /** Back in the course after leaving, by the mentor's own link: the next module is looked at today. */
    void resubscribe(Clock clock) {
        if (status == MentorStatus.UNSUBSCRIBED && confirmedOn != null) {
            status = MentorStatus.ACTIVE;
            nextDueOn = LocalDate.now(clock);
            updatedAt = clock.instant();
        }
    }

    /** The key of the mentor's derived links; none before confirmation or after erasure. */
    Optional<String> linkKey() {
        return Optional.ofNullable(linkKey);
    }

    /** What the planner needs; only for a confirmed mentor. */
    MentorPreferences preferences() {
        if (confirmedOn == null) {
            throw new IllegalStateException("mentor " + id + " has not confirmed");
        }
        return new MentorPreferences(frequency, focus, language, confirmedOn);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Language getLanguage() {
        return language;
    }

    public Optional<Long> getCompanyId() {
        return Optional.ofNullable(companyId);
    }

    public Optional<String> getCompanyName() {
        return Optional.ofNullable(companyName);
    }

    public MentorRole getRole() {
        return role;
    }

    public boolean isBaseTraining() {
        return baseTraining;
    }

    public Optional<LocalDate> getBaseTrainingOn() {
        return Optional.ofNullable(baseTrainingOn);
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public Focus getFocus() {
        return focus;
    }

    public MentorStatus getStatus() {
        return status;
    }

    public Optional<LocalDate> getConfirmedOn() {
        return Optional.ofNullable(confirmedOn);
    }

    public Optional<LocalDate> getNextDueOn() {
        return Optional.ofNullable(nextDueOn);
    }

    public Optional<String> getRegisteredBy() {
        return Optional.ofNullable(registeredBy);
    }

    public Optional<Instant> getUnsubscribedAt() {
        return Optional.ofNullable(unsubscribedAt);
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}
