package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.mentorcourse.CourseRunStore.Delivered;
import org.leerwerkplek.mentorcourse.CourseRunStore.DueMentor;
import org.leerwerkplek.mentorcourse.CourseRunStore.NextDue;
import org.leerwerkplek.mentorcourse.delivery.DeliveryPlanner;
import org.leerwerkplek.mentorcourse.delivery.MailItem;
import org.leerwerkplek.mentorcourse.delivery.ModuleProgress;
import org.leerwerkplek.mentorcourse.delivery.PlannedMail;
import org.leerwerkplek.platform.mail.MailOutbox;
import org.leerwerkplek.platform.mail.MailReference;
import org.leerwerkplek.platform.persistence.Sql;

/**
 * The transactions of a scheduler run: for a group of due mentors, ask the planner what is due,
 * store each mentor's next due day (and link key) if its row is still as read, and for those
 * record each item in the progress (the record of what went, V43) and queue the mails with a link derived from
 * the mentor's key ({@link MentorLinkToken}, no row per link), all in one transaction and in JDBC
 * batches ({@link CourseRunStore}) on the transaction's connection. Whatever fails rolls the whole group back; the
 * scheduler then tries its mentors one by one. A second instance working on the same mentor at
 * the same moment finds the mentor's version moved on and leaves it (and the progress row's key,
 * its guarded updates and the outbox's unique dedup key would refuse a second one), so nothing goes twice.
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

    @Inject
    CourseRunStore store;

    /** A confirmed mentor that may have something due, and its company in the register if it has one. */
    public record Due(long mentorId, Optional<Long> companyId) {
    }

    /** The confirmed mentors that may have something due by {@code today}, in id order, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Due> due(LocalDate today) {
        return store.due(today);
    }

    /** How many confirmed mentors may have something due by {@code today}: {@link #due}'s size, in one count query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countDue(LocalDate today) {
        return em.createNamedQuery(Mentor.COUNT_DUE, Long.class).setParameter("today", today).getSingleResult();
    }

    /** One mentor planned: what is due now, and the next due day after it. */
    private record Plan(DueMentor mentor, List<ModuleProgress> progress, Optional<PlannedMail> mail, NextDue next) {
    }

    /**
     * Delivers what is due today to the mentors {@code ids} (in id order), in a transaction of its own.
     *
     * @param knelpunten the knelpunt codes per company of these mentors; a company left out has none
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome deliver(List<Long> ids, Map<Long, Set<String>> knelpunten, DeliveryPlanner planner,
                           MentorMails mails, Clock clock) {
        if (ids.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        LocalDate today = LocalDate.now(clock);
        try (Connection connection = store.transaction()) {
            return deliver(connection, ids, knelpunten, planner, mails, today, clock.getZone());
        } catch (SQLException e) {
            throw Sql.failed("Delivering to mentors", e);
        }
    }

    private Outcome deliver(Connection connection, List<Long> ids, Map<Long, Set<String>> knelpunten,
                            DeliveryPlanner planner, MentorMails mails, LocalDate today, ZoneId zone) {
        long first = Collections.min(ids);
        long last = Collections.max(ids);
        Set<Long> wanted = new HashSet<>(ids);
        Map<Long, List<ModuleProgress>> progress = store.progress(connection, first, last, zone);
        List<Plan> plans = new ArrayList<>();
        for (DueMentor mentor : store.dueMentors(connection, first, last, today)) {
            if (wanted.contains(mentor.id())) {
                plans.add(plan(mentor, progress.getOrDefault(mentor.id(), List.of()),
                        mentor.companyId().map(knelpunten::get).orElse(Set.of()), planner, today));
            }
        }
        boolean[] claimed = store.scheduleNext(connection, plans.stream().map(Plan::next).toList());
        List<Delivered> delivered = new ArrayList<>();
        List<Boolean> hadProgress = new ArrayList<>();
        List<MailReference> queued = new ArrayList<>();
        int mentors = 0;
        for (int i = 0; i < plans.size(); i++) {
            if (!claimed[i]) {
                continue;  // changed since it was read: by the mentor, or by a run elsewhere that decides its mail
            }
            mentors++;
            Plan plan = plans.get(i);
            if (plan.mail().isEmpty()) {
                continue;
            }
            DueMentor mentor = plan.mentor();
            MentorMails.Queued mail = mails.queued(mentor.id(), plan.mail().get(), today);
            Set<String> modules = new HashSet<>();
            plan.progress().forEach(entry -> modules.add(entry.moduleId()));
            for (MailItem item : plan.mail().get().items()) {
                delivered.add(new Delivered(mentor.id(), item));
                hadProgress.add(!modules.add(item.module().id()));
            }
            queued.add(new MailReference(mail.dedupKey(), mentor.email(), mail.language(), mail.template(), mail.reference()));
        }
        store.recordProgress(connection, delivered, hadProgress, today);
        outbox.enqueueReferences(queued);
        return new Outcome(mentors, queued.size(), delivered.size());
    }

    private static Plan plan(DueMentor mentor, List<ModuleProgress> progress, Set<String> knelpunten,
                             DeliveryPlanner planner, LocalDate today) {
        Optional<PlannedMail> due = planner.dueNow(mentor.preferences(), progress, knelpunten);
        List<ModuleProgress> after = due.map(mail -> sent(progress, mail, today)).orElse(progress);
        Optional<LocalDate> next = planner.next(mentor.preferences(), after, knelpunten).map(PlannedMail::sendOn);
        return new Plan(mentor, progress, due, new NextDue(mentor.id(), mentor.version(), next,
                mentor.linkKey().orElseGet(MentorLinkToken::newKey), mentor.linkKey().isEmpty()));
    }

    /** The progress after {@code mail} went on {@code day}: a delivery or reminder day is kept where one was recorded. */
    static List<ModuleProgress> sent(List<ModuleProgress> progress, PlannedMail mail, LocalDate day) {
        Map<String, ModuleProgress> byModule = new LinkedHashMap<>();
        progress.forEach(entry -> byModule.put(entry.moduleId(), entry));
        for (MailItem item : mail.items()) {
            String module = item.module().id();
            ModuleProgress entry = byModule.get(module);
            if (item.kind() == MailItem.Kind.DELIVERY) {
                byModule.put(module, entry == null ? ModuleProgress.delivered(module, day)
                        : entry.deliveredOn().isPresent() ? entry
                        : new ModuleProgress(module, Optional.of(day), entry.remindedOn(), entry.openedOn(), entry.completedOn()));
            } else {
                byModule.put(module, entry == null
                        ? new ModuleProgress(module, Optional.empty(), Optional.of(day), Optional.empty(), Optional.empty())
                        : entry.remindedOn().isPresent() ? entry : entry.remindedOn(day));
            }
        }
        return List.copyOf(byModule.values());
    }
}
