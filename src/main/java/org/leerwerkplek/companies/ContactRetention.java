package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.privacy.PeriodRule;
import org.leerwerkplek.platform.privacy.RetentionSetting;
import org.leerwerkplek.surveys.EntryTexts;

/**
 * The people of a company the fund no longer works with: when a company has not changed, had no
 * visit and no support action decided for {@code lwp.retention.company-contact-months} (36)
 * months and has no open action, its contacts are removed and the names of the people
 * interviewed on its visits and fiches cleared, with every fiche text that names one of them. The
 * company itself, its visits and the fiches' other answers stay.
 */
@ApplicationScoped
public class ContactRetention extends PeriodRule {

    static final RetentionSetting RULE = RetentionSetting.months("companies.contacts", "lwp.retention.company-contact-months", 36);

    private DataSource dataSource;
    private EntryTexts fiches;
    private AuditLog audit;

    /** For the CDI proxy only. */
    protected ContactRetention() {
        super(RULE);
    }

    @Inject
    public ContactRetention(DataSource dataSource, EntryTexts fiches, AuditLog audit) {
        super(RULE);
        this.dataSource = dataSource;
        this.fiches = fiches;
        this.audit = audit;
    }

    @Override
    protected long countBefore(Instant cutoff) {
        return inConnection(dataSource, connection -> CompanyPrivacyStore.countDormantPeople(connection, cutoff));
    }

    @Override
    protected long removeBefore(Instant cutoff, Instant now) {
        return inConnection(dataSource, connection -> {
            long removed = 0;
            for (long companyId : CompanyPrivacyStore.dormant(connection, cutoff)) {
                List<CompanyPrivacyStore.ContactRow> contacts = CompanyPrivacyStore.contactsOf(connection, companyId);
                List<CompanyPrivacyStore.VisitRow> visits = CompanyPrivacyStore.visitsOf(connection, companyId);
                Set<String> names = new HashSet<>();
                contacts.forEach(c -> names.add(c.name()));
                visits.stream().map(CompanyPrivacyStore.VisitRow::interviewee).filter(Objects::nonNull).forEach(names::add);
                Predicate<String> naming = CompanyPrivacy.naming(
                        contacts.stream().map(CompanyPrivacyStore.ContactRow::email).toList(), names);
                CompanyPrivacyStore.removeContacts(connection, companyId);
                for (CompanyPrivacyStore.ContactRow contact : contacts) {
                    removed(audit, AuditAction.ERASE, "company-contact", CompanyPrivacy.contactId(companyId, contact.position()));
                }
                removed += contacts.size();
                for (CompanyPrivacyStore.VisitRow visit : visits) {
                    fiches.remove(visit.responseId(), Set.of(CompanyPrivacy.FICHE_INTERVIEWEE));
                    fiches.removeTexts(visit.responseId(), naming);
                    if (visit.interviewee() != null) {
                        CompanyPrivacyStore.clearInterviewee(connection, visit.id());
                        removed(audit, AuditAction.ERASE, "visit", visit.id());
                        removed++;
                    }
                }
            }
            return removed;
        });
    }
}
