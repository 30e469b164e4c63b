package org.leerwerkplek.companies.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every filter of the company list and their combinations, each with every sort column, for
 * {@code bench/companies.sh}: per combination WARMUP untimed then RUNS timed requests of
 * {@code GET /api/v1/companies} (one at a time, kept-alive connection; direction alternates,
 * page drawn from the first ten pages of 50, filter values rotate), printed as a Markdown table
 * with the total, median and p95; then the worst p95, the target and the reference (the API call
 * that lists nothing, {@code GET /api/v1/companies/0}, timed before and after the matrix) with the
 * ratio.
 *
 * <pre>java -cp ... org.leerwerkplek.companies.bench.CompanyListMatrix BASE_URL ADMIN ADMIN_PASSWORD ADVISOR ADVISOR_PASSWORD WARMUP RUNS [ONLY]</pre>
 *
 * With the environment variable MATRIX_TRACE set to a file name, every request (untimed ones too) is
 * also written there as a CSV line: milliseconds since the matrix began when it was sent, how long
 * it took, whether it was timed, the combination and the path; to see whether the slow requests
 * cluster in time (a pause of the server or of the machine) or follow a query.
 *
 * ONLY (a regular expression) keeps the combinations whose name contains a match, e.g. {@code subsector.*size}.
 * The filters an admin gets are none, each of the six (search, province, subsector, size class,
 * advisor, suitability), every pair and all six; an advisor (visibility through its reach) gets
 * none and each of the six. Sort columns: the eight the list offers.
 */
public final class CompanyListMatrix {

