package org.leerwerkplek.companies.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times pages of the company list on a running server for {@code bench/companies.sh}: per
 * scenario WARMUP untimed requests, then RUNS timed ones (one at a time, kept-alive connection),
 * printed as a Markdown table with median, p95 and maximum in milliseconds.
 *
 * <pre>java -cp ... org.leerwerkplek.companies.bench.CompanyListTimer BASE_URL ADMIN ADMIN_PASSWORD ADVISOR ADVISOR_PASSWORD WARMUP RUNS</pre>
 *
 * REST scenarios go through {@code GET /api/v1/companies} with HTTP Basic, so each includes one
 * password check (PBKDF2); the first row times an API call that does next to nothing, to show that
 * share. JSF scenarios sign in once and post the list page's own Ajax requests (filter, sort, page).
 */
public final class CompanyListTimer {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's Content-Security-Policy nonce, which PrimeFaces' script sends back with every form of the page. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private String lastNonce;
    private static final String TABLE = "listForm:companies";

    private final HttpClient http;
    private final String base;
    private final Random random = new Random(7);

    private CompanyListTimer(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = args[1];
        String adminPassword = args[2];
        String advisor = args[3];
        String advisorPassword = args[4];
        int warmup = Integer.parseInt(args[5]);
        int runs = Integer.parseInt(args[6]);
        CompanyListTimer timer = new CompanyListTimer(base);
        System.out.println("| scenario | rows on the page / total | median ms | p95 ms | max ms |");
        System.out.println("|---|---|---|---|---|");
        timer.rest("API baseline: GET /api/v1/companies/0 (password check + 404)", admin, adminPassword, warmup, runs,
                page -> "/api/v1/companies/0");
        timer.rest("API admin: province, sorted by name, pages 1-20", admin, adminPassword, warmup, runs,
                page -> "/api/v1/companies?province=ANTWERPEN&sort=name&order=asc&size=50&first=" + 50 * page);
        timer.rest("API admin: subsector + size class, sorted by city desc", admin, adminPassword, warmup, runs,
                page -> "/api/v1/companies?subsector=DAKWERKEN&sizeClass=FROM_5_TO_9&sort=city&order=desc&size=50&first="
                        + 50 * (page % 5));
        timer.rest("API admin: name contains a word, sorted by employees", admin, adminPassword, warmup, runs,
                page -> "/api/v1/companies?search=" + List.of("peeters", "dak", "claes", "beton").get(page % 4)
                        + "&sort=employees&order=desc&size=50&first=0");
        timer.rest("API advisor (own + visited): suitability, sorted by name", advisor, advisorPassword, warmup, runs,
                page -> "/api/v1/companies?suitability=GESCHIKT&sort=name&size=50&first=" + 50 * (page % 5));
        timer.rest("API advisor (own + visited): no filter, sorted by last change desc", advisor, advisorPassword,
                warmup, runs, page -> "/api/v1/companies?sort=updatedAt&order=desc&size=50&first=" + 50 * (page % 10));
        timer.faces(advisor, advisorPassword, warmup, runs);
    }

