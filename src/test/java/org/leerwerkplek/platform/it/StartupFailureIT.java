package org.leerwerkplek.platform.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot be reached ends the start with one line naming the setting to check,
 * rather than a running server without the application. Starts Payara Micro itself (no
 * Arquillian: the deployment is expected to fail).
 */
class StartupFailureIT {

    @Test
    void anUnreachableDatabaseStopsTheStartWithOneClearLine() throws Exception {
        Path output = Files.createTempFile("lwp-startup-failure", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("lwp.war"), "--contextroot", "/",
                "--noHazelcast", "--disablephonehome", "--port", String.valueOf(freePort()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("LWP_DB_URL", "jdbc:postgresql://127.0.0.1:1/unreachable");
        builder.environment().put("LWP_DATA_DIR", new File("target/it-startup-failure").getAbsolutePath());
        Process process = builder.start();

        boolean ended = process.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(output);

        assertTrue(ended, "the process ends by itself");
        assertEquals(3, process.exitValue(), String.join("\n", lines));
        List<String> explained = lines.stream().filter(l -> l.startsWith("Leerwerkplek cannot start: ")).toList();
        assertEquals(1, explained.size(), String.join("\n", lines));
        assertTrue(explained.get(0).contains("jdbc:postgresql://127.0.0.1:1/unreachable"), explained.get(0));
        assertTrue(explained.get(0).contains("LWP_DB_URL"), explained.get(0));
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
