package org.leerwerkplek.platform.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An access request's answer as a readable HTML page to hand to the person: every object held
 * about them with its fields, all values escaped.
 */
public final class AccessReport {

    private AccessReport() {
    }

    /** @param texts the page's texts in the reader's language: title, intro, generated (with {0} the time), empty */
    public static String html(String email, List<PersonalRecord> records, Instant at, Map<String, String> texts,
                              String language) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(texts.get("title"))).append("</title>")
                .append("<style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1f2933}"
                        + "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}th,td{text-align:left;"
                        + "border-bottom:1px solid #ccd;padding:.3rem .5rem;vertical-align:top}th{width:30%}</style>")
                .append("</head><body><h1>").append(escape(texts.get("title"))).append("</h1><p>")
                .append(escape(texts.get("intro"))).append(" <strong>").append(escape(email)).append("</strong></p><p>")
                .append(escape(texts.get("generated").replace("{0}", at.toString()))).append("</p>");
        if (records.isEmpty()) {
            html.append("<p>").append(escape(texts.get("empty"))).append("</p>");
        }
        for (PersonalRecord record : records) {
            html.append("<h2>").append(escape(record.kind())).append(" ").append(escape(record.id())).append("</h2><table>");
            record.fields().forEach((field, value) -> html.append("<tr><th scope=\"row\">").append(escape(field))
                    .append("</th><td>").append(escape(value)).append("</td></tr>"));
            html.append("</table>");
        }
        return html.append("</body></html>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
