package org.leerwerkplek.platform.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The mail texts, one file per template and language on the class path:
 * {@code org/leerwerkplek/platform/mail/templates/<name>_<language>.txt} (format in
 * {@link MailTemplate}). A template is read once and kept.
 *
 * <p>To add a template: write {@code <name>_nl.txt}, {@code <name>_fr.txt} and
 * {@code <name>_en.txt} in that folder with the same placeholders, and call
 * {@code MailOutbox.enqueue(..., "<name>", values)}. {@code MailTemplatesTest} checks every
 * template in {@link #SHIPPED} for all three languages.
 */
public final class MailTemplates {

    public static final String FOLDER = "org/leerwerkplek/platform/mail/templates/";

    /** The check mail an admin sends to test the SMTP settings. Values: {@code name}, {@code link}. */
    public static final String SMTP_TEST = "smtp-test";

    /** The mentor course's double opt-in. Values: {@code name}, {@code link}. */
    public static final String MENTOR_CONFIRM = "mentor-confirm";

    /**
     * The mentor course's next module and the reminder of an unopened one. Values: {@code name},
     * {@code moduleTitle}, {@code summary}, {@code minutes}, {@code link}, {@code optOutLink}.
     */
    public static final String MENTOR_MODULE = "mentor-module";
    public static final String MENTOR_REMINDER = "mentor-reminder";

    /** Several mentor course items in one mail. Values: {@code name}, {@code items}, {@code link}, {@code optOutLink}. */
    public static final String MENTOR_DIGEST = "mentor-digest";

    /**
     * A fieldwork invitation. Values: {@code name} (the contact), {@code company}, {@code link}
     * (the personal answering link), {@code optOutLink}, {@code closingDate}.
     */
    public static final String INVITATION = "invitation";

    /** A fieldwork reminder; the same values as {@link #INVITATION}. */
    public static final String REMINDER = "reminder";

    /** The templates this product ships; each has every language. */
    public static final List<String> SHIPPED = List.of(SMTP_TEST, MENTOR_CONFIRM, MENTOR_MODULE, MENTOR_REMINDER,
            MENTOR_DIGEST, INVITATION, REMINDER);

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final ClassLoader loader;
    private final Map<String, MailTemplate> cache = new ConcurrentHashMap<>();

    public MailTemplates() {
        this(MailTemplates.class.getClassLoader());
    }

    public MailTemplates(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * The template {@code name} in {@code language}.
     *
     * @throws IllegalArgumentException for a name that is not a template, or a file that cannot be read
     */
    public MailTemplate template(String name, MailLanguage language) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a mail template name: " + name);
        }
        return cache.computeIfAbsent(name + "_" + language.code(), file -> read(name, language, FOLDER + file + ".txt"));
    }

    /** Reads {@code name} in {@code language} and fills in {@code values}. */
    public RenderedMail render(String name, MailLanguage language, Map<String, String> values) {
        return template(name, language).render(values);
    }

    private MailTemplate read(String name, MailLanguage language, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No mail template " + resource + " on the class path");
            }
            return parse(name, language, resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read mail template " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Parses the content of a template file; errors name the file and line. */
    static MailTemplate parse(String name, MailLanguage language, String file, String content) {
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        while (i < lines.length && (lines[i].isBlank() || lines[i].startsWith("#"))) {
            i++;
        }
        if (i == lines.length || !lines[i].startsWith("subject:")) {
            throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'subject: ...'");
        }
        String subject = lines[i].substring("subject:".length()).strip();
        if (subject.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + (i + 1) + ": the subject is empty");
        }
        int text = find(lines, i + 1, "--- text", file);
        int html = find(lines, text + 1, "--- html", file);
        String textPart = join(lines, text + 1, html);
        String htmlPart = join(lines, html + 1, lines.length);
        if (textPart.isEmpty() || htmlPart.isEmpty()) {
            throw new IllegalArgumentException(file + ": both the text and the html part need content");
        }
        return new MailTemplate(name, language, subject, textPart, htmlPart);
    }

    private static int find(String[] lines, int from, String marker, String file) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].strip().equals(marker)) {
                return i;
            }
        }
        throw new IllegalArgumentException(file + ": no line '" + marker + "' after line " + from);
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", Arrays.asList(lines).subList(from, to)).strip();
    }
}
