package org.leerwerkplek.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.leerwerkplek.platform.config.PlatformSettings;
import org.leerwerkplek.platform.jobs.InstanceName;
import org.leerwerkplek.platform.jobs.OneRunAtATime;
import org.leerwerkplek.platform.persistence.DataSourceSetup;

/**
 * The sender job: every {@code lwp.mail.send-interval-seconds} it works off the due mails of the
 * outbox ({@link OutboxDelivery}), through SMTP when {@code lwp.mail.smtp.host} is set, else into
 * the outbox itself. The timer is created at every start and holds no state: what is due is read
 * from the database, so a restart loses nothing and several instances can run side by side (their
 * claims never overlap). Runs outside any transaction, so each claim and each outcome commits on
 * its own.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final int BATCH_SIZE = 100;
    private static final int MAX_PER_PASS = 5000;

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource
    TimerService timers;

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    /** The threads of the connections when there are several ({@code lwp.mail.smtp.connections}). */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    PlatformSettings settings;

    /** The parts' values of the mails they queue by reference. */
    @Inject
    @Any
    Instance<MailValues> values;

    private final OneRunAtATime runs = new OneRunAtATime("Mail sender pass", LOG);
    private final Clock clock = Clock.systemUTC();
    private ExecutorService lanes;
    private OutboxDelivery delivery;
    private Optional<MailTransport.Connector> smtp;
    private String instance;

    @PostConstruct
    void start() {
        instance = InstanceName.current();
        PlatformSettings.MailDelivery config = settings.mailDelivery();
        RetryPolicy retry = new RetryPolicy(config.firstRetry(), config.maxRetry(), config.maxAttempts(), clock);
        lanes = Executors.newFixedThreadPool(config.smtpConnections(), threads);
        delivery = new OutboxDelivery(new OutboxStore(dataSource, clock, new MailTemplates(), new MailValueSources(values)), retry, instance, config.claimLease(), BATCH_SIZE,
                MAX_PER_PASS, config.smtpConnections(), lanes);
        smtp = settings.smtp().host().map(host -> new SmtpConnector(settings.smtp(), config.smtpTimeout(), clock));
        long interval = config.sendInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("lwp-mail-sender", false));
        LOG.info(() -> "Mail sender " + instance + " runs every " + config.sendInterval().toSeconds() + " s, "
                + smtp.map(s -> "through SMTP " + settings.smtp().host().orElseThrow() + ":" + settings.smtp().port()
                        + " on up to " + config.smtpConnections() + " connection(s)")
                .orElse("into the outbox (no SMTP server configured)") + ".");
    }

    @PreDestroy
    void stop() {
        lanes.shutdownNow();
    }

    @Timeout
    void onTimer() {
        runs.onTimer(this::pass);
    }

    /**
     * Sends what is due now, waiting for a pass that is under way to end first (an admin's "send
     * due now").
     *
     * @return what this pass did; empty when a running pass did not end in time
     */
    public Optional<DeliveryRun> sendDue() {
        return runs.now(this::pass);
    }

    /** Whether mail leaves through an SMTP server (else it stays in the outbox). */
    public boolean usesSmtp() {
        return smtp.isPresent();
    }

    private DeliveryRun pass() {
        DeliveryRun run = delivery.run(smtp);
        if (run.handled() > 0) {
            LOG.info(() -> "Mail sender: " + run);
        }
        return run;
    }
}
