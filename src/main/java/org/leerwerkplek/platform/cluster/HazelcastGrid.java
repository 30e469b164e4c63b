package org.leerwerkplek.platform.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The grid over Payara's Hazelcast member: values in {@code IMap}s named {@code lwp.<map>},
 * updated under the map's lock on the key (only {@code String}s travel, so no class of this
 * application has to be known to the other members), and notices on the topic {@code lwp.notices}.
 * Only {@link PayaraDataGrid} loads this class, and only when Payara bound a Hazelcast instance.
 */
public final class HazelcastGrid implements DataGrid, AutoCloseable {

    static final String TOPIC = "lwp.notices";
    static final String MAPS = "lwp.";
    /** A lock whose holder died is released by Hazelcast; this bounds a lock whose holder hangs. */
    private static final long LOCK_LEASE_MS = 10_000;

    private final HazelcastInstance hazelcast;
    private final ITopic<String> notices;
    private final String sender = UUID.randomUUID().toString();
    private final UUID listener;

    /**
     * @param onNotice gets every notice another instance sends; called on a Hazelcast thread, so it
     *                 should hand the work on
     */
    public HazelcastGrid(HazelcastInstance hazelcast, Consumer<String> onNotice) {
        this.hazelcast = Objects.requireNonNull(hazelcast);
        this.notices = hazelcast.getTopic(TOPIC);
        this.listener = notices.addMessageListener(message -> {
            String text = message.getMessageObject();
            int cut = text == null ? -1 : text.indexOf('\n');
            if (cut > 0 && !text.substring(0, cut).equals(sender)) {
                onNotice.accept(text.substring(cut + 1));
            }
        });
    }

    /** The grid over {@code found} (what JNDI gave) when it is a running Hazelcast instance. */
    static Optional<HazelcastGrid> over(Object found, Consumer<String> onNotice) {
        if (found instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
            return Optional.of(new HazelcastGrid(instance, onNotice));
        }
        return Optional.empty();
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public String update(String map, String key, UnaryOperator<String> change, Duration keep) {
        IMap<String, String> values = hazelcast.getMap(MAPS + map);
        values.lock(key, LOCK_LEASE_MS, TimeUnit.MILLISECONDS);
        try {
            String next = change.apply(values.get(key));
            if (next == null) {
                values.delete(key);
            } else {
                values.set(key, next, Math.max(1, keep.toMillis()), TimeUnit.MILLISECONDS);
            }
            return next;
        } finally {
            values.unlock(key);
        }
    }

    @Override
    public void tellOthers(String notice) {
        notices.publish(sender + '\n' + notice);
    }

    /** How many members the cluster has now, this one included. */
    public int members() {
        return hazelcast.getCluster().getMembers().size();
    }

    /** Stops listening (the application is going away; the member stays, it is Payara's). */
    @Override
    public void close() {
        notices.removeMessageListener(listener);
    }
}
