package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.PrivacyService;
import org.leerwerkplek.platform.security.UserService;
import org.leerwerkplek.surveys.EntryTexts;

/** Erasing a company with its people, or one contact of it, on an admin's request. */
@ApplicationScoped
@Transactional
public class CompanyErasure {

    private EntityManager em;
    private DataSource dataSource;
    private AccessibleCompanies access;
    private PrivacyService privacy;
    private EntryTexts fiches;
    private Event<CompanyErased> erasedEvents;
    private CompanyAudit audit;

    /** For the CDI proxy only. */
    protected CompanyErasure() {
    }

    @Inject
    public CompanyErasure(EntityManager em, DataSource dataSource, AccessibleCompanies access, PrivacyService privacy, EntryTexts fiches,
                          Event<CompanyErased> erasedEvents, AuditLog audit) {
        this.em = em;
        this.dataSource = dataSource;
        this.access = access;
        this.privacy = privacy;
        this.fiches = fiches;
        this.erasedEvents = erasedEvents;
        this.audit = new CompanyAudit(audit);
    }

    /**
     * Erases a company with its people; admins only, and all or nothing. Each contact with an
     * address is erased as a person in every part ({@link PrivacyService#erase}: also as an invitee,
     * a mentor, from the outbox). Then the company leaves the register with its contacts, visits,
     * support plan and reach; its fiches stay for the statistics with their closed answers only
     * (every free text removed) and no link to the company; parts that refer to the company hear
     * of it ({@link CompanyErased}). Recorded in the audit trail.
     *
     * @return what was erased, by kind and id
     */
    public List<ErasedObject> erase(UserService.Caller caller, long id, long version) {
        Company company = access.readable(caller, id);
        if (!CompanyAccess.isAdmin(caller)) {
            throw new DomainException(DomainException.Kind.INVALID, "company.erase.adminOnly");
        }
        company.requireVersion(version);
        CompanyDetails details = company.details();
        List<ErasedObject> erased = new ArrayList<>();
        Set<String> addresses = new LinkedHashSet<>();
        details.contacts().stream().map(Contact::email).filter(e -> !e.isBlank())
                .forEach(e -> addresses.add(e.toLowerCase(Locale.ROOT)));
        for (String address : addresses) {
            erased.addAll(privacy.erase(address));
        }
        em.flush();
        em.detach(company);
        try (Connection connection = dataSource.getConnection()) {
            List<Long> visits = new ArrayList<>();
            for (CompanyPrivacyStore.VisitRow visit : CompanyPrivacyStore.visitsOf(connection, id)) {
                fiches.keepClosedAnswers(visit.responseId());
                visits.add(visit.id());
                erased.add(new ErasedObject(CompanyAudit.FICHE, Long.toString(visit.id())));
            }
            erasedEvents.fire(new CompanyErased(id, details.name()));
            CompanyPrivacyStore.deleteCompany(connection, id);
            audit.erased(id, details, visits);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot erase company " + id, e);
        }
        erased.add(new ErasedObject(CompanyAudit.COMPANY, Long.toString(id)));
        return erased;
    }

    /**
     * Erases one contact of a company as a person, by its address, in every part
     * ({@link PrivacyService#erase}); admins only. A contact without an address is removed by
     * changing the company.
     *
     * @param position the contact's position in the company's list, 0 first
     * @return what was erased, by kind and id
     */
    public List<ErasedObject> eraseContact(UserService.Caller caller, long id, int position) {
        Company company = access.readable(caller, id);
        if (!CompanyAccess.isAdmin(caller)) {
            throw new DomainException(DomainException.Kind.INVALID, "company.erase.adminOnly");
        }
        List<Contact> contacts = company.details().contacts();
        if (position < 0 || position >= contacts.size() || contacts.get(position).email().isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "company.erase.contactWithoutEmail");
        }
        String email = contacts.get(position).email();
        em.detach(company);
        return privacy.erase(email);
    }
}
