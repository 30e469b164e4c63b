package org.leerwerkplek.platform.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The platform's settings (data folder, database, first admin, mail, sign-in, sessions, public
 * address, time zone), read in one place with their documented defaults. Each part reads its own settings
 * into a record of its own the same way ({@link SettingsReader}, {@link SettingsProducer#read}).
 *
 * <p>Values come from MicroProfile Config, so each key can also be given as an environment
 * variable (upper case, dots and hyphens as underscores: {@code lwp.db.url} is {@code LWP_DB_URL})
 * or as a {@code -D} system property. The README lists the same keys and defaults.
 */
public record PlatformSettings(
        Path dataDir,
        Optional<String> databaseUrl,
        Optional<String> databaseUser,
        Optional<String> databasePassword,
        Optional<String> adminUser,
        Optional<String> adminPassword,
        Smtp smtp,
        LoginThrottling loginThrottling,
        boolean secureCookies,
        MailDelivery mailDelivery,
        Optional<String> publicUrl,
        Set<String> trustedProxies,
        ZoneId zone) {

    public static final String DATA_DIR = "lwp.data.dir";
    public static final String DB_URL = "lwp.db.url";
    public static final String DB_USER = "lwp.db.user";
    public static final String DB_PASSWORD = "lwp.db.password";
    public static final String ADMIN_USER = "lwp.admin.user";
    public static final String ADMIN_PASSWORD = "lwp.admin.password";
    public static final String SMTP_HOST = "lwp.mail.smtp.host";
    public static final String SMTP_PORT = "lwp.mail.smtp.port";
    public static final String SMTP_STARTTLS = "lwp.mail.smtp.starttls";
    public static final String SMTP_USER = "lwp.mail.smtp.user";
    public static final String SMTP_PASSWORD = "lwp.mail.smtp.password";
    public static final String MAIL_FROM = "lwp.mail.from";
    public static final String LOGIN_FREE_ATTEMPTS = "lwp.login.free-attempts";
    public static final String LOGIN_LOCK_AFTER = "lwp.login.lock-after";
    public static final String LOGIN_LOCK_MINUTES = "lwp.login.lock-minutes";
    public static final String LOGIN_FIRST_WAIT = "lwp.login.first-wait-seconds";
    public static final String SECURE_COOKIES = "lwp.session.secure-cookies";
    public static final String MAIL_SEND_INTERVAL = "lwp.mail.send-interval-seconds";
    public static final String MAIL_MAX_ATTEMPTS = "lwp.mail.max-attempts";
    public static final String MAIL_RETRY_FIRST = "lwp.mail.retry-first-seconds";
    public static final String MAIL_RETRY_MAX = "lwp.mail.retry-max-seconds";
    public static final String MAIL_SMTP_TIMEOUT = "lwp.mail.smtp.timeout-seconds";
    public static final String MAIL_SMTP_CONNECTIONS = "lwp.mail.smtp.connections";
    public static final String PUBLIC_URL = "lwp.public-url";
    public static final String TRUSTED_PROXIES = "lwp.http.trusted-proxies";
    public static final String ZONE = "lwp.zone";

    /** SMTP server; with no host configured, mail goes to the outbox that an admin reads. */
    public record Smtp(Optional<String> host, int port, boolean startTls, Optional<String> user,
                       Optional<String> password, String from) {
    }

    /**
     * How the outbox is worked off: how often the sender looks for due mail, and how a mail that
     * the SMTP server did not take is tried again (the wait doubles from {@code firstRetry} up to
     * {@code maxRetry}; after {@code maxAttempts} tries the mail is marked failed). Each of
     * connecting to, reading from and writing to the SMTP server waits at most {@code smtpTimeout};
     * a mail claimed by a sender that stopped goes back into the queue after {@link #claimLease()}.
     * Each instance's sender hands mail over on up to {@code smtpConnections} connections at once.
     */
    public record MailDelivery(Duration sendInterval, int maxAttempts, Duration firstRetry, Duration maxRetry,
                               Duration smtpTimeout, int smtpConnections) {

        /**
         * How long a sender's claim on a mail holds: longer than the longest hand-over the SMTP time
         * limits allow (a write and a read), with a margin, so that a living sender's claim never
         * runs out under it; a dead sender's mail is sent again once it has.
         */
        public Duration claimLease() {
            return smtpTimeout.multipliedBy(3).plusSeconds(30);
        }
    }

    /** How failed sign-ins slow down and then lock an account. */
    public record LoginThrottling(int freeAttempts, int lockAfter, Duration lockDuration, Duration firstWait) {
    }

    /**
     * Reads the platform's settings through {@code lookup}, which returns a raw value or empty when the key
     * is not set. A value that cannot be read (a port that is not a number) fails with a message
     * naming the key.
     */
    public static PlatformSettings from(Function<String, Optional<String>> lookup) {
        SettingsReader r = new SettingsReader(lookup);
        FirstAdminSettings.check(r.text(ADMIN_USER), r.text(ADMIN_PASSWORD));
        Path dataDir = r.path(DATA_DIR, "data");
        return new PlatformSettings(
                dataDir,
                r.text(DB_URL),
                r.text(DB_USER),
                r.text(DB_PASSWORD),
                r.text(ADMIN_USER),
                r.text(ADMIN_PASSWORD),
                new Smtp(r.text(SMTP_HOST), r.integer(SMTP_PORT, 25, 1, 65535),
                        r.bool(SMTP_STARTTLS, false), r.text(SMTP_USER), r.text(SMTP_PASSWORD),
                        r.text(MAIL_FROM).orElse("leerwerkplek@localhost")),
                new LoginThrottling(r.integer(LOGIN_FREE_ATTEMPTS, 3, 1, 100),
                        r.integer(LOGIN_LOCK_AFTER, 10, 2, 1000),
                        Duration.ofMinutes(r.integer(LOGIN_LOCK_MINUTES, 15, 1, 24 * 60)),
                        Duration.ofSeconds(r.integer(LOGIN_FIRST_WAIT, 1, 1, 60))),
                r.bool(SECURE_COOKIES, false),
                mailDelivery(r),
                publicUrl(r),
                trustedProxies(r),
                zone(r));
    }

    /**
     * The time zone of the fund's users: what "today" is (a visit's date, a wave's first day, a
     * mentor's due date), and the zone times are shown in; never the server's own zone, which is
     * UTC on most hosts and would move the day's change to 01:00 or 02:00 in Belgium.
     */
    private static ZoneId zone(SettingsReader r) {
        String id = r.text(ZONE).map(String::strip).orElse("Europe/Brussels");
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidSettingException(ZONE, id, "a time zone such as Europe/Brussels");
        }
    }

    /**
     * The addresses of the load balancers in front of the nodes (comma-separated IP addresses, as
     * the node sees them connect): only a request from one of them has its client's address taken
     * from {@code X-Forwarded-For}. Empty by default: then nobody can claim another address.
     */
    private static Set<String> trustedProxies(SettingsReader r) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String part : r.text(TRUSTED_PROXIES).orElse("").split(",")) {
            String address = part.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!address.matches("[0-9A-Fa-f:.]+")) {
                throw new InvalidSettingException(TRUSTED_PROXIES, address,
                        "IP addresses separated by commas, such as 10.0.0.5,10.0.0.6");
            }
            addresses.add(address);
        }
        return Set.copyOf(addresses);
    }

    /**
     * The address users reach the application at, without a trailing slash; empty when not set,
     * and then {@code platform.web.PublicUrl} takes this server's own port.
     */
    private static Optional<String> publicUrl(SettingsReader r) {
        Optional<String> url = r.text(PUBLIC_URL);
        if (url.isPresent() && !url.get().matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new InvalidSettingException(PUBLIC_URL, url.get(), "an http or https address such as https://lwp.example.org");
        }
        return url.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    private static MailDelivery mailDelivery(SettingsReader r) {
        int firstRetry = r.integer(MAIL_RETRY_FIRST, 60, 1, 86_400);
        int maxRetry = r.integer(MAIL_RETRY_MAX, 6 * 3600, 1, 7 * 86_400);
        if (maxRetry < firstRetry) {
            throw new InvalidSettingException(MAIL_RETRY_MAX, String.valueOf(maxRetry),
                    "at least " + MAIL_RETRY_FIRST + " (" + firstRetry + ")");
        }
        return new MailDelivery(Duration.ofSeconds(r.integer(MAIL_SEND_INTERVAL, 30, 1, 86_400)),
                r.integer(MAIL_MAX_ATTEMPTS, 8, 1, 100), Duration.ofSeconds(firstRetry), Duration.ofSeconds(maxRetry),
                Duration.ofSeconds(r.integer(MAIL_SMTP_TIMEOUT, 30, 1, 300)), r.integer(MAIL_SMTP_CONNECTIONS, 4, 1, 16));
    }

    /** Where the embedded Derby database lives when no database URL is configured. */
    public Path derbyDirectory() {
        return dataDir.resolve("derby");
    }
}
