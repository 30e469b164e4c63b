package org.leerwerkplek.mentorcourse.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.content.Language;

/**
 * Decides which mail a mentor gets next and when. Plain logic with no I/O: the scheduler asks
 * {@link #dueNow} for each mentor, sends what it returns and records the dates in the mentor's
 * {@link ModuleProgress}.
 *
 * <p>The rules:
 * <ul>
 * <li><b>Which module.</b> The first module of {@link #sequence} that the mentor was not sent.
 *     A completion counts only for a module that was sent: one recorded without its mail (before
 *     the pages refused that) does not hold the module back. The sequence holds the modules that suit the mentor's focus and exist in
 *     the mentor's language: first those addressing the company's knelpunten (the first module
 *     of each knelpunt, in code order, then the second of each, and so on, without repeats),
 *     then the others in course order. With no module left, nothing more is delivered.</li>
 * <li><b>When.</b> The first module is due the day the mentor confirmed; each next one
 *     {@link Frequency#months()} months after the previous delivery.</li>
 * <li><b>Reminder.</b> A delivered module that is neither opened nor completed gets one reminder,
 *     due {@code reminderDays} days after its delivery.</li>
 * <li><b>One mail a week.</b> A mail goes at least {@value #DAYS_BETWEEN_MAILS} days after the
 *     previous one. Everything due by then goes in one digest mail. A reminder that falls due
 *     less than {@value #DAYS_BETWEEN_MAILS} days before the next delivery waits for it, so the
 *     rhythm of the deliveries never slips because of a reminder.</li>
 * </ul>
 * Days are taken in the clock's time zone.
 */
public final class DeliveryPlanner {

    /** The fewest days between two mails to the same mentor. */
    public static final int DAYS_BETWEEN_MAILS = 7;

    private final Course course;
    private final int reminderDays;
    private final Clock clock;
    /** {@link #sequence}s worked out so far: a run plans many mentors with few combinations. */
    private final Map<SequenceKey, List<CourseModule>> sequences = new ConcurrentHashMap<>();

    private record SequenceKey(Focus focus, Language language, Set<String> knelpunten) {
    }

