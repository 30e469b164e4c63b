package org.leerwerkplek.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** An account that signs in with a user name and password and holds one or more roles. */
@Entity
@Table(name = "lwp_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "select u from UserAccount u order by u.username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(u) from UserAccount u")
public class UserAccount {

    static final String BY_USERNAME = "UserAccount.byUsername";
    static final String ALL = "UserAccount.all";
    static final String COUNT = "UserAccount.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lwp_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles,
                       Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt);
        assignRoles(roles);
    }

    /** Whether a sign-in attempt at {@code now} is heard at all (not slowed down, not locked). */
    boolean acceptsAttemptAt(Instant now, LoginThrottle throttle) {
        return !now.isBefore(throttle.nextAttemptAt(failedAttempts, lastFailureAt));
    }

    void recordFailure(Instant now, LoginThrottle throttle) {
        failedAttempts++;
        lastFailureAt = now;
        lockedUntil = failedAttempts >= throttle.lockAfter() ? throttle.nextAttemptAt(failedAttempts, now) : null;
    }

    void recordSuccess() {
        failedAttempts = 0;
        lastFailureAt = null;
        lockedUntil = null;
    }

    void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        recordSuccess();
    }

    void assignRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Erases the person behind the account: the user name becomes {@code erased-<id>}, name and
     * address go, the password can no longer match and the account is disabled. Roles stay (no
     * personal data), so what the account did keeps its meaning in the audit trail.
     */
    void erase(String unusableHash) {
        username = "erased-" + id;
        displayName = null;
        email = null;
        passwordHash = Objects.requireNonNull(unusableHash);
        enabled = false;
        recordSuccess();
    }

    void describe(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
