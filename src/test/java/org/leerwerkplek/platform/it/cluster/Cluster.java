package org.leerwerkplek.platform.it.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Payara Micro nodes clustered by their data grid (TCP/IP member list on 127.0.0.1, no multicast)
 * behind HAProxy with {@code deploy/haproxy.cfg}, all on loopback ports, as processes of their own:
 * the cluster test ({@code ClusterIT}) and the benchmark ({@code ClusterBench}) start, kill and
 * restart them. Each node inherits this JVM's environment (failsafe passes the same {@code LWP_*}
 * settings it gives Arquillian's Payara: database, SMTP, admin), with a data folder of its own and
 * the balancer's address as public address, so every link in a mail goes through the balancer.
 *
 * <p>Ports: node {@code i} (1-based) listens on {@code httpPort + i - 1} and on data grid port
 * {@code gridPort + i - 1}; the balancer on {@code httpPort + 8}, its statistics on {@code httpPort + 9}.
 */
public final class Cluster implements AutoCloseable {

    /** How long a node may take to start: two JVMs starting at once on two cores take a minute or more. */
    static final Duration START_LIMIT = Duration.ofSeconds(300);

    private final int nodes;
    private final int httpPort;
    private final int gridPort;
    private final String name;
    private final Path work;
    private final Map<Integer, Process> running = new LinkedHashMap<>();
    private final Map<Integer, Integer> starts = new LinkedHashMap<>();
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();
    private Process balancer;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * @param nodes    how many nodes the balancer knows (1 to 4)
     * @param httpPort the first node's HTTP port; see the class comment for the others
     * @param gridPort the first node's data grid port
     * @param work     folder for the nodes' data folders and the logs
     */
    public Cluster(int nodes, int httpPort, int gridPort, Path work) {
        if (nodes < 1 || nodes > 4) {
            throw new IllegalArgumentException("1 to 4 nodes: deploy/haproxy.cfg names four");
        }
        this.nodes = nodes;
        this.httpPort = httpPort;
        this.gridPort = gridPort;
        this.work = work;
        this.name = "lwp-cluster-" + httpPort;
    }

    /** An environment variable for every node started from now on (e.g. a setting of a test). */
    public Cluster environment(String key, String value) {
        extraEnvironment.put(key, value);
        return this;
    }

    public int nodes() {
        return nodes;
    }

    /** The balancer's address, the one users reach. */
    public URL url() {
        return url(httpPort + 8);
    }

    /** Node {@code node}'s own address, bypassing the balancer. */
    public URL nodeUrl(int node) {
        return url(httpPort + node - 1);
    }

    /** The value of the balancer's sticky cookie that sends a browser to node {@code node}. */
    public static String cookieOf(int node) {
        return "n" + node;
    }

    /** The log file of node {@code node}'s latest start. */
    public Path log(int node) {
        return work.resolve("node" + node + "-" + starts.getOrDefault(node, 1) + ".log");
    }

    /** Starts the nodes that are not running and the balancer, and waits until the balancer sees every node up. */
    public void start() throws IOException, InterruptedException {
        Files.createDirectories(work);
        for (int node = 1; node <= nodes; node++) {
            if (!running.containsKey(node)) {
                launch(node);
                if (node == 1 && nodes > 1) {
                    awaitStartupDone(node);
                }
            }
        }
        startBalancer();
        for (int node = 1; node <= nodes; node++) {
            awaitUp(node);
        }
    }

    /** Starts node {@code node} again (after {@link #kill}); returns at once, see {@link #awaitUp}. */
    public void restart(int node) throws IOException {
        launch(node);
    }

    /**
     * SIGKILL to node {@code node}'s JVM: no shutdown hook, no goodbye to the data grid. Returns when
     * the process is gone, with the moment the signal was sent.
     */
    public Instant kill(int node) throws InterruptedException {
        Process process = running.remove(node);
        if (process == null) {
            throw new IllegalStateException("node " + node + " is not running");
        }
        Instant signalled = Instant.now();
        process.destroyForcibly(); // on Linux, SIGKILL
        process.waitFor(30, TimeUnit.SECONDS);
        return signalled;
    }

