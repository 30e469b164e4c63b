package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.leerwerkplek.mentorcourse.content.ContentProblem;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseLoadResult;
import org.leerwerkplek.mentorcourse.content.CourseLoader;

/**
 * The mentor course as loaded from the {@code mentor-course/} folder: read at start, reloadable
 * by an admin without a restart. A reload that finds problems still replaces the course with
 * what did load (a broken module is left out, the others stay), and keeps the problems to show.
 */
@ApplicationScoped
public class CourseService {

    private static final Logger LOG = Logger.getLogger(CourseService.class.getName());

    @Inject
    CourseSettings settings;

    private final AtomicReference<CourseLoadResult> current =
            new AtomicReference<>(new CourseLoadResult(Optional.empty(), List.of()));

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        reload();
    }

    /** Reads the folder again and returns what it found. */
    public CourseLoadResult reload() {
        CourseLoadResult result = new CourseLoader().load(settings.dir());
        current.set(result);
        result.course().ifPresent(c -> LOG.info(() -> "Mentor course '" + c.id() + "' loaded with "
                + c.modules().size() + " modules from " + settings.dir()));
        result.problems().forEach(p -> LOG.warning(() -> "Mentor course: " + p));
        return result;
    }

    public Optional<Course> course() {
        return current.get().course();
    }

    public List<ContentProblem> problems() {
        return current.get().problems();
    }

    public String folder() {
        return settings.dir().toString();
    }
}
