package org.leerwerkplek.platform.cluster;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * What the instances of one installation share beyond the database: small values updated
 * atomically by key, and notices to the other instances. With Payara's data grid on (several
 * nodes) it is Payara's own Hazelcast ({@link HazelcastGrid}); with {@code --noHazelcast} (one
 * instance, the laptop default and the tests) it is this instance's memory ({@link LocalGrid}),
 * and behaves the same for that one instance.
 */
public interface DataGrid {

    /** Whether other instances share this grid (the data grid is on), rather than this instance alone. */
    boolean shared();

    /**
     * Replaces the value under {@code key} in the map {@code map} by {@code change} of the current one
     * (null when there is none), atomically across the instances; returns the new value. The new value
     * is kept for {@code keep} and then dropped, as if never set; a null new value drops it at once.
     * {@code change} must be a pure function: it may be called more than once.
     */
    String update(String map, String key, UnaryOperator<String> change, Duration keep);

    /**
     * Tells every other instance {@code notice} (a short name such as {@code "part.reload"}); each
     * fires it there as a {@link ClusterNotice} event, soon and once. This instance does not get its
     * own notice (it has done the work already). Alone, there is nobody to tell.
     */
    void tellOthers(String notice);
}
