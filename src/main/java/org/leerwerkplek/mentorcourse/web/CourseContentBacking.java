package org.leerwerkplek.mentorcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leerwerkplek.mentorcourse.CourseService;
import org.leerwerkplek.mentorcourse.MentorScheduler;
import org.leerwerkplek.mentorcourse.content.ContentProblem;
import org.leerwerkplek.mentorcourse.content.CourseLoadResult;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.platform.web.FacesMessages;

/** The admin page of the mentor course ({@code /admin/course.xhtml}): modules, problems, reload, run the scheduler now. */
@Named("courseContent")
@RequestScoped
public class CourseContentBacking {

    @Inject
    CourseService courses;

    @Inject
    MentorScheduler scheduler;

    public void reload() {
        CourseLoadResult result = courses.reload();
        FacesMessages.info("admin.course.reloaded",
                result.course().map(c -> c.modules().size()).orElse(0), result.problems().size());
    }

    /** Delivers what is due to mentors now instead of at the next interval. */
    public void runNow() {
        scheduler.runNow().ifPresentOrElse(run -> FacesMessages.info("course.admin.ran", run.due(), run.mails()),
                () -> FacesMessages.error("course.admin.busy"));
    }

    public boolean isLoaded() {
        return courses.course().isPresent();
    }

    public List<CourseModule> getModules() {
        return courses.course().map(c -> c.modules()).orElse(List.of());
    }

    public List<ContentProblem> getProblems() {
        return courses.problems();
    }

    public String getFolder() {
        return courses.folder();
    }
}
