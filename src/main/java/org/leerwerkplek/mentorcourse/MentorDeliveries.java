package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.mentorcourse.delivery.DeliveryPlanner;
import org.leerwerkplek.mentorcourse.delivery.MailItem;
import org.leerwerkplek.mentorcourse.delivery.ModuleProgress;
import org.leerwerkplek.mentorcourse.delivery.PlannedMail;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.mail.MailRequest;
import org.leerwerkplek.platform.security.SecretToken;

/**
 * The transactions of a scheduler run: for a group of due mentors, ask the planner what is due,
 * write one {@link MentorDelivery} row per item, record the progress and queue the mail, all in
 * one transaction. Whatever fails rolls the whole group back; the scheduler then tries its
 * mentors one by one. A second instance working on the same mentor at the same moment fails on
 * the mentor's version or on the unique delivery row, so nothing goes twice.
 */
@ApplicationScoped
public class MentorDeliveries {

    /** What one transaction did. */
    public record Outcome(int mentors, int mails, int items) {

        Outcome plus(Outcome other) {
            return new Outcome(mentors + other.mentors, mails + other.mails, items + other.items);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    /** A confirmed mentor that may have something due, and its company in the register if it has one. */
    public record Due(long mentorId, Optional<Long> companyId) {
    }

    /** The confirmed mentors that may have something due by {@code today}, in id order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Due> due(LocalDate today) {
        return em.createNamedQuery(Mentor.DUE, Object[].class).setParameter("today", today).getResultStream()
                .map(row -> new Due((Long) row[0], Optional.ofNullable((Long) row[1]))).toList();
    }

    /** How many confirmed mentors may have something due by {@code today}: {@link #due}'s size, in one count query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countDue(LocalDate today) {
        return em.createNamedQuery(Mentor.COUNT_DUE, Long.class).setParameter("today", today).getSingleResult();
    }

    /**
     * Delivers what is due today to the mentors {@code ids}, in a transaction of its own.
     *
     * @param knelpunten the knelpunt codes per company of these mentors; a company left out has none
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome deliver(List<Long> ids, Map<Long, Set<String>> knelpunten, DeliveryPlanner planner,
                           MentorMails mails, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<String, MentorProgress>> progress = new HashMap<>();
        for (MentorProgress entry : em.createNamedQuery(MentorProgress.OF_MENTORS, MentorProgress.class)
                .setParameter("mentors", ids).getResultList()) {
            progress.computeIfAbsent(entry.getMentorId(), id -> new HashMap<>()).put(entry.getModuleId(), entry);
        }
        Outcome outcome = new Outcome(0, 0, 0);
        List<MailRequest> queued = new ArrayList<>();
        for (Mentor mentor : em.createNamedQuery(Mentor.BY_IDS, Mentor.class).setParameter("ids", ids).getResultList()) {
            if (mentor.getStatus() != MentorStatus.ACTIVE || mentor.getNextDueOn().filter(d -> !d.isAfter(today)).isEmpty()) {
                continue;
            }
            Map<String, MentorProgress> entries = progress.computeIfAbsent(mentor.getId(), id -> new HashMap<>());
            Set<String> codes = mentor.getCompanyId().map(knelpunten::get).orElse(Set.of());
            outcome = outcome.plus(deliver(mentor, entries, codes, planner, mails, clock, queued));
        }
        em.flush();
        outbox.enqueueAll(queued);
        return outcome;
    }

    private Outcome deliver(Mentor mentor, Map<String, MentorProgress> entries, Set<String> knelpunten,
                            DeliveryPlanner planner, MentorMails mails, Clock clock, List<MailRequest> queued) {
        LocalDate today = LocalDate.now(clock);
        Optional<PlannedMail> due = planner.dueNow(mentor.preferences(), plannerView(entries, clock), knelpunten);
        int items = 0;
        if (due.isPresent()) {
            PlannedMail planned = due.get();
            String token = SecretToken.generate();
            em.persist(new MentorLink(SecretToken.hash(token), mentor.getId(), clock.instant()));
            MentorMails.Mail mail = mails.planned(mentor.getId(), mentor.getName(), planned, token);
            for (MailItem item : planned.items()) {
                em.persist(new MentorDelivery(mentor.getId(), item, today, mail.dedupKey(), clock.instant()));
                MentorProgress entry = entries.computeIfAbsent(item.module().id(), moduleId -> {
                    MentorProgress created = new MentorProgress(mentor.getId(), moduleId);
                    em.persist(created);
                    return created;
                });
                if (item.kind() == MailItem.Kind.DELIVERY) {
                    entry.delivered(today);
                } else {
                    entry.reminded(today);
                }
                items++;
            }
            queued.add(new MailRequest(mail.dedupKey(), mentor.getEmail(), mail.language(), mail.template(), mail.values()));
        }
        mentor.scheduleNext(planner.next(mentor.preferences(), plannerView(entries, clock), knelpunten)
                .map(PlannedMail::sendOn));
        return new Outcome(1, due.isPresent() ? 1 : 0, items);
    }

    private static List<ModuleProgress> plannerView(Map<String, MentorProgress> entries, Clock clock) {
        return entries.values().stream().map(entry -> entry.toPlanner(clock.getZone())).toList();
    }
}
