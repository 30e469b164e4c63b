package org.leerwerkplek.platform.mail;

import java.net.URLDecoder;
import java.net.URLEncoder;
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
                out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
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
