package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.platform.mail.MailValues;
import org.leerwerkplek.platform.persistence.Sql;
import org.leerwerkplek.platform.web.PublicUrl;

/**
 * The values of the course's mails, which the scheduler run queues by reference
 * ({@link MentorMails#queued}), given to the mail sender when it sends them: the mentor's name and
 * link key read now, in one query for the sender's batch, and the modules' texts as the course has them now
 * (a text changed between queuing and sending goes out changed; the course's texts are what the
 * module page shows too). A mail whose mentor is erased or gone, or whose module the course no
 * longer has, is withdrawn: it is left out of the answer and not sent. While the course is not
 * loaded (a content file that does not read) the look-up fails, and the mails wait.
 */
@ApplicationScoped
public class MentorMailValues implements MailValues {

    private static final Logger LOG = Logger.getLogger(MentorMailValues.class.getName());

    /** Mentors per query. */
    private static final int CHUNK = 500;

    @Inject
    DataSource dataSource;

    @Inject
    CourseService courses;

    @Inject
    PublicUrl publicUrl;

    @Override
    public Set<String> templates() {
        return Set.of(MentorMails.MODULE, MentorMails.REMINDER, MentorMails.DIGEST);
    }

    @Override
    public Map<String, Map<String, String>> values(Collection<String> references) {
        return values(dataSource, courses.course(), new MentorMails(publicUrl.base()), references);
    }

    /** {@link #values(Collection)} on {@code dataSource} with {@code course} as it is now; plain, for tests. */
    static Map<String, Map<String, String>> values(DataSource dataSource, Optional<Course> course, MentorMails mails,
                                                  Collection<String> references) {
        Map<String, MentorMails.Reference> parsed = new HashMap<>();
        for (String reference : references) {
            try {
                parsed.put(reference, MentorMails.Reference.parse(reference));
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "A queued course mail is withdrawn: " + e.getMessage());
            }
        }
        Map<String, Map<String, String>> values = new HashMap<>();
        if (parsed.isEmpty()) {
            return values;
        }
        if (course.isEmpty()) {  // not the mails' fault: they wait for a course that loads
            throw new IllegalStateException("The mentor course did not load; its queued mails wait until it does");
        }
        Map<Long, String[]> mentors = mentors(dataSource, parsed.values().stream()
                .map(MentorMails.Reference::mentorId).distinct().toList());
        parsed.forEach((text, reference) -> {
            String[] mentor = mentors.get(reference.mentorId());
            if (mentor != null) {
                boolean digest = reference.modules().size() > 1;
                mails.valuesOf(reference, digest, mentor[0], mentor[1], course.get()::module)
                        .ifPresent(found -> values.put(text, found));
            }
        });
        return values;
    }

    /** Name and link key of the mentors among {@code ids} that are not erased and have a key. */
    private static Map<Long, String[]> mentors(DataSource dataSource, List<Long> ids) {
        Map<Long, String[]> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            Sql.listByKeys(connection, "SELECT id, name, link_key FROM mentor WHERE erased_at IS NULL AND link_key IS NOT NULL"
                    + " AND id IN ({keys})", ids, CHUNK, row -> Map.entry(row.getLong(1),
                            new String[] {row.getString(2), row.getString(3)}))
                    .forEach(mentor -> found.put(mentor.getKey(), mentor.getValue()));
        } catch (SQLException e) {
            throw Sql.failed("Reading the mentors of queued course mails", e);
        }
        return found;
    }
}
