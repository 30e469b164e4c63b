package org.leerwerkplek.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every setting of the product, read in one place with its documented default.
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
        Path surveysDir,
        Path mentorCourseDir,
        Smtp smtp,
        LoginThrottling loginThrottling,
        boolean secureCookies,
        int publicStartsPerHour,
        MailDelivery mailDelivery,
        AnalysisSettings analysis,
        Optional<String> publicUrl,
        CourseDelivery courseDelivery,
        Duration fieldworkRunInterval) {

    public static final String DATA_DIR = "lwp.data.dir";
    public static final String DB_URL = "lwp.db.url";
    public static final String DB_USER = "lwp.db.user";
    public static final String DB_PASSWORD = "lwp.db.password";
    public static final String ADMIN_USER = "lwp.admin.user";
    public static final String ADMIN_PASSWORD = "lwp.admin.password";
    public static final String SURVEYS_DIR = "lwp.surveys.dir";
    public static final String MENTOR_COURSE_DIR = "lwp.mentor-course.dir";
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
    public static final String PUBLIC_STARTS_PER_HOUR = "lwp.surveys.public-starts-per-hour";
    public static final String MAIL_SEND_INTERVAL = "lwp.mail.send-interval-seconds";
    public static final String MAIL_MAX_ATTEMPTS = "lwp.mail.max-attempts";
    public static final String MAIL_RETRY_FIRST = "lwp.mail.retry-first-seconds";
    public static final String MAIL_RETRY_MAX = "lwp.mail.retry-max-seconds";
    public static final String DEMO_DATA = "lwp.analysis.demo-data";
    public static final String MIN_SUBGROUP = "lwp.analysis.min-subgroup";
    public static final String PUBLIC_URL = "lwp.public-url";
    public static final String COURSE_REMINDER_DAYS = "lwp.course.reminder-days";
    public static final String COURSE_RUN_INTERVAL = "lwp.course.run-interval-minutes";
    public static final String COURSE_RUN_AS_OF = "lwp.course.allow-run-as-of";
    public static final String FIELDWORK_RUN_INTERVAL = "lwp.fieldwork.run-interval-seconds";

    /** SMTP server; with no host configured, mail goes to the outbox that an admin reads. */
    public record Smtp(Optional<String> host, int port, boolean startTls, Optional<String> user,
                       Optional<String> password, String from) {
    }

    /**
     * How the outbox is worked off: how often the sender looks for due mail, and how a mail that
     * the SMTP server did not take is tried again (the wait doubles from {@code firstRetry} up to
     * {@code maxRetry}; after {@code maxAttempts} tries the mail is marked failed).
     */
    public record MailDelivery(Duration sendInterval, int maxAttempts, Duration firstRetry, Duration maxRetry) {
    }

    /**
     * Analysis: whether the synthetic demo responses are loaded at start (when none are there
     * yet), and the smallest subgroup a cross-tab compares.
     */
    public record AnalysisSettings(boolean demoDataAtStart, int minSubgroupSize) {
    }

    /**
     * How the mentor course is delivered: the days after a delivery that an unopened module is
     * reminded once, how often the scheduler looks for due modules, and whether an admin may run
     * it as of a later day (tests and demonstrations only).
     */
    public record CourseDelivery(int reminderDays, Duration runInterval, boolean runAsOfAllowed) {
    }

    /** How failed sign-ins slow down and then lock an account. */
    public record LoginThrottling(int freeAttempts, int lockAfter, Duration lockDuration, Duration firstWait) {
    }

    /**
     * Reads all settings through {@code lookup}, which returns a raw value or empty when the key
     * is not set. A value that cannot be read (a port that is not a number) fails with a message
     * naming the key.
     */
    public static PlatformSettings from(Function<String, Optional<String>> lookup) {
        Reader r = new Reader(lookup);
        FirstAdminSettings.check(r.text(ADMIN_USER), r.text(ADMIN_PASSWORD));
        Path dataDir = r.path(DATA_DIR, "data");
        return new PlatformSettings(
                dataDir,
                r.text(DB_URL),
                r.text(DB_USER),
                r.text(DB_PASSWORD),
                r.text(ADMIN_USER),
                r.text(ADMIN_PASSWORD),
                r.path(SURVEYS_DIR, "surveys"),
                r.path(MENTOR_COURSE_DIR, "mentor-course"),
                new Smtp(r.text(SMTP_HOST), r.integer(SMTP_PORT, 25, 1, 65535),
                        r.bool(SMTP_STARTTLS, false), r.text(SMTP_USER), r.text(SMTP_PASSWORD),
                        r.text(MAIL_FROM).orElse("leerwerkplek@localhost")),
                new LoginThrottling(r.integer(LOGIN_FREE_ATTEMPTS, 3, 1, 100),
                        r.integer(LOGIN_LOCK_AFTER, 10, 2, 1000),
                        Duration.ofMinutes(r.integer(LOGIN_LOCK_MINUTES, 15, 1, 24 * 60)),
                        Duration.ofSeconds(r.integer(LOGIN_FIRST_WAIT, 1, 1, 60))),
                r.bool(SECURE_COOKIES, false),
                r.integer(PUBLIC_STARTS_PER_HOUR, 20, 1, 100_000),
                mailDelivery(r),
                new AnalysisSettings(r.bool(DEMO_DATA, false), r.integer(MIN_SUBGROUP, 30, 2, 100_000)),
                publicUrl(r),
                new CourseDelivery(r.integer(COURSE_REMINDER_DAYS, 7, 1, 365),
                        Duration.ofMinutes(r.integer(COURSE_RUN_INTERVAL, 60, 1, 24 * 60)),
                        r.bool(COURSE_RUN_AS_OF, false)),
                Duration.ofSeconds(r.integer(FIELDWORK_RUN_INTERVAL, 300, 10, 86_400)));
    }

    /**
     * The address users reach the application at, without a trailing slash; empty when not set,
     * and then {@code platform.web.PublicUrl} takes this server's own port.
     */
    private static Optional<String> publicUrl(Reader r) {
        Optional<String> url = r.text(PUBLIC_URL);
        if (url.isPresent() && !url.get().matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new InvalidSettingException(PUBLIC_URL, url.get(), "an http or https address such as https://lwp.example.org");
        }
        return url.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    private static MailDelivery mailDelivery(Reader r) {
        int firstRetry = r.integer(MAIL_RETRY_FIRST, 60, 1, 86_400);
        int maxRetry = r.integer(MAIL_RETRY_MAX, 6 * 3600, 1, 7 * 86_400);
        if (maxRetry < firstRetry) {
            throw new InvalidSettingException(MAIL_RETRY_MAX, String.valueOf(maxRetry),
                    "at least " + MAIL_RETRY_FIRST + " (" + firstRetry + ")");
        }
        return new MailDelivery(Duration.ofSeconds(r.integer(MAIL_SEND_INTERVAL, 30, 1, 86_400)),
                r.integer(MAIL_MAX_ATTEMPTS, 8, 1, 100), Duration.ofSeconds(firstRetry), Duration.ofSeconds(maxRetry));
    }

    /** Where the embedded Derby database lives when no database URL is configured. */
    public Path derbyDirectory() {
        return dataDir.resolve("derby");
    }

    private record Reader(Function<String, Optional<String>> lookup) {

        Optional<String> text(String key) {
            return lookup.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        }

        Path path(String key, String fallback) {
            return Path.of(text(key).orElse(fallback)).toAbsolutePath().normalize();
        }

        int integer(String key, int fallback, int min, int max) {
            Optional<String> raw = text(key);
            if (raw.isEmpty()) {
                return fallback;
            }
            try {
                int value = Integer.parseInt(raw.get());
                if (value < min || value > max) {
                    throw new InvalidSettingException(key, raw.get(), "a whole number from " + min + " to " + max);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new InvalidSettingException(key, raw.get(), "a whole number from " + min + " to " + max);
            }
        }

        boolean bool(String key, boolean fallback) {
            Optional<String> raw = text(key);
            if (raw.isEmpty()) {
                return fallback;
            }
            return switch (raw.get().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw new InvalidSettingException(key, raw.get(), "true or false");
            };
        }
    }
}
