package org.leerwerkplek.companies.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.leerwerkplek.platform.mail.MailLanguage;

/**
 * The mails to an applicant, in its language: the confirmation link (double opt-in), the receipt
 * once confirmed, the advisor who took it, and its first visit. Each has a key unique per
 * application (the confirmation's per attempt), so nothing is sent twice. Templates in the part's
 * {@code mail/} folder.
 */
public final class ApplicationMails {

    /** Values: {@code name}, {@code company}, {@code link}, {@code hours}. */
    public static final String CONFIRM = "application-confirm";
    /** Values: {@code name}, {@code company}. */
    public static final String RECEIVED = "application-received";
    /** Values: {@code name}, {@code company}, {@code advisor}. */
    public static final String TAKEN = "application-taken";
    /** Values: {@code name}, {@code company}, {@code advisor}, {@code date}. */
    public static final String VISIT = "application-visit";

    /** A mail ready for the outbox. */
    public record Mail(String dedupKey, String template, MailLanguage language, Map<String, String> values) {
    }

    private final String publicUrl;

    public ApplicationMails(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    String confirmLink(String token) {
        return publicUrl + "/apply/confirm.xhtml?t=" + token;
    }

    static MailLanguage language(String code) {
        return switch (code) {
            case "fr" -> MailLanguage.FR;
            case "en" -> MailLanguage.EN;
            default -> MailLanguage.NL;
        };
    }

    /** A date as the applicant writes it: {@code 12 januari 2027}, {@code 12 janvier 2027}, {@code January 12, 2027}. */
    static String date(LocalDate date, String language) {
        Locale locale = "en".equals(language) ? Locale.UK : Locale.forLanguageTag(language + "-BE");
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    Mail confirm(long id, String name, String company, String language, String token, String tokenHash, long hours) {
        return new Mail("application-confirm:" + id + ":" + tokenHash.substring(0, 16), CONFIRM, language(language),
                values(name, company, "link", confirmLink(token), "hours", Long.toString(hours)));
    }

    Mail received(long id, String name, String company, String language) {
        return new Mail("application-received:" + id, RECEIVED, language(language), values(name, company));
    }

    Mail taken(long id, String name, String company, String language, String advisor) {
        return new Mail("application-taken:" + id, TAKEN, language(language), values(name, company, "advisor", advisor));
    }

    Mail visit(long id, String name, String company, String language, String advisor, LocalDate date) {
        return new Mail("application-visit:" + id, VISIT, language(language),
                values(name, company, "advisor", advisor, "date", date(date, language)));
    }

    private static Map<String, String> values(String name, String company, String... more) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("company", company);
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return values;
    }
}
