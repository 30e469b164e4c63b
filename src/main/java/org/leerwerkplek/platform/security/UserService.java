package org.leerwerkplek.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.config.PlatformSettings;

/** Accounts: sign-in checks with throttling, and what an admin does to users. */
@ApplicationScoped
@Transactional
public class UserService {

    /** The longest user name, display name and e-mail address an account can have (the columns of {@code lwp_user}). */
    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** The kind of object accounts are in the audit trail. */
    public static final String ACCOUNT = "account";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private UserAccountRepository repository;
    private PasswordHasher hasher;
    private LoginThrottle throttle;
    private Clock clock;
    private VerifiedPasswords verified;
    private AuditLog audit;

    /** For the CDI proxy only. */
    protected UserService() {
    }

    @Inject
    public UserService(UserAccountRepository repository, PlatformSettings settings, AuditLog audit, Clock clock) {
        this(repository, new PasswordHasher(), new LoginThrottle(settings.loginThrottling().freeAttempts(),
                settings.loginThrottling().lockAfter(), settings.loginThrottling().lockDuration(),
                settings.loginThrottling().firstWait()), audit, clock);
    }

    public UserService(UserAccountRepository repository, PasswordHasher hasher, LoginThrottle throttle, AuditLog audit,
                       Clock clock) {
        this.repository = repository;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.verified = new VerifiedPasswords(Duration.ofMinutes(5));
    }

    /** Who signed in, with which roles. */
    public record Caller(String username, Set<Role> roles) {

