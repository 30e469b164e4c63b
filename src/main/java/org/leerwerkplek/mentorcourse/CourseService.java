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
import org.leerwerkplek.platform.cluster.ClusterNotice;
import org.leerwerkplek.platform.cluster.DataGrid;

/**
 * The mentor course as loaded from the {@code mentor-course/} folder: read at start, reloadable
 * by an admin without a restart. A reload that finds problems still replaces the course with
 * what did load (a broken module is left out, the others stay), and keeps the problems to show.
 * An admin's reload on one instance reaches the others through the data grid ({@link #RELOADED}).
 */
@ApplicationScoped
public class CourseService {

    private static final Logger LOG = Logger.getLogger(CourseService.class.getName());

    /** The notice the other instances get when an admin reloaded the course on one. */
    static final String RELOADED = "mentorcourse.reload";

    @Inject
    CourseSettings settings;

    @Inject
    DataGrid grid;

    private final AtomicReference<CourseLoadResult> current =
            new AtomicReference<>(new CourseLoadResult(Optional.empty(), List.of()));

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        load();
    }

    void onReloadElsewhere(@Observes ClusterNotice notice) {
        if (notice.is(RELOADED)) {
            LOG.info("Mentor course: reloading, as an admin did on another instance");
            load();
        }
    }

    /** Reads the folder again, here and then on every other instance; returns what it found here. */
    public CourseLoadResult reload() {
        CourseLoadResult result = load();
        grid.tellOthers(RELOADED);
        return result;
    }

    /** Reads the folder again on this instance and returns what it found. */
    CourseLoadResult load() {
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
