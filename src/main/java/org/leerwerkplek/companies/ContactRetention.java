package org.leerwerkplek.companies;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.persistence.DataSourceSetup;
import org.leerwerkplek.platform.privacy.RetentionClock;
import org.leerwerkplek.platform.privacy.RetentionPeriods;
import org.leerwerkplek.platform.privacy.RetentionRule;
import org.leerwerkplek.surveys.EntryTexts;

/**
 * The people of a company the fund no longer works with: when a company has not changed, had no
 * visit and no support action decided for {@code lwp.retention.company-contact-months} (36)
 * months and has no open action, its contacts are removed and the names of the people
 * interviewed on its visits and fiches cleared, with every fiche text that names one of them. The
 * company itself, its visits and the fiches' other answers stay.
 */
@ApplicationScoped
public class ContactRetention implements RetentionRule {

    public static final String SETTING = "lwp.retention.company-contact-months";
    static final int DEFAULT_MONTHS = 36;
    private static final Actor RETENTION = Actor.system("retention");

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Inject
    EntryTexts fiches;

    @Inject
    AuditLog audit;

    @Override
    public String key() {
        return "companies.contacts";
    }

    @Override
    public String setting() {
        return SETTING;
    }

    @Override
    public Period period() {
        return RetentionPeriods.months(SETTING, DEFAULT_MONTHS);
    }

    @Override
    public long countDue(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return CompanyPrivacyStore.countDormantPeople(connection, RetentionClock.cutoff(now, period()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the contacts past their period", e);
        }
    }

    @Override
    public long applyDue(Instant now) {
        long removed = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (long companyId : CompanyPrivacyStore.dormant(connection, RetentionClock.cutoff(now, period()))) {
                List<CompanyPrivacyStore.ContactRow> contacts = CompanyPrivacyStore.contactsOf(connection, companyId);
                List<CompanyPrivacyStore.VisitRow> visits = CompanyPrivacyStore.visitsOf(connection, companyId);
                Set<String> names = new HashSet<>();
                contacts.forEach(c -> names.add(c.name()));
                visits.stream().map(CompanyPrivacyStore.VisitRow::interviewee).filter(Objects::nonNull).forEach(names::add);
                Predicate<String> naming = CompanyPrivacy.naming(
                        contacts.stream().map(CompanyPrivacyStore.ContactRow::email).toList(), names);
                CompanyPrivacyStore.removeContacts(connection, companyId);
                for (CompanyPrivacyStore.ContactRow contact : contacts) {
                    audit.record(RETENTION, AuditAction.ERASE, "company-contact",
                            CompanyPrivacy.contactId(companyId, contact.position()), List.of());
                }
                removed += contacts.size();
                for (CompanyPrivacyStore.VisitRow visit : visits) {
                    fiches.remove(visit.responseId(), Set.of(CompanyPrivacy.FICHE_INTERVIEWEE));
                    fiches.removeTexts(visit.responseId(), naming);
                    if (visit.interviewee() != null) {
                        CompanyPrivacyStore.clearInterviewee(connection, visit.id());
                        audit.record(RETENTION, AuditAction.ERASE, "visit", visit.id(), List.of());
                        removed++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove the contacts past their period", e);
        }
        return removed;
    }
}
