package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.delivery.MailItem;
import org.leerwerkplek.platform.web.PublicUrl;

/** A mentor's calendar feed (iCalendar) by its personal link: the modules still to come. */
@ApplicationScoped
public class MentorCalendar {

    /** How many upcoming modules the calendar feed holds. */
    static final int CALENDAR_EVENTS = 12;

    private MentorLinks links;
    private MentorPlans plans;
    private PublicUrl publicUrl;
    private Clock clock;

    /** For the CDI proxy only. */
    protected MentorCalendar() {
    }

    @Inject
    public MentorCalendar(MentorLinks links, MentorPlans plans, PublicUrl publicUrl, Clock clock) {
        this.links = links;
        this.plans = plans;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** The calendar feed (iCalendar) of a link's mentor; empty for an unknown or expired link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> calendar(String token) {
        return links.byLink(token).map(mentor -> {
            Course course = plans.course().orElse(null);
            List<CalendarFeed.Event> events = course == null || mentor.getStatus() != MentorStatus.ACTIVE ? List.of()
                    : plans.planner(course).upcoming(mentor.preferences(), plans.plannerView(mentor),
                            plans.knelpuntenOf(mentor), CALENDAR_EVENTS)
                            .stream().map(item -> event(mentor, item, token)).toList();
            String name = course == null ? "Leerwerkplek" : course.title().in(mentor.getLanguage());
            return CalendarFeed.render(name, events, clock.instant());
        });
    }

    private CalendarFeed.Event event(Mentor mentor, MailItem item, String token) {
        return new CalendarFeed.Event("lwp-mentor-" + mentor.getId() + "-" + item.module().id(), item.dueOn(),
                item.module().title().in(mentor.getLanguage()),
                new MentorMails(publicUrl.base()).moduleLink(token, item.module().id()));
    }
}
