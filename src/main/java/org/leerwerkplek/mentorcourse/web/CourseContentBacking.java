package org.leerwerkplek.mentorcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.leerwerkplek.mentorcourse.CourseService;
import org.leerwerkplek.mentorcourse.MentorScheduler;
import org.leerwerkplek.mentorcourse.content.ContentProblem;
import org.leerwerkplek.mentorcourse.content.CourseLoadResult;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.content.LocalizedText;
import org.leerwerkplek.platform.web.FacesMessages;
import org.leerwerkplek.platform.web.LocaleBacking;

/** The admin page of the mentor course ({@code /admin/course.xhtml}): modules, problems, reload, run the scheduler now. */
@Named("courseContent")
@RequestScoped
public class CourseContentBacking {

    @Inject
    CourseService courses;

    @Inject
    MentorScheduler scheduler;

    @Inject
    LocaleBacking locale;

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

    /**
     * A module as the page lists it: the title in the reader's language (Dutch on English pages,
     * with the language for {@code lang}), the focus and the languages as words.
     */
    public record ModuleRow(int order, String id, LocalizedText.Shown title, String focus, String languages,
                            int minutes) {
    }

    public List<ModuleRow> getRows() {
        Language reader = Language.forPage(locale.getLanguage());
        return getModules().stream().map(module -> new ModuleRow(module.order(), module.id(),
                module.title().forReader(reader).orElse(new LocalizedText.Shown(module.id(), reader)),
                FacesMessages.text("course.focus." + module.focus().name()),
                Arrays.stream(Language.values()).filter(module::isAvailableIn)
                        .map(language -> FacesMessages.text("course.languageName." + language.name()))
                        .collect(Collectors.joining(", ")),
                module.minutes())).toList();
    }

    public List<ContentProblem> getProblems() {
        return courses.problems();
    }

    public String getFolder() {
        return courses.folder();
    }
}
