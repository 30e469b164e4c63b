package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.CourseLoader;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.MailItem;
import org.leerwerkplek.mentorcourse.delivery.PlannedMail;
import org.leerwerkplek.platform.testing.MigratedDatabase;

/** The values of course mails queued by reference, read at sending from the mentor table on Derby. */
class MentorMailValuesTest {

    private static final Course COURSE = new CourseLoader().load(Path.of("mentor-course")).course().orElseThrow();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);
    private final MentorMails mails = new MentorMails("https://lwp.example");
    private MigratedDatabase database;

    @BeforeEach
    void migrate() throws Exception {
        database = new MigratedDatabase("mentor_mail_values");
    }

    @AfterEach
    void drop() throws Exception {
        database.close();
    }

    private void mentor(long id, String name, String key, boolean erased) throws Exception {
        database.execute("INSERT INTO mentor (id, email, name, language, mentor_role, base_training, frequency, focus,"
                + " status, confirmed_on, next_due_on, created_at, updated_at, row_version, link_key, erased_at) VALUES ("
                + id + ", 'm" + id + "@bouw.be', '" + name + "', 'NL', 'VAKMAN', FALSE, 'MONTHLY', 'BOTH', 'ACTIVE',"
                + " CAST('2026-03-12' AS DATE), CAST('2026-03-12' AS DATE), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, "
                + (key == null ? "NULL" : "'" + key + "'") + ", " + (erased ? "CURRENT_TIMESTAMP" : "NULL") + ")");
    }

    private String reference(long mentor, String... modules) {
        List<MailItem> items = java.util.Arrays.stream(modules)
                .map(id -> new MailItem(MailItem.Kind.DELIVERY, COURSE.module(id).orElseThrow(), DAY)).toList();
        return mails.queued(mentor, new PlannedMail(DAY, Language.NL, items), DAY).reference();
    }

    @Test
    void theValuesAreTheRenderedMailsAndAnErasedOrGoneMentorsMailIsWithdrawn() throws Exception {
        String key = MentorLinkToken.newKey();
        mentor(1, "Sofie", key, false);
        mentor(2, "", null, true);  // erased: no name, no key
        String one = reference(1, "feedback-geven");
        String digest = reference(1, "feedback-geven", "leertaken-plannen");
        String erased = reference(2, "feedback-geven");
        String gone = reference(3, "feedback-geven");

        Map<String, Map<String, String>> values = MentorMailValues.values(database.dataSource(), Optional.of(COURSE),
                mails, List.of(one, digest, erased, gone, "not a reference"));

        assertEquals(Set.of(one, digest), values.keySet());
        String token = MentorLinkToken.issue(key, 1, DAY);
        assertEquals(mails.planned(1, "Sofie", new PlannedMail(DAY, Language.NL, List.of(new MailItem(
                MailItem.Kind.DELIVERY, COURSE.module("feedback-geven").orElseThrow(), DAY))), token).values(), values.get(one));
        assertTrue(values.get(digest).get("items").contains("&m=leertaken-plannen"), values.get(digest).toString());
        IllegalStateException noCourse = assertThrows(IllegalStateException.class,
                () -> MentorMailValues.values(database.dataSource(), Optional.empty(), mails, List.of(one)),
                "no course loaded: the mails wait instead of being withdrawn");
        assertTrue(noCourse.getMessage().contains("did not load"), noCourse.getMessage());
    }
}
