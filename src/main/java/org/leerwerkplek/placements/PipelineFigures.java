package org.leerwerkplek.placements;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The figures of the pipeline page, from the placements a caller may see: how many are in each
 * phase (and per province), the median number of days a placement spent in each phase, the stalled
 * ones, and how many reached "plaatsing baan".
 *
 * <p>Time in a phase counts only completed stays: from the move into the phase to the move out of it
 * (forward or back; a placement that comes back to a phase stays there twice). A placement's start
 * and the entry V27 wrote when it took over a company's phase have no real entry date, so the stay
 * that starts there is left out. A phase without completed stays has no median (empty).
 *
 * @param perPhase     placements now in each phase (every phase present, 0 when none)
 * @param perProvince  per province (its code, in alphabetical order), placements now in each phase
 * @param medianDays   per phase, the median of its completed stays in days (with fractions); empty without stays
 * @param stays        per phase, how many completed stays the median is taken over
 * @param stalled      the stalled placements, the longest held first
 * @param reachedJob   placements that reached "plaatsing baan" (now there or in aftercare, or once there and stepped back)
 * @param total        all placements counted
 */
public record PipelineFigures(Map<Phase, Long> perPhase, Map<String, Map<Phase, Long>> perProvince,
                              Map<Phase, OptionalDouble> medianDays, Map<Phase, Integer> stays,
                              List<Trace> stalled, long reachedJob, long total) {

    /** A placement's history as the figures read it. */
    public record Trace(long placementId, long companyId, String companyName, String province, Phase phase,
                        Instant phaseSince, List<Entry> entries) {

        public Trace {
            entries = List.copyOf(entries);
        }
    }

    /** A move into {@code to} at {@code at}; {@code counted} false for a start or a taken-over phase (no real entry date). */
    public record Entry(Phase to, Instant at, boolean counted) {
    }

    public static PipelineFigures of(List<Trace> traces, StalledRule rule, Instant now) {
        Map<Phase, Long> perPhase = zeros();
        Map<String, Map<Phase, Long>> perProvince = new TreeMap<>();
        Map<Phase, List<Double>> durations = new EnumMap<>(Phase.class);
        List<Trace> stalled = new ArrayList<>();
        long reached = 0;
        for (Trace trace : traces) {
            perPhase.merge(trace.phase(), 1L, Long::sum);
            perProvince.computeIfAbsent(Objects.requireNonNullElse(trace.province(), ""), p -> zeros())
                    .merge(trace.phase(), 1L, Long::sum);
            List<Entry> entries = trace.entries().stream().sorted(Comparator.comparing(Entry::at)).toList();
            for (int i = 0; i + 1 < entries.size(); i++) {
                Entry in = entries.get(i);
                if (in.counted()) {
                    double days = Duration.between(in.at(), entries.get(i + 1).at()).toSeconds() / 86_400.0;
                    durations.computeIfAbsent(in.to(), p -> new ArrayList<>()).add(days);
                }
            }
            boolean job = trace.phase().compareTo(Phase.PLAATSING_BAAN) >= 0
                    || entries.stream().anyMatch(e -> e.to().compareTo(Phase.PLAATSING_BAAN) >= 0);
            if (job) {
                reached++;
            }
            if (rule.stalled(trace.phase(), trace.phaseSince(), now)) {
                stalled.add(trace);
            }
        }
        stalled.sort(Comparator.comparing(Trace::phaseSince).thenComparing(Trace::placementId));
        Map<Phase, OptionalDouble> medians = new EnumMap<>(Phase.class);
        Map<Phase, Integer> stays = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            List<Double> list = durations.getOrDefault(phase, List.of());
            medians.put(phase, median(list));
            stays.put(phase, list.size());
        }
        return new PipelineFigures(perPhase, perProvince, medians, stays, stalled, reached, traces.size());
    }

    /** The median of {@code values}: the middle one, or the mean of the two middle ones; empty for none. */
    static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }

    private static Map<Phase, Long> zeros() {
        Map<Phase, Long> map = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            map.put(phase, 0L);
        }
        return map;
    }
}