        /**
         * The caller named {@code username} with the roles {@code inRole} confirms by name: a page's
         * {@code SecurityContext::isCallerInRole}, the API's {@code SecurityContext::isUserInRole}.
         */
        public static Caller of(String username, Predicate<String> inRole) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (inRole.test(role.name())) {
                    roles.add(role);
                }
            }
            return new Caller(username, roles);
        }
    }

    /** An account as pages and the API show it; no password material. */
    public record UserView(String username, String displayName, String email, Set<Role> roles, boolean enabled,
                           boolean locked, @Schema(type = SchemaType.STRING, format = "date-time") Instant createdAt)
            implements Serializable {

        /** The name people know this user by: the display name, or the user name when it has none. */
        public String shownName() {
            return displayName == null || displayName.isBlank() ? username : displayName;
        }
    }

    /** What an admin gives to create an account; the limits are those of the table {@code lwp_user}. */
    public record NewUser(@NotNull @Size(max = USERNAME_MAX) String username,
                          @Size(max = DISPLAY_NAME_MAX) String displayName,
                          @Size(max = EMAIL_MAX) String email,
                          @NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String password,
                          @NotNull @Size(max = 4) Set<@NotNull Role> roles) {
    }

    /**
     * Checks a user name and password. Empty for an unknown, disabled, slowed-down or locked
     * account and for a wrong password alike: the caller cannot tell which, not even by the time
     * the answer takes (every refusal runs PBKDF2 once). A wrong password counts as a failure;
     * nothing else changes. A password that matched within the last five minutes is not run
     * through PBKDF2 again (see {@link VerifiedPasswords}). Every refusal is recorded in the audit
     * trail, and a failure that locks the account as a lock; a success is recorded by
     * {@link #recordSignIn(String)} where a person signs in (not on every API request).
     */
    public Optional<Caller> authenticate(String username, char[] password) {
        Instant now = clock.instant();
        String name = normalise(username);
        Optional<UserAccount> found = repository.findByUsername(name);
        if (found.isEmpty()) {
            hasher.burnTime(password);
            audit.record(audit.accountActor(name), AuditAction.SIGN_IN_FAILED, ACCOUNT, null, List.of());
            return Optional.empty();
        }
        UserAccount account = found.get();
        Actor actor = audit.accountActor(account.getUsername());
        if (!account.acceptsAttemptAt(now, throttle)) {
            hasher.burnTime(password);
            audit.record(actor, AuditAction.SIGN_IN_FAILED, ACCOUNT, account.getId(), List.of());
            return Optional.empty();
        }
        // a disabled account never skips PBKDF2: a quick refusal would say that the password was right
        boolean matches = account.isEnabled() && verified.recentlyVerified(account.getPasswordHash(), password, now);
        if (!matches && !hasher.matches(password, account.getPasswordHash())) {
            boolean lockedBefore = isLocked(account, now);
            account.recordFailure(now, throttle);
            audit.record(actor, AuditAction.SIGN_IN_FAILED, ACCOUNT, account.getId(), List.of());
            if (!lockedBefore && isLocked(account, now)) {
                audit.record(actor, AuditAction.LOCKED, ACCOUNT, account.getId(), List.of());
            }
            return Optional.empty();
        }
        if (!matches) {
            verified.remember(account.getPasswordHash(), password, now);
        }
        if (!account.isEnabled()) {
            audit.record(actor, AuditAction.SIGN_IN_FAILED, ACCOUNT, account.getId(), List.of());
            return Optional.empty();
        }
        if (account.getFailedAttempts() > 0) {
            account.recordSuccess();
        }
        return Optional.of(new Caller(account.getUsername(), account.getRoles()));
    }

    /** Whether {@code username} (any case, surrounding spaces aside) is a possible user name. */
    public static boolean isPossibleUsername(String username) {
        return USERNAME.matcher(normalise(username)).matches();
    }

    /** Records in the audit trail that {@code username} signed in on a page. */
    public void recordSignIn(String username) {
        repository.findByUsername(normalise(username)).ifPresent(account ->
                audit.record(audit.accountActor(account.getUsername()), AuditAction.SIGN_IN, ACCOUNT, account.getId(),
                        List.of()));
    }

    public UserView create(NewUser request) {
        return create(request, () -> hasher.hash(request.password().toCharArray()));
    }

    private UserView create(NewUser request, Supplier<String> passwordHash) {
        String username = normalise(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException(DomainException.Kind.INVALID, "user.usernameInvalid");
        }
        requireRoles(request.roles());
        String displayName = blankToNull(request.displayName());
        if (displayName != null && displayName.length() > DISPLAY_NAME_MAX) {
            throw new DomainException(DomainException.Kind.INVALID, "user.displayNameTooLong", DISPLAY_NAME_MAX);
        }
        String email = validEmail(request.email());
        requireAcceptable(username, request.password());
        if (repository.findByUsername(username).isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "user.usernameTaken", username);
        }
        UserAccount account = new UserAccount(username, displayName, email,
                passwordHash.get(), request.roles(), clock.instant());
        repository.add(account);
        audit.record(AuditAction.CREATE, ACCOUNT, account.getId(), audit.fieldsOf(auditFields(account), false));
        return view(account);
    }

    public List<UserView> list() {
        return repository.findAll().stream().map(this::view).toList();
    }

    public Optional<UserView> find(String username) {
        return repository.findByUsername(normalise(username)).map(this::view);
    }

    /** The name people know {@code username} by (see {@link UserView#shownName()}); the user name itself when unknown. */
    public String shownName(String username) {
        return find(username).map(UserView::shownName).orElse(username);
    }

    public UserView setRoles(String username, Set<Role> roles) {
        requireRoles(roles);
        UserAccount account = existing(username);
        if (account.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        Map<String, Object> before = auditFields(account);
        account.assignRoles(roles);
        audit.record(AuditAction.UPDATE, ACCOUNT, account.getId(), audit.changes(before, auditFields(account)));
        return view(account);
    }

    public UserView setEnabled(String username, boolean enabled) {
        UserAccount account = existing(username);
        if (!enabled && account.getRoles().contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        Map<String, Object> before = auditFields(account);
        account.setEnabled(enabled);
        audit.record(AuditAction.UPDATE, ACCOUNT, account.getId(), audit.changes(before, auditFields(account)));
        return view(account);
    }

    /** Sets a new password chosen by an admin; this also lifts a lock. */
    public UserView resetPassword(String username, String newPassword) {
        UserAccount account = existing(username);
        requireAcceptable(account.getUsername(), newPassword);
        String oldHash = account.getPasswordHash();
        account.changePassword(hasher.hash(newPassword.toCharArray()));
        audit.record(AuditAction.UPDATE, ACCOUNT, account.getId(),
                audit.changes(Map.of("password", oldHash), Map.of("password", account.getPasswordHash())));
        return view(account);
    }

    /** The account with {@code email} (any case), if any. */
    public Optional<UserView> findByEmail(String email) {
        return accountWithEmail(email).map(this::view);
    }

    /**
     * Erases the person behind the account with {@code email}: see {@link UserAccount#erase(String)};
     * the last enabled admin cannot be erased. The id of the erased account, if there was one.
     */
    public Optional<Long> erase(String email) {
        Optional<UserAccount> found = accountWithEmail(email);
        found.ifPresent(account -> {
            if (account.getRoles().contains(Role.ADMIN) && account.isEnabled()) {
                requireAnotherAdmin(account);
            }
            account.erase(hasher.hash(randomPassword().toCharArray()));
        });
        return found.map(UserAccount::getId);
    }

    private Optional<UserAccount> accountWithEmail(String email) {
        String wanted = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return repository.findAll().stream()
                .filter(a -> a.getEmail() != null && a.getEmail().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * On an empty database, creates the first admin. With no password configured, a random one
     * is generated and returned so that start-up can show it once.
     *
     * @return the generated password, or empty when none was generated or nothing was created
     */
    public Optional<String> bootstrapAdmin(Optional<String> configuredUser, Optional<String> configuredPassword) {
        String password = configuredPassword.orElseGet(UserService::randomPassword);
        return bootstrapAdmin(configuredUser, new FirstAdminPassword(password, configuredPassword.isEmpty(),
                () -> hasher.hash(password.toCharArray())));
    }

    /** As {@link #bootstrapAdmin(Optional, Optional)}, with the password (and perhaps its hash) chosen beforehand. */
    public Optional<String> bootstrapAdmin(Optional<String> configuredUser, FirstAdminPassword password) {
        if (repository.count() > 0) {
            return Optional.empty();
        }
        String username = normalise(configuredUser.orElse("admin"));
        create(new NewUser(username, "Administrator", null, password.password(), EnumSet.of(Role.ADMIN)),
                password::hash);
        return password.generated() ? Optional.of(password.password()) : Optional.empty();
    }

    /** What the trail compares of an account (the password only where it is set). */
    private static Map<String, Object> auditFields(UserAccount account) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", account.getUsername());
        fields.put("displayName", account.getDisplayName());
        fields.put("email", account.getEmail());
        fields.put("roles", account.getRoles().stream().map(Role::name).sorted().toList());
        fields.put("enabled", account.isEnabled());
        return fields;
    }

    private boolean isLocked(UserAccount account, Instant now) {
        return account.getLockedUntil() != null && now.isBefore(account.getLockedUntil());
    }

    private void requireAnotherAdmin(UserAccount account) {
        boolean another = repository.findAll().stream()
                .anyMatch(u -> u != account && u.isEnabled() && u.getRoles().contains(Role.ADMIN));
        if (!another) {
            throw new DomainException(DomainException.Kind.CONFLICT, "user.lastAdmin");
        }
    }

    private UserAccount existing(String username) {
        return repository.findByUsername(normalise(username))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "user.notFound", username));
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "user.rolesRequired");
        }
    }

    private static void requireAcceptable(String username, String password) {
        List<PasswordPolicy.Problem> problems = PasswordPolicy.check(username, password);
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, problems.get(0).messageKey(),
                    PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        }
    }

    private static String validEmail(String email) {
        String value = blankToNull(email);
        if (value != null && (value.length() > EMAIL_MAX || !EMAIL.matcher(value).matches())) {
            throw new DomainException(DomainException.Kind.INVALID, "user.emailInvalid");
        }
        return value;
    }

    private UserView view(UserAccount account) {
        Instant lockedUntil = account.getLockedUntil();
        boolean locked = lockedUntil != null && clock.instant().isBefore(lockedUntil);
        return new UserView(account.getUsername(), account.getDisplayName(), account.getEmail(), account.getRoles(),
                account.isEnabled(), locked, account.getCreatedAt());
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
