package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leerwerkplek.mentorcourse.certificate.FollowUpCycle;
import org.leerwerkplek.mentorcourse.certificate.VerificationCode;
import org.leerwerkplek.mentorcourse.delivery.ModuleProgress;
import org.leerwerkplek.platform.audit.AuditLog;

/**
 * Completion certificates: issued when a mentor completes the follow-up cycle of a year
 * ({@link FollowUpCycle}), and verified by anyone from the code printed on them.
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    /**
     * What the public verification tells: only that the code is genuine, whose it is and for which
     * period; for a mentor who was erased, that it was erased instead of the name (null then).
     */
    public record Verified(String name, LocalDate from, LocalDate to, boolean erased) {
    }

    private EntityManager em;
    private AuditLog auditLog;

    /** For the CDI proxy only. */
    protected CertificateService() {
    }

    @Inject
    public CertificateService(EntityManager em, AuditLog auditLog) {
        this.em = em;
        this.auditLog = auditLog;
    }

    /**
     * Issues the certificates the mentor has earned and does not have yet.
     *
     * @param sequence the ids of the modules the course has for the mentor
     */
    List<MentorCertificate> issueEarned(Mentor mentor, List<ModuleProgress> progress, Set<String> sequence,
                                        Instant now) {
        Set<Integer> issued = of(mentor.getId()).stream().map(MentorCertificate::getCycleYear)
                .collect(Collectors.toSet());
        List<MentorCertificate> created = mentor.getConfirmedOn().stream()
                .flatMap(on -> FollowUpCycle.completed(on, mentor.getFrequency(), progress, sequence).stream())
                .filter(cycle -> !issued.contains(cycle.year()))
                .map(cycle -> new MentorCertificate(mentor.getId(), mentor.getName(), cycle,
                        VerificationCode.generate(), now))
                .toList();
        created.forEach(em::persist);
        if (!created.isEmpty()) {
            em.flush();
            MentorAudit audit = new MentorAudit(auditLog);
            created.forEach(certificate -> audit.issued(mentor.getId(), certificate));
        }
        return created;
    }

    /** The mentor's certificates, oldest cycle first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<MentorCertificate> of(long mentorId) {
        return em.createNamedQuery(MentorCertificate.OF_MENTOR, MentorCertificate.class)
                .setParameter("mentor", mentorId).getResultList();
    }

    /** Whether {@code code} is on a genuine certificate, and if so only its name and period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Verified> verify(String code) {
        return VerificationCode.normalised(code).flatMap(normalised -> em
                .createNamedQuery(MentorCertificate.BY_CODE, MentorCertificate.class)
                .setParameter("code", normalised).getResultStream().findFirst()
                .map(c -> new Verified(c.isErased() ? null : c.getMentorName(), c.getPeriodFrom(), c.getPeriodTo(),
                        c.isErased())));
    }
}
