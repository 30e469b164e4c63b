package org.leerwerkplek.platform.it.cluster;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leerwerkplek.platform.it.WebClient;

/**
 * An employer answering a questionnaire of text questions through its personal link, without a
 * browser: per page a GET, a pause, then the page's form POSTed with a text that names the
 * respondent and the page (its marker), with Next, and Submit on the last page. A page is
 * <em>acknowledged</em> when the server answered the POST with the next page (or the thank-you
 * page); only then does the respondent count its marker as saved. After anything else (no answer,
 * an error status, the expired page, the same page again) it retries once: opens its link again,
 * which resumes where its response was last saved, and answers that page. A failure right after a
 * retry is counted as such. Records the time of every GET and POST.
 */
public final class Respondent implements Runnable {

    private static final Pattern SECTION = Pattern.compile("data-section=\"([^\"]+)\"");
    private static final Pattern TEXT_INPUT = Pattern.compile("name=\"respondForm:([^\"]+:text)\"");

    /** One timed request: when it ended (ms since the epoch), how long it took (ms), whether it succeeded. */
    public record Timed(long endedAt, double millis, boolean ok, boolean post) {
    }

    private final URL base;
    private final String token;
    private final String name;
    private final long thinkMillis;
    private final Random random;
    private final long deadline;

    /** The markers of the pages the server acknowledged, in order. */
    public final List<String> acknowledged = new ArrayList<>();
    public final List<Timed> requests = new ArrayList<>();
    public final List<String> failures = new ArrayList<>();
    public boolean submitted;
    /** Failures that came right after a retry: a respondent that could not continue after one retry. */
    public int failedRetries;
    /** Where the balancer's cookie sent this respondent first (n1, n2 ...). */
    public String firstNode;

    /**
     * @param name     unique among the respondents of a run; part of every marker
     * @param think    mean pause between a page's GET and its POST, ms (0: none)
     * @param deadline System.currentTimeMillis() after which it stops where it is
     */
    public Respondent(URL base, String token, String name, long think, long seed, long deadline) {
        this.base = base;
        this.token = token;
        this.name = name;
        this.thinkMillis = think;
        this.random = new Random(seed);
        this.deadline = deadline;
    }

    /**
     * A questionnaire of {@code sections} pages with one text question each, as YAML for
     * {@code ItInstruments.write} ({@code %s} stands for its id).
     */
    public static String questionnaire(int sections) {
        StringBuilder yaml = new StringBuilder("""
                id: %s
                version: 1
                languages: [nl, fr]
                title: {nl: "Clustertest", fr: "Test de grappe"}
                sections:
                """);
        for (int s = 1; s <= sections; s++) {
            yaml.append("  - id: deel").append(s).append('\n')
                    .append("    title: {nl: \"Deel ").append(s).append("\", fr: \"Partie ").append(s).append("\"}\n")
                    .append("    questions:\n")
                    .append("      - code: T").append(s).append('\n')
                    .append("        type: text\n")
                    .append("        label: {nl: \"Opmerking ").append(s).append("\", fr: \"Remarque ").append(s)
                    .append("\"}\n");
        }
        return yaml.toString();
    }

    /** The marker typed into page {@code section} by this respondent. */
    public String marker(String section) {
        return name + "@" + section;
    }

    @Override
    public void run() {
        WebClient client = new WebClient(base, java.net.http.HttpClient.Version.HTTP_1_1);
        String link = "/respond.xhtml?t=" + token;
        boolean retrying = false;
        for (int step = 0; step < 40 && System.currentTimeMillis() < deadline; step++) {
            try {
                HttpResponse<String> page = timed(false, () -> client.get(link), r -> r.statusCode() == 200);
                if (firstNode == null) {
                    firstNode = client.cookie("LWPNODE").map(c -> c.getValue()).orElse("?");
                }
                if (page.statusCode() != 200) {
                    retrying = failed(retrying, "GET " + page.statusCode());
                    continue;
                }
                if (page.body().contains("id=\"thanks\"")) {
                    submitted = true;
                    return;
                }
                Matcher section = SECTION.matcher(page.body());
                if (!section.find() || !page.body().contains("id=\"respondForm\"")) {
                    retrying = failed(retrying, "GET without the questionnaire");
                    continue;
                }
                String current = section.group(1);
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher text = TEXT_INPUT.matcher(page.body());
                while (text.find()) {
                    fields.put(text.group(1), marker(current));
                }
                boolean last = page.body().contains("name=\"respondForm:submit\"");
                pause();
                String viewState = WebClient.viewState(page.body());
                HttpResponse<String> saved = timed(true, () -> client.post(link, "respondForm", fields,
                        last ? "submit" : "next", viewState), r -> r.statusCode() == 200);
                boolean moved = saved.statusCode() == 200 && (last ? saved.body().contains("id=\"thanks\"")
                        : moved(saved.body(), current));
                if (!moved) {
                    retrying = failed(retrying, "POST " + current + " " + saved.statusCode()
                            + (saved.body().contains("expired") ? " (expired)" : ""));
                    continue;
                }
                synchronized (this) {
                    acknowledged.add(marker(current));
                }
                retrying = false;
                if (last) {
                    submitted = true;
                    return;
                }
            } catch (Exception e) {
                retrying = failed(retrying, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private static boolean moved(String body, String from) {
        Matcher section = SECTION.matcher(body);
        return section.find() && !section.group(1).equals(from) && !body.contains("lwp-invalid");
    }

    private boolean failed(boolean retrying, String what) {
        synchronized (this) {
            failures.add(what);
            if (retrying) {
                failedRetries++;
            }
        }
        return true;
    }

    private void pause() throws InterruptedException {
        if (thinkMillis > 0) {
            Thread.sleep((long) (thinkMillis * (0.5 + random.nextDouble())));
        }
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private HttpResponse<String> timed(boolean post, Call call, java.util.function.Predicate<HttpResponse<String>> ok)
            throws Exception {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = call.send();
            record(start, ok.test(response), post);
            return response;
        } catch (Exception e) {
            record(start, false, post);
            throw e;
        }
    }

    private synchronized void record(long start, boolean ok, boolean post) {
        requests.add(new Timed(System.currentTimeMillis(), (System.nanoTime() - start) / 1e6, ok, post));
    }
}
