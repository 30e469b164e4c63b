package org.leerwerkplek.platform.mail;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A template's values as one short text, for the {@code template_values} column of the outbox:
 * {@code name=value&name=value}, names sorted, both URL-encoded in UTF-8 ({@code null} values left out).
 */
final class TemplateValues {

    private TemplateValues() {
    }

    /** Values at least this long are looked up in an encoding's cache: texts that many mails share. */
    static final int CACHED_LENGTH = 24;
    /** Most values one cache holds. */
    static final int CACHE_SIZE = 4096;

    static String encode(Map<String, String> values) {
        return encode(values, new HashMap<>());
    }

    /**
     * As {@link #encode(Map)}, with {@code cache} (encoded by value) for long values: the texts many
     * mails of one batch share (a module's title and summary) are encoded once for all of them.
     */
    static String encode(Map<String, String> values, Map<String, String> cache) {
        StringBuilder out = new StringBuilder(256);
        new TreeMap<>(values).forEach((name, value) -> {
            if (value != null) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(encoded(value, cache));
            }
        });
        return out.toString();
    }

    private static String encoded(String value, Map<String, String> cache) {
        if (value.length() < CACHED_LENGTH) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        String known = cache.get(value);
        if (known != null) {
            return known;
        }
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        if (cache.size() < CACHE_SIZE) {
            cache.put(value, encoded);
        }
        return encoded;
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
