package org.leerwerkplek.platform.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.leerwerkplek.platform.part.Part;

/**
 * The mail texts, one file per template and language on the class path (format in
 * {@link MailTemplate}): the platform's in {@code org/leerwerkplek/platform/mail/templates/}, each
 * part's in the {@code mail/} folder of its {@link Part#resourceFolder()}, e.g.
 * {@code org/leerwerkplek/<part>/mail/<name>_fr.txt}. A template is read once and kept.
 *
 * <p>To add a template to a part: write {@code <name>_nl.txt}, {@code <name>_fr.txt} and
 * {@code <name>_en.txt} in the part's {@code mail/} folder with the same placeholders, list the
 * name in the part's {@link Part#mailTemplates()}, and call
 * {@code MailOutbox.enqueue(..., "<name>", values)}. {@code MailTemplatesTest} checks every
 * template of {@link #shipped()} for all three languages.
 */
public final class MailTemplates {

    public static final String FOLDER = "org/leerwerkplek/platform/mail/templates/";

    /** The check mail an admin sends to test the SMTP settings. Values: {@code name}, {@code link}. */
    public static final String SMTP_TEST = "smtp-test";

    /** The platform's own templates, in {@link #FOLDER}. */
    public static final List<String> PLATFORM = List.of(SMTP_TEST);

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final ClassLoader loader;
    private final Map<String, MailTemplate> cache = new ConcurrentHashMap<>();
    private final Map<String, java.util.Set<String>> placeholders = new ConcurrentHashMap<>();
    private final Map<String, java.util.Set<String>> subjectPlaceholders = new ConcurrentHashMap<>();

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
        return cache.computeIfAbsent(name + "_" + language.code(),
                file -> read(name, language, folders().getOrDefault(name, FOLDER) + file + ".txt"));
    }

    /** Every template this product ships, the platform's and every part's; each has every language. */
    public static List<String> shipped() {
        return List.copyOf(folders().keySet());
    }

    /** The folder of each shipped template, by name. */
    static Map<String, String> folders() {
        Map<String, String> folders = new LinkedHashMap<>();
        PLATFORM.forEach(name -> folders.put(name, FOLDER));
        for (Part part : Part.all()) {
            for (String name : part.mailTemplates()) {
                String earlier = folders.putIfAbsent(name, part.resourceFolder() + "/mail/");
                if (earlier != null) {
                    throw new IllegalStateException("Two mail templates are called " + name + ": in " + earlier
                            + " and in " + part.resourceFolder() + "/mail/");
                }
            }
        }
        return folders;
    }

    /** Reads {@code name} in {@code language} and fills in {@code values}. */
    public RenderedMail render(String name, MailLanguage language, Map<String, String> values) {
        return template(name, language).render(values);
    }

    /**
     * The subject of {@code name} in {@code language} with {@code values} filled in, after checking
     * that every placeholder of the template has a value: what {@link #render} would refuse, this
     * refuses too, at the cost of the subject alone (the bodies are rendered when the mail is sent).
     *
     * @throws IllegalArgumentException for an unknown template or a placeholder without a value
     */
    public String checkedSubject(String name, MailLanguage language, Map<String, String> values) {
        return checkedSubject(name, language, values, null);
    }

    /**
     * As {@link #checkedSubject(String, MailLanguage, Map)}, with {@code rendered} (subjects by
     * template, language and the subject's values; {@code null}: none) for a batch of mails: mails
     * whose subjects have the same values share one rendering.
     */
    public String checkedSubject(String name, MailLanguage language, Map<String, String> values,
                                 Map<String, String> rendered) {
        MailTemplate template = template(name, language);
        String templateKey = name + "_" + language.code();
        java.util.Set<String> needed = placeholders.computeIfAbsent(templateKey, key -> template.placeholders());
        for (String placeholder : needed) {
            if (values.get(placeholder) == null) {
                java.util.Set<String> missing = new java.util.TreeSet<>(needed);
                missing.removeIf(p -> values.get(p) != null);
                throw new IllegalArgumentException("Mail template " + name + " (" + language.code()
                        + ") needs a value for " + missing);
            }
        }
        if (rendered == null) {
            return template.renderSubject(values);
        }
        StringBuilder key = new StringBuilder(templateKey);
        for (String placeholder : subjectPlaceholders.computeIfAbsent(templateKey, k -> template.subjectPlaceholders())) {
            key.append('\0').append(values.get(placeholder));
        }
        return rendered.computeIfAbsent(key.toString(), k -> template.renderSubject(values));
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
