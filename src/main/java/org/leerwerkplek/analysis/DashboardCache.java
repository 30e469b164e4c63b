package org.leerwerkplek.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The dashboards computed lately, one per selection (instrument, version, wave, data, subgroup,
 * weighting, language), each valid for the responses it was computed from. The dashboard of the
 * 305 demo responses takes about a second to compute (every frequency, cross-tab and co-choice
 * table); analysts open the same few selections again and again, and the responses change only when
 * one is submitted or removed. A selection is computed again when the {@link ResponseTable} it was
 * computed from has been replaced (the analysis reads a new one after a change); the least recently
 * used dashboard goes when more than {@code capacity} are kept.
 */
public final class DashboardCache {

    /** What the dashboard page shows of one selection: the tables, which respondents they count and why. */
    public record View(Dashboard model, List<String> scope, String counted, boolean nothingSubmitted) {
    }

    private record Entry(ResponseTable table, View view) {
    }

    private final Map<Selection, Entry> entries;

    public DashboardCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Selection, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The view of {@code selection} over {@code table}: the one computed before for this very table,
     * else {@code compute}'s (kept; a computation that fails is not).
     */
    public View get(Selection selection, ResponseTable table, Supplier<View> compute) {
        synchronized (entries) {
            Entry entry = entries.get(selection);
            if (entry != null && entry.table() == table) {
                return entry.view();
            }
        }
        View view = compute.get();
        synchronized (entries) {
            entries.put(selection, new Entry(table, view));
        }
        return view;
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
