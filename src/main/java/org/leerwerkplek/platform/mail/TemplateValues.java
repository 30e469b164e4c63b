package org.leerwerkplek.platform.mail;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A template's values as one short text, for the {@code template_values} column of the outbox:
 * {@code name=value&name=value}, names sorted, both URL-encoded in UTF-8 ({@code null} values left out).
 */
final class TemplateValues {

    private TemplateValues() {
    }

    static String encode(Map<String, String> values) {
        StringBuilder out = new StringBuilder(256);
        new TreeMap<>(values).forEach((name, value) -> {
            if (value != null) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                encode(name, out);
                out.append('=');
                encode(value, out);
            }
        });
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Appends {@code text} as {@link java.net.URLEncoder#encode(String, java.nio.charset.Charset)}
     * in UTF-8 gives it (letters, digits and {@code .-*_} as they are, a space as {@code +}, every
     * other run of characters as the {@code %XX} of its UTF-8 bytes) without its allocations per
     * run: the outbox encodes the values of every mail it queues.
     */
    static void encode(String text, StringBuilder out) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isKept(c)) {
                out.append(c);
                i++;
            } else if (c == ' ') {
                out.append('+');
                i++;
            } else {
                int end = i + 1;
                while (end < length && !isKept(text.charAt(end)) && text.charAt(end) != ' ') {
                    end++;
                }
                if (end == i + 1 && c < 0x80) {
                    out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
                } else {
                    for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                    }
                }
                i = end;
            }
        }
    }

    private static boolean isKept(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '*'
                || c == '_';
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> values = new TreeMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Not template values: " + encoded);
            }
            values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
