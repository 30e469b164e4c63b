package org.leerwerkplek.companies.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leerwerkplek.companies.CompanyErased;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.Person;
import org.leerwerkplek.platform.privacy.PersonalData;
import org.leerwerkplek.platform.privacy.PersonalRecord;

/**
 * The applications' personal data: an applicant is found by its address, with everything it
 * wrote; erasing it deletes its applications (what they led to is the register's: the company and
 * its contact, erased there). Staff are found by user name as the advisor an application was
 * assigned to or taken by, and in the assignment rule; erasing them leaves the application
 * unassigned and takes them out of the rule. A company erased with its people takes its
 * applications with it.
 */
@ApplicationScoped
public class ApplicationPrivacy implements PersonalData {

    private EntityManager em;

    /** For the CDI proxy only. */
    protected ApplicationPrivacy() {
    }

    @Inject
    public ApplicationPrivacy(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PersonalRecord> find(Person person) {
        List<PersonalRecord> records = new ArrayList<>();
        for (CompanyApplication a : byEmail(person.email())) {
            ApplicationForm f = a.form();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("company", f.name());
            fields.put("name", f.contactName());
            fields.put("email", f.contactEmail());
            if (!f.contactPhone().isEmpty()) {
                fields.put("phone", f.contactPhone());
            }
            fields.put("language", f.contactLanguage());
            if (!f.question().isEmpty()) {
                fields.put("question", f.question());
            }
            fields.put("status", a.getStatus().name());
            records.add(new PersonalRecord(ApplicationAudit.APPLICATION, Long.toString(a.getId()), fields));
        }
        if (person.username().isPresent()) {
            String username = person.username().get();
            for (CompanyApplication a : staffOn(username)) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("company", a.getName());
                fields.put("advisor", username);
                records.add(new PersonalRecord(ApplicationAudit.APPLICATION, Long.toString(a.getId()), fields));
            }
            for (ProvinceRule rule : rulesOf(username)) {
                records.add(new PersonalRecord(ApplicationAudit.RULE, rule.getProvince().name(), Map.of("advisor", username)));
            }
        }
        return records;
    }

    @Override
    public List<ErasedObject> erase(Person person) {
        List<ErasedObject> erased = new ArrayList<>();
        for (CompanyApplication a : byEmail(person.email())) {
            erased.add(new ErasedObject(ApplicationAudit.APPLICATION, Long.toString(a.getId())));
            em.remove(a);
        }
        if (person.username().isPresent()) {
            String username = person.username().get();
            for (CompanyApplication a : staffOn(username)) {
                a.forgetStaff(username);
                erased.add(new ErasedObject(ApplicationAudit.APPLICATION, Long.toString(a.getId())));
            }
            for (ProvinceRule rule : rulesOf(username)) {
                erased.add(new ErasedObject(ApplicationAudit.RULE, rule.getProvince().name()));
                em.remove(rule);
            }
        }
        em.flush();
        return erased.stream().distinct().toList();
    }

    /** A company erased with its people: the applications linked to it go too. */
    void companyErased(@Observes CompanyErased company) {
        em.createNamedQuery(CompanyApplication.OF_COMPANY, CompanyApplication.class)
                .setParameter("company", company.companyId()).getResultList().forEach(em::remove);
        em.flush();
    }

    private List<CompanyApplication> byEmail(String email) {
        return em.createNamedQuery(CompanyApplication.BY_EMAIL, CompanyApplication.class).setParameter("email", email.trim().toLowerCase(Locale.ROOT)).getResultList();
    }

    private List<CompanyApplication> staffOn(String username) {
        return em.createNamedQuery(CompanyApplication.OF_STAFF, CompanyApplication.class).setParameter("user", username).getResultList();
    }

    private List<ProvinceRule> rulesOf(String username) {
        return em.createNamedQuery(ProvinceRule.OF_ADVISOR, ProvinceRule.class)
                .setParameter("user", username).getResultList();
    }
}