    private void rest(String name, String user, String password, int warmup, int runs, IntFunction<String> path)
            throws IOException, InterruptedException {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        long[] times = new long[runs];
        String shape = "";
        for (int i = 0; i < warmup + runs; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path.apply(random.nextInt(20))))
                    .header("Authorization", auth).header("Accept", "application/json").GET().build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200 && !path.apply(0).endsWith("/0")) {
                throw new IllegalStateException(name + ": HTTP " + response.statusCode() + " " + response.body());
            }
            if (i >= warmup) {
                times[i - warmup] = took;
            }
            shape = shape(response.body());
        }
        print(name, shape, times);
    }

    /** Signs in, opens the list page, then filters, sorts and pages through its Ajax requests. */
    private void faces(String user, String password, int warmup, int runs) throws IOException, InterruptedException {
        String login = get("/login.xhtml");
        post("/login.xhtml", Map.of("loginForm", "loginForm", "loginForm:username", user, "loginForm:password", password,
                "loginForm:submit", "", "jakarta.faces.ViewState", viewState(login)), false);
        String home = get("/index.xhtml");
        if (!home.contains("id=\"dueActions\"")) {
            throw new IllegalStateException("the start page did not list the due actions: " + home);
        }
        System.err.printf("start page of %s: %d due actions listed%n", user,
                home.split("companies/company.xhtml\\?id=", -1).length - 1);
        long[] opened = new long[runs];
        long[] filtered = new long[runs];
        long[] sorted = new long[runs];
        long[] paged = new long[runs];
        String[] provinces = {"ANTWERPEN", "OOST_VLAANDEREN", "WEST_VLAANDEREN", "LIMBURG", "VLAAMS_BRABANT"};
        String[] columns = {"name", "city", "suitability", "employees"};
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            String page = get("/companies/index.xhtml");
            long open = System.nanoTime() - start;
            if (!page.contains(TABLE)) {
                throw new IllegalStateException("the list page did not show the table: " + page.substring(0, 300));
            }
            String state = viewState(page);
            Map<String, String> filter = new LinkedHashMap<>();
            filter.put("jakarta.faces.partial.ajax", "true");
            filter.put("jakarta.faces.source", "filterForm:filter");
            filter.put("jakarta.faces.partial.execute", "filterForm");
            filter.put("jakarta.faces.partial.render", TABLE);
            filter.put("filterForm:filter", "filterForm:filter");
            filter.put("filterForm", "filterForm");
            filter.put("filterForm:search", "");
            filter.put("filterForm:province_input", provinces[i % provinces.length]);
            filter.put("filterForm:subsector_input", "");
            filter.put("filterForm:size_input", "");
            filter.put("filterForm:advisor", "");
            filter.put("filterForm:suitability_input", "");
            filter.put("jakarta.faces.ViewState", state);
            long filterTime = timed(filter);
            Map<String, String> sort = table(state);
            sort.put(TABLE + "_sorting", "true");
            sort.put(TABLE + "_sortKey", TABLE + ":" + columns[i % columns.length]);
            sort.put(TABLE + "_sortDir", i % 2 == 0 ? "1" : "-1");
            long sortTime = timed(sort);
            Map<String, String> next = table(state);
            next.put(TABLE + "_pagination", "true");
            next.put(TABLE + "_first", Integer.toString(25 * (1 + random.nextInt(8))));
            next.put(TABLE + "_rows", "25");
            long pageTime = timed(next);
            if (i >= warmup) {
                opened[i - warmup] = open;
                filtered[i - warmup] = filterTime;
                sorted[i - warmup] = sortTime;
                paged[i - warmup] = pageTime;
            }
        }
        print("JSF advisor: open /companies/index.xhtml (first 25 by name, whole page)", "25", opened);
        print("JSF advisor: filter by province (Ajax, count + first page)", "25", filtered);
        print("JSF advisor: sort a column (Ajax)", "25", sorted);
        print("JSF advisor: go to a later page (Ajax)", "25", paged);
    }

    private Map<String, String> table(String state) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", TABLE);
        form.put("jakarta.faces.partial.execute", TABLE);
        form.put("jakarta.faces.partial.render", TABLE);
        form.put(TABLE + "_encodeFeature", "true");
        form.put(TABLE + "_skipChildren", "true");
        form.put("listForm", "listForm");
        form.put("jakarta.faces.ViewState", state);
        return form;
    }

    private long timed(Map<String, String> form) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String answer = post("/companies/index.xhtml", form, true);
        long took = System.nanoTime() - start;
        if (!answer.contains("<partial-response") || answer.contains("<error>")) {
            throw new IllegalStateException("Ajax request failed: " + answer.substring(0, Math.min(600, answer.length())));
        }
        return took;
    }

    private String get(String path) throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            lastNonce = nonce.group(1);
        }
        return page;
    }

    private String post(String path, Map<String, String> given, boolean ajax) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(given);
        if (lastNonce != null) {
            form.put("primefaces.nonce", lastNonce);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state in the page: " + page.substring(0, Math.min(300, page.length())));
        }
        return m.group(1);
    }

    /** "50 / 4532" from a list answer; "" for anything else. */
    private static String shape(String json) {
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(json);
        if (!total.find()) {
            return "";
        }
        int rows = json.split("\"number\":", -1).length - 1;
        return rows + " / " + total.group(1);
    }

    private static void print(String name, String shape, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int p95 = (int) Math.ceil(0.95 * sorted.length) - 1;
        System.out.printf("| %s | %s | %.0f | %.0f | %.0f |%n", name, shape, sorted[sorted.length / 2] / 1e6,
                sorted[p95] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