    /**
     * @param course       the loaded course
     * @param reminderDays days after a delivery that an unopened module is reminded, from 1
     * @param clock        gives today
     */
    public DeliveryPlanner(Course course, int reminderDays, Clock clock) {
        if (reminderDays < 1) {
            throw new IllegalArgumentException("reminderDays must be at least 1, was " + reminderDays);
        }
        this.course = Objects.requireNonNull(course, "course");
        this.reminderDays = reminderDays;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The order in which modules come to a mentor of a company with {@code knelpunten}: only
     * modules that suit the mentor's focus and exist in the mentor's language; those addressing
     * the knelpunten first, then course order. Unknown knelpunt codes are ignored.
     */
    public List<CourseModule> sequence(MentorPreferences mentor, Set<String> knelpunten) {
        return sequences.computeIfAbsent(new SequenceKey(mentor.focus(), mentor.language(), Set.copyOf(knelpunten)),
                key -> sequence(key.focus(), key.language(), key.knelpunten()));
    }

    private List<CourseModule> sequence(Focus focus, Language language, Set<String> knelpunten) {
        List<List<CourseModule>> addressed = new TreeSet<>(knelpunten).stream().map(course::modulesFor).toList();
        Map<String, CourseModule> ordered = new LinkedHashMap<>();
        int longest = addressed.stream().mapToInt(List::size).max().orElse(0);
        for (int rank = 0; rank < longest; rank++) {
            for (List<CourseModule> modules : addressed) {
                if (rank < modules.size()) {
                    ordered.putIfAbsent(modules.get(rank).id(), modules.get(rank));
                }
            }
        }
        course.modules().forEach(module -> ordered.putIfAbsent(module.id(), module));
        return ordered.values().stream()
                .filter(module -> module.suits(focus) && module.isAvailableIn(language))
                .toList();
    }

    /**
     * The next mail for this mentor, due today or later, or empty when nothing more will come
     * (every suitable module was sent, and no reminder is pending).
     *
     * @param progress   one entry per module the mentor was sent, opened or completed
     * @param knelpunten the knelpunt codes of the mentor's company
     */
    public Optional<PlannedMail> next(MentorPreferences mentor, List<ModuleProgress> progress, Set<String> knelpunten) {
        Map<String, ModuleProgress> byModule = new HashMap<>();
        for (ModuleProgress entry : progress) {
            if (byModule.put(entry.moduleId(), entry) != null) {
                throw new IllegalArgumentException("two progress entries for module " + entry.moduleId());
            }
        }
        Optional<MailItem> delivery = nextDelivery(mentor, byModule, knelpunten);
        List<MailItem> due = new ArrayList<>();
        delivery.ifPresent(due::add);
        due.addAll(reminders(byModule));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        LocalDate firstDue = due.stream().map(MailItem::dueOn).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate sendOn = lastMail(progress)
                .map(last -> max(firstDue, last.plusDays(DAYS_BETWEEN_MAILS)))
                .orElse(firstDue);
        if (delivery.isPresent()) {
            LocalDate deliveryDue = delivery.get().dueOn();
            if (deliveryDue.isAfter(sendOn) && deliveryDue.isBefore(sendOn.plusDays(DAYS_BETWEEN_MAILS))) {
                sendOn = deliveryDue;
            }
        }
        LocalDate day = sendOn;
        List<MailItem> items = due.stream().filter(item -> !item.dueOn().isAfter(day)).toList();
        return Optional.of(new PlannedMail(day, mentor.language(), items));
    }

    /** The next mail for this mentor if it is due today (or overdue); see {@link #next}. */
    public Optional<PlannedMail> dueNow(MentorPreferences mentor, List<ModuleProgress> progress, Set<String> knelpunten) {
        LocalDate today = LocalDate.now(clock);
        return next(mentor, progress, knelpunten).filter(mail -> !mail.sendOn().isAfter(today));
    }

    /**
     * The deliveries still to come, as far as they can be foreseen today: each as a
     * {@link MailItem.Kind#DELIVERY} item dated the day its mail goes, at most {@code limit}. It
     * assumes that every module from now on is opened the day it arrives (so no new reminders);
     * reminders already pending are taken into account where they delay a delivery.
     */
    public List<MailItem> upcoming(MentorPreferences mentor, List<ModuleProgress> progress, Set<String> knelpunten,
                                   int limit) {
        Map<String, ModuleProgress> simulated = new LinkedHashMap<>();
        progress.forEach(entry -> simulated.put(entry.moduleId(), entry));
        List<MailItem> upcoming = new ArrayList<>();
        for (int mails = 0; upcoming.size() < limit && mails < 4 * limit + 16; mails++) {
            Optional<PlannedMail> next = next(mentor, List.copyOf(simulated.values()), knelpunten);
            if (next.isEmpty()) {
                break;
            }
            LocalDate day = next.get().sendOn();
            for (MailItem reminder : next.get().reminders()) {
                simulated.computeIfPresent(reminder.module().id(), (id, entry) -> entry.remindedOn(day));
            }
            next.get().delivery().ifPresent(delivery -> {
                upcoming.add(new MailItem(MailItem.Kind.DELIVERY, delivery.module(), day));
                simulated.put(delivery.module().id(), ModuleProgress.delivered(delivery.module().id(), day).openedOn(day));
            });
        }
        return upcoming;
    }

    private Optional<MailItem> nextDelivery(MentorPreferences mentor, Map<String, ModuleProgress> byModule,
                                            Set<String> knelpunten) {
        LocalDate due = byModule.values().stream()
                .flatMap(entry -> entry.deliveredOn().stream())
                .max(Comparator.naturalOrder())
                .map(mentor.frequency()::after)
                .orElse(mentor.confirmedOn());
        return sequence(mentor, knelpunten).stream()
                .filter(module -> !isSent(byModule.get(module.id())))
                .findFirst()
                .map(module -> new MailItem(MailItem.Kind.DELIVERY, module, due));
    }

    private static boolean isSent(ModuleProgress entry) {
        return entry != null && entry.deliveredOn().isPresent();
    }

    private List<MailItem> reminders(Map<String, ModuleProgress> byModule) {
        List<MailItem> reminders = new ArrayList<>();
        for (ModuleProgress entry : byModule.values()) {
            if (entry.deliveredOn().isEmpty() || entry.remindedOn().isPresent() || entry.isOpened()) {
                continue;
            }
            course.module(entry.moduleId()).ifPresent(module -> reminders.add(new MailItem(
                    MailItem.Kind.REMINDER, module, entry.deliveredOn().get().plusDays(reminderDays))));
        }
        reminders.sort(Comparator.comparing(MailItem::dueOn).thenComparingInt(item -> item.module().order()));
        return reminders;
    }

    private static Optional<LocalDate> lastMail(List<ModuleProgress> progress) {
        return progress.stream()
                .flatMap(entry -> Stream.concat(entry.deliveredOn().stream(), entry.remindedOn().stream()))
                .max(Comparator.naturalOrder());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