    /**
     * Waits until node {@code node} has migrated the database and created the first admin (its mail
     * sender, which depends on that start-up, says it runs). The other nodes start after that: on an
     * empty database two nodes starting at the same moment both try to create the first admin and
     * the second stops (a unique user name) — a start-up race of the application, see the README.
     */
    private void awaitStartupDone(int node) throws IOException, InterruptedException {
        Instant until = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(until)) {
            if (Files.exists(log(node)) && Files.readString(log(node)).contains("Mail sender ")) {
                return;
            }
            Process process = running.get(node);
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + node + " stopped while starting (exit " + process.exitValue()
                        + "); its log: " + log(node) + "\n" + tail(log(node)));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node " + node + " did not finish its start-up within " + START_LIMIT);
    }

    /** Waits until the balancer reports node {@code node} UP (its readiness passed twice), failing after the limit. */
    public void awaitUp(int node) throws InterruptedException {
        Instant until = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(until)) {
            if ("UP".equals(states().get(cookieOf(node)))) {
                return;
            }
            Process process = running.get(node);
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("node " + node + " stopped while starting (exit " + process.exitValue()
                        + "); its log: " + log(node) + "\n" + tail(log(node)));
            }
            if (balancer != null && !balancer.isAlive()) {
                throw new IllegalStateException("HAProxy stopped; its log: " + work.resolve("haproxy.log") + "\n"
                        + tail(work.resolve("haproxy.log")));
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("node " + node + " not up behind the balancer within " + START_LIMIT
                + "; its log: " + log(node) + "\n" + tail(log(node)));
    }

    /** Per node (its cookie value, n1 ...) the balancer's view: UP, DOWN, or a transition such as "UP 1/2". */
    public Map<String, String> states() {
        try {
            HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (httpPort + 9)
                    + "/;csv")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> states = new LinkedHashMap<>();
            for (String line : csv.body().split("\n")) {
                String[] cells = line.split(",", -1);
                if (cells.length > 17 && cells[0].equals("lwp_nodes") && cells[1].startsWith("n")) {
                    states.put(cells[1], cells[17]);
                }
            }
            return states;
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private void launch(int node) throws IOException {
        starts.merge(node, 1, Integer::sum);
        Path data = work.resolve("data" + node);
        Files.createDirectories(data);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            members.add("127.0.0.1:" + (gridPort + i));
        }
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("lwp.war", "target/leerwerkplek.war"),
                "--contextroot", "/",
                "--port", String.valueOf(httpPort + node - 1),
                "--name", "node" + node,
                "--clustername", name,
                // The data grid: members found by a TCP/IP list (multicast off), listening on loopback only.
                "--clustermode", "tcpip:" + String.join(",", members),
                "--startport", String.valueOf(gridPort + node - 1),
                "--interfaces", "127.0.0.1",
                // Both nodes share one address here: without this, the grid keeps no backup of a
                // partition on a member of the same host, and a killed node would take its sessions along.
                "--nohostaware",
                "--disablephonehome");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log(node).toFile());
        builder.environment().put("LWP_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("LWP_PUBLIC_URL", trimmed(url()));
        builder.environment().putAll(extraEnvironment);
        running.put(node, builder.start());
    }

    private void startBalancer() throws IOException {
        if (balancer != null && balancer.isAlive()) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder("haproxy", "-db", "-f",
                System.getProperty("lwp.it.haproxyConfig", "deploy/haproxy.cfg"))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("haproxy.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("LWP_NODE") || key.startsWith("LWP_LB_"));
        env.put("LWP_LB_ADDR", "127.0.0.1");
        env.put("LWP_LB_PORT", String.valueOf(httpPort + 8));
        env.put("LWP_LB_STATS_PORT", String.valueOf(httpPort + 9));
        for (int node = 1; node <= nodes; node++) {
            env.put("LWP_NODE" + node, "127.0.0.1:" + (httpPort + node - 1));
        }
        try {
            balancer = builder.start();
        } catch (IOException e) {
            throw new IOException("HAProxy could not start: install Debian's haproxy (apt-get install -y haproxy)", e);
        }
    }

    /** Stops everything: the nodes by SIGTERM (SIGKILL after 20 s), then the balancer. */
    @Override
    public void close() throws InterruptedException {
        for (Process process : running.values()) {
            process.destroy();
        }
        for (Process process : running.values()) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        running.clear();
        if (balancer != null) {
            balancer.destroy();
            if (!balancer.waitFor(10, TimeUnit.SECONDS)) {
                balancer.destroyForcibly();
            }
        }
    }

    private static URL url(int port) {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String trimmed(URL url) {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
