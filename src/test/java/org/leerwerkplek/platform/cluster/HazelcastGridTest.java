package org.leerwerkplek.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.security.RateLimiter;

/**
 * Two Hazelcast members in this JVM, as two Payara Micro nodes have them: on 127.0.0.1 only, TCP/IP
 * member list (no multicast), ports from 5720 and a cluster name of their own, so that no other
 * cluster on the machine is joined.
 */
class HazelcastGridTest {

    private static HazelcastInstance memberA;
    private static HazelcastInstance memberB;
    private static final BlockingQueue<String> heardByA = new LinkedBlockingQueue<>();
    private static final BlockingQueue<String> heardByB = new LinkedBlockingQueue<>();
    private static HazelcastGrid nodeA;
    private static HazelcastGrid nodeB;

    @BeforeAll
    static void startTwoMembers() {
        String cluster = "lwp-test-" + UUID.randomUUID();
        memberA = Hazelcast.newHazelcastInstance(config(cluster));
        memberB = Hazelcast.newHazelcastInstance(config(cluster));
        nodeA = new HazelcastGrid(memberA, heardByA::add);
        nodeB = new HazelcastGrid(memberB, heardByB::add);
    }

    private static Config config(String cluster) {
        Config config = new Config();
        config.setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getNetworkConfig().setPort(5720).setPortAutoIncrement(true).setPortCount(10);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (int port = 5720; port < 5730; port++) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + port);
        }
        config.getJetConfig().setEnabled(false);
        return config;
    }

    @AfterAll
    static void stop() {
        for (HazelcastInstance member : new HazelcastInstance[] {memberB, memberA}) {
            if (member != null) {
                member.shutdown();
            }
        }
    }

    @Test
    void theTwoMembersFormOneCluster() {
        assertEquals(2, nodeA.members());
        assertTrue(nodeA.shared());
    }

    @Test
    void aValueUpdatedOnOneNodeIsSeenAndUpdatedOnTheOther() {
        String key = UUID.randomUUID().toString();
        assertEquals("a", nodeA.update("test", key, old -> old == null ? "a" : old + "a", Duration.ofMinutes(1)));
        assertEquals("ab", nodeB.update("test", key, old -> old == null ? "b" : old + "b", Duration.ofMinutes(1)));
        assertNull(nodeA.update("test", key, old -> null, Duration.ofMinutes(1)));
        assertEquals("b", nodeB.update("test", key, old -> old == null ? "b" : old + "b", Duration.ofMinutes(1)));
    }

    @Test
    void updatesFromBothNodesAtOnceLoseNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> work = List.of(adding(nodeA, key), adding(nodeB, key), adding(nodeA, key), adding(nodeB, key));
            for (Future<Void> done : threads.invokeAll(work)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals("200", nodeA.update("counter", key, old -> old, Duration.ofMinutes(1)),
                "four threads on two nodes added 50 each under the key's lock");
    }

    private static Callable<Void> adding(HazelcastGrid node, String key) {
        return () -> {
            for (int i = 0; i < 50; i++) {
                node.update("counter", key, old -> String.valueOf(old == null ? 1 : Long.parseLong(old) + 1), Duration.ofMinutes(1));
            }
            return null;
        };
    }

    @Test
    void aValueIsDroppedAfterItsKeepingTime() throws Exception {
        String key = UUID.randomUUID().toString();
        nodeA.update("short", key, old -> "x", Duration.ofSeconds(1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String seen = "x";
        while (seen != null && System.nanoTime() < deadline) {
            seen = memberB.<String, String>getMap(HazelcastGrid.MAPS + "short").get(key);
            Thread.sleep(100);
        }
        assertNull(seen, "gone within ten seconds of a one-second keeping time");
    }

    @Test
    void aNoticeReachesTheOtherNodeAndNotTheSender() throws Exception {
        heardByA.clear();
        heardByB.clear();
        nodeA.tellOthers("part.reload");
        assertEquals("part.reload", heardByB.poll(10, TimeUnit.SECONDS));
        nodeB.tellOthers("other.reload");
        assertEquals("other.reload", heardByA.poll(10, TimeUnit.SECONDS));
        assertTrue(heardByA.isEmpty(), "A did not hear its own notice");
        assertTrue(heardByB.isEmpty(), "B did not hear its own notice");
    }

    @Test
    void aRateLimitHoldsOverBothNodes() {
        String address = "10.1.2." + UUID.randomUUID().hashCode();
        RateLimiter onA = new RateLimiter("starts", 3, Duration.ofHours(1), Clock.systemUTC(), nodeA);
        RateLimiter onB = new RateLimiter("starts", 3, Duration.ofHours(1), Clock.systemUTC(), nodeB);
        assertTrue(onA.tryAcquire(address));
        assertTrue(onB.tryAcquire(address));
        assertTrue(onA.tryAcquire(address));
        assertFalse(onB.tryAcquire(address), "three starts in all, whichever node took them");
        assertFalse(onA.tryAcquire(address));
        assertTrue(onB.tryAcquire(address + "0"), "another address has its own bucket");
    }
}
