package org.leerwerkplek.mentorcourse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
        List<CourseModule> modules = planned.items().stream().map(MailItem::module).toList();
        Map<String, String> values = values(name, language, planned.isDigest(), modules, token);
        if (planned.isDigest()) {
            return new Mail("digest:" + mentorId + ":" + planned.sendOn(), DIGEST, mailLanguage(language), values);
        }
        MailItem item = planned.items().get(0);
        boolean delivery = item.kind() == MailItem.Kind.DELIVERY;
        return new Mail(itemKey(mentorId, item), delivery ? MODULE : REMINDER, mailLanguage(language), values);
    }

    /** The values of a module, reminder or digest mail ({@code digest}) about {@code modules}, with the personal link {@code token}. */
    private Map<String, String> values(String name, Language language, boolean digest, List<CourseModule> modules,
                                       String token) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("optOutLink", personalLink(token));
        if (digest) {
            values.put("link", personalLink(token));
            values.put("items", modules.stream()
                    .map(module -> "- " + module.title().in(language) + ": " + moduleLink(token, module.id()))
                    .collect(Collectors.joining("\n")));
            return values;
        }
        CourseModule module = modules.get(0);
        values.put("moduleTitle", module.title().in(language));
        values.put("summary", module.summary().in(language));
        values.put("minutes", String.valueOf(module.minutes()));
        values.put("link", moduleLink(token, module.id()));
        return values;
    }

    /** A mail queued by reference: what the outbox row holds instead of the template's values ({@link MentorMailValues}). */
    public record Queued(String dedupKey, String template, MailLanguage language, String reference) {
    }

    /**
     * The mail of a planned delivery, reminder or digest queued by reference, its personal link issued on
     * {@code day}: the same key, template and language as {@link #planned}; the reference is
     * {@code <mentor>;<day>;<language>;<module>[,<module>...]}, from which {@link #valuesOf} makes
     * {@link #planned}'s values when the mail is sent.
     */
    Queued queued(long mentorId, PlannedMail planned, LocalDate day) {
        StringBuilder reference = new StringBuilder(64).append(mentorId).append(';').append(day).append(';')
                .append(planned.language().name()).append(';');
        for (int i = 0; i < planned.items().size(); i++) {
            if (i > 0) {
                reference.append(',');
            }
            reference.append(planned.items().get(i).module().id());
        }
        MailLanguage language = mailLanguage(planned.language());
        if (planned.isDigest()) {
            return new Queued("digest:" + mentorId + ":" + planned.sendOn(), DIGEST, language, reference.toString());
        }
        MailItem item = planned.items().get(0);
        return new Queued(itemKey(mentorId, item), item.kind() == MailItem.Kind.DELIVERY ? MODULE : REMINDER, language,
                reference.toString());
    }

    /** A reference of {@link #queued}, read back. */
    record Reference(long mentorId, LocalDate day, Language language, List<String> modules) {

        /** @throws IllegalArgumentException when {@code text} is not a reference of {@link #queued} */
        static Reference parse(String text) {
            String[] parts = text.split(";", -1);
            if (parts.length != 4 || parts[3].isEmpty()) {
                throw new IllegalArgumentException("Not a course mail reference: " + text);
            }
            try {
                return new Reference(Long.parseLong(parts[0]), LocalDate.parse(parts[1]), Language.valueOf(parts[2]),
                        List.of(parts[3].split(",")));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Not a course mail reference: " + text, e);
            }
        }
    }

    /**
     * The values of a mail queued by reference, made when it is sent: the mentor's name and link key as
     * they are now, the modules' texts as the course has them now; the personal link is the one
     * {@link #planned} would have put in on the reference's day. Empty when the mail can no longer be
     * made: a module the course no longer has.
     *
     * @param digest whether the mail's template is the digest
     */
    Optional<Map<String, String>> valuesOf(Reference reference, boolean digest, String name, String linkKey,
                                           Function<String, Optional<CourseModule>> modules) {
        List<CourseModule> found = new ArrayList<>(reference.modules().size());
        for (String id : reference.modules()) {
            Optional<CourseModule> module = modules.apply(id);
            if (module.isEmpty()) {
                return Optional.empty();
            }
            found.add(module.get());
        }
        String token = MentorLinkToken.issue(linkKey, reference.mentorId(), reference.day());
        return Optional.of(values(name, reference.language(), digest, found, token));
    }

    static String itemKey(long mentorId, MailItem item) {
        String kind = item.kind() == MailItem.Kind.DELIVERY ? "module" : "reminder";
        return kind + ":" + mentorId + ":" + item.module().id() + ":" + item.dueOn();
    }
}