    static final double TARGET_MS = 150;
    private static final List<String> SORTS = List.of("name", "number", "city", "province", "employees", "advisor",
            "suitability", "updatedAt");
    private static final Map<String, List<String>> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("search", List.of("peeters", "dak", "claes", "beton", "bouw", "janssens"));
        VALUES.put("province", List.of("ANTWERPEN", "OOST_VLAANDEREN", "LIMBURG", "HENEGOUWEN", "LUIK"));
        VALUES.put("subsector", List.of("DAKWERKEN", "RUWBOUW", "SCHRIJNWERK", "INSTALLATIE"));
        VALUES.put("sizeClass", List.of("FROM_5_TO_9", "FROM_0_TO_4", "FROM_10_TO_19", "FROM_20_TO_49"));
        VALUES.put("advisor", List.of("adviseur-01", "adviseur-02", "adviseur-03", "adviseur-04"));
        VALUES.put("suitability", List.of("GESCHIKT", "GESCHIKT_MET_ONDERSTEUNING", "NOG_NIET_GESCHIKT"));
    }

    /**
     * HTTP/1.1 on a kept-alive connection, as a browser talks to a server without TLS: the client's
     * default, an upgrade to HTTP/2 (h2c), ended twice after 64 combinations (about 780 requests)
     * on "EOF reached while reading" in Http2Connection, which stopped the run.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final Random random = new Random(17);

    private CompanyListMatrix(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    record Combination(String caller, List<String> filters, String sort) {
        String name() {
            return caller + ": " + (filters.isEmpty() ? "no filter" : String.join(" + ", filters)) + ", by " + sort;
        }
    }

    static List<Combination> combinations() {
        List<String> names = new ArrayList<>(VALUES.keySet());
        List<List<String>> admin = new ArrayList<>();
        admin.add(List.of());
        names.forEach(n -> admin.add(List.of(n)));
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                admin.add(List.of(names.get(i), names.get(j)));
            }
        }
        admin.add(names);
        List<List<String>> advisor = new ArrayList<>();
        advisor.add(List.of());
        names.forEach(n -> advisor.add(List.of(n)));
        List<Combination> all = new ArrayList<>();
        for (List<String> filters : admin) {
            SORTS.forEach(s -> all.add(new Combination("admin", filters, s)));
        }
        for (List<String> filters : advisor) {
            SORTS.forEach(s -> all.add(new Combination("advisor", filters, s)));
        }
        return all;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = auth(args[1], args[2]);
        String advisor = auth(args[3], args[4]);
        int warmup = Integer.parseInt(args[5]);
        int runs = Integer.parseInt(args[6]);
        Pattern only = args.length > 7 && !args[7].isEmpty() ? Pattern.compile(args[7]) : null;
        CompanyListMatrix matrix = new CompanyListMatrix(base);
        String traceFile = System.getenv("MATRIX_TRACE");
        PrintWriter trace = traceFile == null || traceFile.isEmpty() ? null
                : new PrintWriter(Files.newBufferedWriter(Path.of(traceFile), StandardCharsets.UTF_8));
        if (trace != null) {
            trace.println("sent_ms,took_ms,timed,combination,path");
        }
        long began = System.nanoTime();
        if (trace != null) {
            System.out.println("trace: " + traceFile + ", sent_ms counted from " + java.time.Instant.now());
        }
        long[] before = matrix.reference(admin, warmup, runs);
        System.out.println("| caller: filters, sort | rows / total | median ms | p95 ms |");
        System.out.println("|---|---|---|---|");
        double worst = 0;
        String worstName = "";
        int count = 0;
        int over = 0;
        for (Combination c : combinations()) {
            if (only != null && !only.matcher(c.name()).find()) {
                continue;
            }
            long[] times = new long[runs];
            String shape = "";
            for (int i = 0; i < warmup + runs; i++) {
                int turn = matrix.random.nextInt(1000);
                String path = "/api/v1/companies?" + c.filters().stream()
                        .map(f -> f + "=" + URLEncoder.encode(pick(f, turn), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&", "", c.filters().isEmpty() ? "" : "&"))
                        + "sort=" + c.sort() + "&order=" + (i % 2 == 0 ? "asc" : "desc")
                        + "&size=50&first=" + 50 * (turn % 10);
                long start = System.nanoTime();
                HttpResponse<String> response = matrix.get(path, c.caller().equals("admin") ? admin : advisor);
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(c.name() + ": " + path + " HTTP " + response.statusCode() + " "
                            + response.body());
                }
                if (i >= warmup) {
                    times[i - warmup] = took;
                }
                if (trace != null) {
                    trace.printf(Locale.ROOT, "%.1f,%.1f,%b,\"%s\",%s%n", (start - began) / 1e6, took / 1e6,
                            i >= warmup, c.name(), path);
                }
                shape = shape(response.body());
            }
            double p95 = p95(times);
            count++;
            if (p95 > TARGET_MS) {
                over++;
            }
            if (p95 > worst) {
                worst = p95;
                worstName = c.name();
            }
            System.out.printf("| %s | %s | %.0f | %.0f%s |%n", c.name(), shape, median(times), p95,
                    p95 > TARGET_MS ? " (over)" : "");
        }
        if (trace != null) {
            trace.close();
        }
        long[] after = matrix.reference(admin, warmup, runs);
        long[] reference = new long[before.length + after.length];
        System.arraycopy(before, 0, reference, 0, before.length);
        System.arraycopy(after, 0, reference, before.length, after.length);
        double referenceP95 = p95(reference);
        System.out.printf("combinations: %d, over the target: %d%n", count, over);
        System.out.printf("worst p95: %.0f ms (%s); target <= %.0f ms%n", worst, worstName, TARGET_MS);
        System.out.printf("reference GET /api/v1/companies/0 (signed in, lists nothing): median %.0f ms, p95 %.0f ms"
                        + " (before %.0f, after %.0f); ratio worst p95 / reference p95 %.1f%n",
                median(reference), referenceP95, p95(before), p95(after), worst / referenceP95);
    }

    private static String pick(String filter, int turn) {
        List<String> values = VALUES.get(filter);
        return values.get(turn % values.size());
    }

    private long[] reference(String auth, int warmup, int runs) throws IOException, InterruptedException {
        long[] times = new long[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            get("/api/v1/companies/0", auth);
            long took = System.nanoTime() - start;
            if (i >= warmup) {
                times[i - warmup] = took;
            }
        }
        return times;
    }

    private HttpResponse<String> get(String path, String auth) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String shape(String json) {
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(json);
        if (!total.find()) {
            return "";
        }
        return (json.split("\"number\":", -1).length - 1) + " / " + total.group(1);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
    }
}
