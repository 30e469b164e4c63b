package org.leerwerkplek.placements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leerwerkplek.companies.CompanyErased;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.Person;
import org.leerwerkplek.platform.privacy.PersonalData;
import org.leerwerkplek.platform.privacy.PersonalRecord;

/**
 * What placements hold about a person, found by the e-mail address they were entered with: as the
 * candidate (its contact) or as the mentor. Erasing removes the candidate's name, contact and
 * intake notes, the mentor and the reasons of the moves; the phases and dates stay for the figures.
 * A company erased from the register takes its placements with it.
 */
@ApplicationScoped
public class PlacementPrivacy implements PersonalData {

    private EntityManager em;
    private AuditLog audit;
    private Clock clock;

    /** For the CDI proxy only. */
    protected PlacementPrivacy() {
    }

    @Inject
    public PlacementPrivacy(EntityManager em, AuditLog audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<PersonalRecord> find(Person person) {
        return of(person).stream().map(p -> {
            Map<String, String> fields = new LinkedHashMap<>();
            Candidate c = p.getCandidate();
            if (person.email().equals(c.contact())) {
                fields.put("candidateName", Objects.toString(c.name(), ""));
                fields.put("candidateContact", c.contact());
                fields.put("intakeNotes", Objects.toString(c.notes(), ""));
            }
            if (person.email().equals(p.getMentorEmail())) {
                fields.put("mentorName", Objects.toString(p.getMentorName(), ""));
                fields.put("mentorEmail", p.getMentorEmail());
            }
            fields.put("phase", p.getPhase().name());
            return new PersonalRecord(PlacementService.AUDIT_KIND, String.valueOf(p.getId()), fields);
        }).toList();
    }

    @Override
    public List<ErasedObject> erase(Person person) {
        List<Placement> found = of(person);
        for (Placement p : found) {
            p.erasePeople(clock.instant());
            audit.record(AuditAction.ERASE, PlacementService.AUDIT_KIND, p.getId(), List.of());
        }
        em.flush();
        return found.stream().map(p -> new ErasedObject(PlacementService.AUDIT_KIND, String.valueOf(p.getId()))).toList();
    }

    /** A company erased with its people leaves the register: its placements go with it (recorded in the audit trail). */
    void companyErased(@Observes CompanyErased company) {
        List<Placement> placements = em.createNamedQuery(Placement.OF_COMPANY, Placement.class)
                .setParameter("company", company.companyId()).getResultList();
        for (Placement p : placements) {
            audit.record(AuditAction.DELETE, PlacementService.AUDIT_KIND, p.getId(), audit.fieldsOf(p.fields(), true));
            em.remove(p);
        }
        em.flush();
    }

    private List<Placement> of(Person person) {
        return em.createNamedQuery(Placement.BY_PERSON, Placement.class).setParameter("email", person.email())
                .getResultList();
    }
}
