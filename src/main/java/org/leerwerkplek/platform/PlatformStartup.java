package org.leerwerkplek.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.leerwerkplek.platform.config.PlatformSettings;
import org.leerwerkplek.platform.health.StartupState;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.persistence.DatabaseService;
import org.leerwerkplek.platform.security.FirstAdmin;
import org.leerwerkplek.platform.security.FirstAdminPassword;
import org.leerwerkplek.platform.security.UserService;

/**
 * Runs once when the application starts: migrates the schema, then creates the first admin on an
 * empty database (once, also when two nodes start on it together: {@link FirstAdmin}); until both are done the node is not ready ({@code /health/ready}). A start that cannot reach its database ends the process with one line that
 * names the setting to check, instead of serving a broken application.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    PlatformSettings settings;

    @Inject
    DatabaseService database;

    @Inject
    UserService users;

    @Inject
    StartupState state;

    @PostConstruct
    void start() {
        try {
            state.migrating();
            // On an empty database the first admin's password hash is begun now, beside the migration.
            FirstAdminPassword adminPassword = FirstAdminPassword.of(settings.adminPassword(), database.isUnmigrated());
            database.migrate();
            Optional<String> generated = FirstAdmin.ensure(
                    () -> users.bootstrapAdmin(settings.adminUser(), adminPassword));
            generated.ifPresent(password -> LOG.warning(() -> "First start: created the admin account '"
                    + settings.adminUser().orElse("admin") + "' with the password " + password
                    + " (shown only this once; change it after signing in, or set LWP_ADMIN_PASSWORD before the first start)."));
            state.started();
        } catch (Exception e) {
            StartupFailure.exit(rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable current = e;
        while (current != null) {
            if (current.getMessage() != null && current.getMessage().startsWith("Cannot connect to the database")) {
                return current.getMessage();
            }
            if (current instanceof DomainException domain) {
                return "the admin account from " + PlatformSettings.ADMIN_USER + "/" + PlatformSettings.ADMIN_PASSWORD
                        + " is refused: " + Messages.get(Locale.ENGLISH, domain.messageKey(), domain.arguments());
            }
            current = current.getCause();
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
