package org.leerwerkplek.platform.it.cluster;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.leerwerkplek.platform.it.Http11Api;
import org.leerwerkplek.platform.it.ItInstruments;
import org.leerwerkplek.platform.it.WebClient;

/**
 * The benchmark of {@code bench/cluster.sh}: respondents answering a six-page questionnaire
 * through HAProxy ({@link Respondent}, each worker starting a new personal link when it is done),
 * for DURATION seconds (after 30 s of the same load not counted, lwp.bench.warmUp) with one node, then with two nodes, then again with two nodes of which the
 * second is killed with SIGKILL a third of the way in. Prints per run the questionnaires completed,
 * the pages acknowledged per second, the requests per second and their p50/p95/p99 (GET and POST),
 * the failed requests; for the kill, the time from the kill until the last failed request (after it
 * every request succeeded) and when the balancer marked the node down.
 *
 * <p>Usage: {@code ClusterBench <httpPort> <gridPort> <users> <seconds> <thinkMillis> <admin> <password>},
 * with the database and admin settings in the environment (see {@code bench/cluster.sh}).
 */
public final class ClusterBench {

    /** Seconds of the same load before each measured run, not counted: a fresh JVM is several times slower at first. */
    private static final int WARM_UP = Integer.getInteger("lwp.bench.warmUp", 30);

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(args[0]);
        int gridPort = Integer.parseInt(args[1]);
        int users = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        long think = Long.parseLong(args[4]);
        String admin = args[5];
        String password = args[6];
        ItInstruments.Written instrument = ItInstruments.write("bench_", Respondent.questionnaire(6));
        Path work = Path.of("target", "bench-cluster");
        try {
            try (Cluster one = new Cluster(1, httpPort, gridPort, work.resolve("one"))) {
                one.start();
                run("warm-up, 1 node", one, null, instrument.id(), users, WARM_UP, think, admin, password);
                run("1 node", one, null, instrument.id(), users, seconds, think, admin, password);
            }
            try (Cluster two = new Cluster(2, httpPort, gridPort, work.resolve("two"))) {
                two.start();
                run("warm-up, 2 nodes", two, null, instrument.id(), users, WARM_UP, think, admin, password);
                run("2 nodes", two, null, instrument.id(), users, seconds, think, admin, password);
                run("2 nodes, node 2 killed at " + seconds / 3 + " s", two, 2, instrument.id(), users, seconds, think,
                        admin, password);
            }
        } finally {
            ItInstruments.remove(instrument.id());
        }
    }

    private static void run(String label, Cluster cluster, Integer victim, String instrument, int users, int seconds,
                            long think, String admin, String password) throws Exception {
        URL base = cluster.url();
        Http11Api api = new Http11Api(base);
        long start = System.currentTimeMillis();
        long deadline = start + seconds * 1000L;
        List<Respondent> done = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            int worker = u;
            pool.submit(() -> {
                for (int n = 0; System.currentTimeMillis() < deadline; n++) {
                    String token;
                    try {
                        HttpResponse<String> started = api.send("POST", "/api/v1/surveys/" + instrument + "/responses",
                                admin, password, "application/json", "{\"language\":\"nl\",\"channel\":\"LINK\"}");
                        if (started.statusCode() != 201) {
                            Thread.sleep(200);
                            continue;
                        }
                        token = WebClient.json(started).asJsonObject().getString("token");
                    } catch (Exception e) {
                        Thread.sleep(200);
                        continue;
                    }
                    Respondent respondent = new Respondent(base, token, "b" + worker + "-" + n, think,
                            worker * 1000L + n, deadline);
                    respondent.run();
                    done.add(respondent);
                }
                return null;
            });
        }
        long killedAt = 0;
        long downAt = 0;
        if (victim != null) {
            Thread.sleep(seconds * 1000L / 3);
            killedAt = cluster.kill(victim).toEpochMilli();
            while (System.currentTimeMillis() < killedAt + 30_000) {
                if (!"UP".equals(cluster.states().get(Cluster.cookieOf(victim)))) {
                    downAt = System.currentTimeMillis();
                    break;
                }
                Thread.sleep(50);
            }
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.currentTimeMillis() - start) / 1000.0;
        List<Respondent.Timed> all = new ArrayList<>();
        int pages = 0;
        int completed = 0;
        for (Respondent respondent : done) {
            all.addAll(respondent.requests);
            pages += respondent.acknowledged.size();
            completed += respondent.submitted ? 1 : 0;
        }
        List<Double> gets = all.stream().filter(t -> !t.post()).map(Respondent.Timed::millis).sorted().toList();
        List<Double> posts = all.stream().filter(Respondent.Timed::post).map(Respondent.Timed::millis).sorted().toList();
        long failed = all.stream().filter(t -> !t.ok()).count();
        System.out.printf(Locale.ROOT, "== %s: %d users, think %d ms, %.0f s, load average %s%n", label, users,
                think, elapsed, java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf(Locale.ROOT, "   questionnaires completed %d, pages acknowledged %d (%.1f/s), requests %d (%.1f/s), failed %d%n",
                completed, pages, pages / elapsed, all.size(), all.size() / elapsed, failed);
        System.out.printf(Locale.ROOT, "   page GET  p50 %.0f ms  p95 %.0f ms  p99 %.0f ms%n", pct(gets, 50), pct(gets, 95), pct(gets, 99));
        System.out.printf(Locale.ROOT, "   page POST p50 %.0f ms  p95 %.0f ms  p99 %.0f ms%n", pct(posts, 50), pct(posts, 95), pct(posts, 99));
        if (victim != null) {
            long kill = killedAt;
            long lastFailure = all.stream().filter(t -> !t.ok() && t.endedAt() >= kill)
                    .mapToLong(Respondent.Timed::endedAt).max().orElse(kill);
            long failedAfter = all.stream().filter(t -> !t.ok() && t.endedAt() >= kill).count();
            System.out.printf(Locale.ROOT, "   kill: balancer marked node %d down after %.1f s; %d requests failed after the kill,"
                            + " the last %.1f s after it; every request succeeded from then on%n", victim,
                    (downAt - killedAt) / 1000.0, failedAfter, (lastFailure - kill) / 1000.0);
            long retried = done.stream().filter(r -> !r.failures.isEmpty()).count();
            System.out.printf(Locale.ROOT, "   respondents with a failure: %d, failed again after one retry: %d%n", retried,
                    done.stream().mapToInt(r -> r.failedRetries).sum());
        }
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.round(p / 100.0 * (sorted.size() - 1))));
    }
}
