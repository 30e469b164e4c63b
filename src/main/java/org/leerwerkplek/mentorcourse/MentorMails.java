package org.leerwerkplek.mentorcourse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.leerwerkplek.mentorcourse.content.CourseModule;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.mentorcourse.delivery.MailItem;
import org.leerwerkplek.mentorcourse.delivery.PlannedMail;
import org.leerwerkplek.platform.mail.MailLanguage;

/**
 * The mails of the course: which template, which values and which dedup key a planned mail
 * becomes, and the personal links in it. Plain logic; the links start at the application's
 * public address.
 */
public final class MentorMails {

    /** The double opt-in. Values: {@code name}, {@code link}. Templates in this part's {@code mail/} folder. */
    static final String CONFIRM = "mentor-confirm";

    /**
     * The next module and the reminder of an unopened one. Values: {@code name},
     * {@code moduleTitle}, {@code summary}, {@code minutes}, {@code link}, {@code optOutLink}.
     */
    static final String MODULE = "mentor-module";
    static final String REMINDER = "mentor-reminder";

    /** Several course items in one mail. Values: {@code name}, {@code items}, {@code link}, {@code optOutLink}. */
    static final String DIGEST = "mentor-digest";

    /** A mail ready for the outbox. */
    public record Mail(String dedupKey, String template, MailLanguage language, Map<String, String> values) {
    }

    private final String publicUrl;

    MentorMails(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    String confirmLink(String token) {
        return publicUrl + "/course/confirm.xhtml?t=" + token;
    }

    String personalLink(String token) {
        return publicUrl + "/course/me.xhtml?t=" + token;
    }

    String moduleLink(String token, String moduleId) {
        return publicUrl + "/course/module.xhtml?t=" + token + "&m=" + moduleId;
    }

    static MailLanguage mailLanguage(Language language) {
        return MailLanguage.valueOf(language.name());
    }

    /** The confirmation mail of a registration; the key is unique per registration attempt. */
    Mail confirmation(long mentorId, String name, Language language, String link, String tokenHash) {
        return new Mail("mentor-confirm:" + mentorId + ":" + tokenHash.substring(0, 16), CONFIRM,
                mailLanguage(language), Map.of("name", name, "link", link));
    }

    /**
     * The mail of a planned delivery, reminder or digest, with the personal link {@code token}.
     * A single item's key is {@code module:<mentor>:<module>:<due>} (or {@code reminder:...});
     * a digest's is {@code digest:<mentor>:<send day>} (one mail a week at most).
     */
    Mail planned(long mentorId, String name, PlannedMail planned, String token) {
        Language language = planned.language();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("optOutLink", personalLink(token));
        if (planned.isDigest()) {
            values.put("link", personalLink(token));
            values.put("items", planned.items().stream()
                    .map(item -> "- " + item.module().title().in(language) + ": " + moduleLink(token, item.module().id()))
                    .collect(Collectors.joining("\n")));
            return new Mail("digest:" + mentorId + ":" + planned.sendOn(), DIGEST, mailLanguage(language), values);
        }
        MailItem item = planned.items().get(0);
        CourseModule module = item.module();
        values.put("moduleTitle", module.title().in(language));
        values.put("summary", module.summary().in(language));
        values.put("minutes", String.valueOf(module.minutes()));
        values.put("link", moduleLink(token, module.id()));
        boolean delivery = item.kind() == MailItem.Kind.DELIVERY;
        return new Mail(itemKey(mentorId, item), delivery ? MODULE : REMINDER, mailLanguage(language), values);
    }

    static String itemKey(long mentorId, MailItem item) {
        String kind = item.kind() == MailItem.Kind.DELIVERY ? "module" : "reminder";
        return kind + ":" + mentorId + ":" + item.module().id() + ":" + item.dueOn();
    }
}
