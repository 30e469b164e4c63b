package org.leerwerkplek.platform.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One application gauge at {@code /metrics}: its name ({@code lwp.<what>}, dots between words; the
 * scrape shows it with underscores), what it tells an operator, its unit and its tags. Tags must
 * come from a small fixed set of values (a state, a kind), never an id, a name or an address.
 *
 * @param name        e.g. {@code lwp.outbox.queued}
 * @param description one line for the scrape's {@code # HELP}
 * @param unit        how the value counts
 * @param tags        tag name to value; empty for none
 */
public record GaugeSpec(String name, String description, Unit unit, Map<String, String> tags) {

    private static final Pattern NAME = Pattern.compile("lwp(\\.[a-z][a-z0-9_]*)+");
    private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9_]*");

    /** How a gauge counts. */
    public enum Unit {
        /** A number of things (mails, jobs, invitees). */
        COUNT,
        /** An age or a duration in seconds. */
        SECONDS
    }

    public GaugeSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A gauge is named lwp.<word>.<word>... in lower case: " + name);
        }
        Objects.requireNonNull(description);
        Objects.requireNonNull(unit);
        tags = Map.copyOf(tags);
        tags.forEach((key, value) -> {
            if (!TAG.matcher(key).matches() || !TAG.matcher(value).matches()) {
                throw new IllegalArgumentException("A tag and its value are lower-case words: " + key + "=" + value);
            }
        });
    }

    /** A count without tags. */
    public static GaugeSpec count(String name, String description) {
        return new GaugeSpec(name, description, Unit.COUNT, Map.of());
    }

    /** A count with one tag. */
    public static GaugeSpec count(String name, String description, String tag, String value) {
        return new GaugeSpec(name, description, Unit.COUNT, Map.of(tag, value));
    }

    /** An age or a duration in seconds, without tags. */
    public static GaugeSpec seconds(String name, String description) {
        return new GaugeSpec(name, description, Unit.SECONDS, Map.of());
    }
}
