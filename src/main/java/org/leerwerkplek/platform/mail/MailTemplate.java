package org.leerwerkplek.platform.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mail text in one language, read from a template file: a subject, a plain-text body and an
 * HTML body (the content of {@code <body>}), with placeholders such as {@code {name}},
 * {@code {link}} and {@code {optOutLink}}.
 *
 * <p>The file format, in UTF-8:
 * <pre>
 * # comment lines at the top are ignored
 * subject: Your personal link
 * --- text
 * Dear {name}, ...
 * --- html
 * &lt;p&gt;Dear {name}, ...&lt;/p&gt;
 * </pre>
 * A placeholder is a name in braces (a letter, then letters or digits); other braces stay as
 * they are. Values are inserted as given in the subject (line breaks become spaces) and the
 * text part, and HTML-escaped in the HTML part.
 */
public record MailTemplate(String name, MailLanguage language, String subject, String text, String html) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    public MailTemplate {
        Objects.requireNonNull(name);
        Objects.requireNonNull(language);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(html);
    }

    /** Every placeholder name the template uses, in any part. */
    public Set<String> placeholders() {
        return placeholders(subject, text, html);
    }

    /** The placeholder names the subject uses. */
    public Set<String> subjectPlaceholders() {
        return placeholders(subject);
    }

    private static Set<String> placeholders(String... parts) {
        Set<String> names = new TreeSet<>();
        for (String part : parts) {
            Matcher matcher = PLACEHOLDER.matcher(part);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /**
     * Fills in the placeholders.
     *
     * @throws IllegalArgumentException when the template uses a placeholder that has no value;
     *                                  (or only {@code null}); values the template does not use are ignored
     */
    public RenderedMail render(Map<String, String> values) {
        Map<String, String> given = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                given.put(key, value);
            }
        });
        Set<String> missing = new TreeSet<>(placeholders());
        missing.removeAll(given.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Mail template " + name + " (" + language.code()
                    + ") needs a value for " + missing);
        }
        String renderedSubject = renderSubject(given);
        String renderedHtml = "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<title>" + escapeHtml(renderedSubject) + "</title>\n</head>\n<body>\n"
                + fill(html, given, MailTemplate::escapeHtml) + "\n</body>\n</html>\n";
        return new RenderedMail(renderedSubject, fill(text, given, v -> v), renderedHtml);
    }

    /**
     * Only the subject with its placeholders filled in (line breaks in values become spaces); a
     * placeholder without a value stays as it is (see {@link #render(Map)} for the check).
     */
    public String renderSubject(Map<String, String> values) {
        return fill(subject, values, v -> v.replaceAll("[\\r\\n]+", " "), true).strip();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escapeHtml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String fill(String part, Map<String, String> values, UnaryOperator<String> encode) {
        return fill(part, values, encode, false);
    }

    private static String fill(String part, Map<String, String> values, UnaryOperator<String> encode, boolean keepMissing) {
        Matcher matcher = PLACEHOLDER.matcher(part);
        StringBuilder out = new StringBuilder(part.length() + 64);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            String filled = value == null && keepMissing ? matcher.group() : encode.apply(value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
