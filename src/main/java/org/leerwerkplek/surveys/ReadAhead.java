package org.leerwerkplek.surveys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * Runs a producer (reading and checking a CSV) on a thread of its own while the caller's thread
 * takes what it produced (and stores it in the caller's transaction): the two halves of an import
 * overlap instead of following each other. Items go over in chunks of {@value #CHUNK} through a
 * queue of {@value #CHUNKS_AHEAD} chunks, so memory stays bounded however long the file is; the
 * first chunks are smaller ({@value #FIRST_CHUNK} items, then twice as many each time), so that
 * the caller starts storing soon instead of waiting for the first {@value #CHUNK} items, which a
 * server that has just started checks slowly.
 *
 * <p>A failure of the producer reaches the caller from {@link #next()}; when the caller stops early
 * (it failed, or it has what it needs), {@link #close()} stops the producer at its next item and
 * waits for its thread to end, so nothing the producer uses (the upload) is touched after.
 *
 * @param <T> an item
 * @param <R> the producer's result
 */
final class ReadAhead<T, R> implements AutoCloseable {

    /** The work of the producer: hands items to {@code sink}, returns its result. */
    @FunctionalInterface
    interface Producer<T, R> {
        R produce(Consumer<T> sink) throws IOException;
    }

    static final int CHUNK = 500;
    static final int FIRST_CHUNK = 16;
    static final int CHUNKS_AHEAD = 8;
    /** The end of the items: a list of its own, told apart by identity. */
    private static final List<Object> END = new ArrayList<>(0);

    private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread thread;
    private volatile boolean stopped;
    private volatile R result;
    private volatile Throwable failure;
    private List<T> chunk = new ArrayList<>(FIRST_CHUNK);
    /** How many items the chunk being filled takes: from {@value #FIRST_CHUNK} up to {@value #CHUNK}. */
    private int chunkSize = FIRST_CHUNK;
    private List<T> taken = new ArrayList<>(0);
    private int next;

    private ReadAhead(ThreadFactory threads, Producer<T, R> producer) {
        this.thread = threads.newThread(() -> run(producer));
        if (thread == null) {
            throw new IllegalStateException("no thread to read ahead on");
        }
    }

    /** Starts {@code producer} on a new thread of {@code threads}. */
    static <T, R> ReadAhead<T, R> start(ThreadFactory threads, Producer<T, R> producer) {
        ReadAhead<T, R> ahead = new ReadAhead<>(Objects.requireNonNull(threads, "threads"), producer);
        ahead.thread.setName("surveys-read-ahead-" + ahead.thread.getId());
        ahead.thread.start();
        return ahead;
    }

    private void run(Producer<T, R> producer) {
        try {
            result = producer.produce(this::add);
            hand(chunk);
        } catch (Stopped e) {
            return;
        } catch (Throwable e) {
            failure = e;
        }
        try {
            hand(END);
        } catch (Stopped e) {
            // the caller stopped: nobody takes it
        }
    }

    private void add(T item) {
        if (stopped) {
            throw new Stopped();
        }
        chunk.add(item);
        if (chunk.size() == chunkSize) {
            hand(chunk);
            chunkSize = Math.min(CHUNK, chunkSize * 2);
            chunk = new ArrayList<>(chunkSize);
        }
    }

    private void hand(List<?> items) {
        if (items.isEmpty() && items != END) {
            return;
        }
        try {
            queue.put(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
        if (stopped) {
            throw new Stopped();
        }
    }

    /**
     * The next item, waiting for the producer; null when it has produced everything.
     *
     * @throws IOException when the producer failed reading
     */
    @SuppressWarnings("unchecked")
    T next() throws IOException {
        while (next == taken.size()) {
            if (taken == END) {
                return null;
            }
            try {
                taken = (List<T>) queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
            next = 0;
            if (taken == END) {
                rethrow();
                return null;
            }
        }
        return taken.get(next++);
    }

    /**
     * Whether {@link #next()} would return at once: an item taken is left, or a chunk (or the end)
     * is waiting in the queue. When not, the caller may do what it would do anyway while it waits.
     */
    boolean ready() {
        return next < taken.size() || taken == END || !queue.isEmpty();
    }

    /** The producer's result, once {@link #next()} has returned null. */
    R result() {
        if (taken != END) {
            throw new IllegalStateException("the producer has not finished");
        }
        return result;
    }

    private void rethrow() throws IOException {
        Throwable failed = failure;
        if (failed == null) {
            return;
        }
        if (failed instanceof IOException e) {
            throw e;
        }
        if (failed instanceof UncheckedIOException e) {
            throw e.getCause();
        }
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failed);
    }

    /** Stops the producer if it still runs and waits until its thread has ended. */
    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the producer when the caller has stopped taking. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("the import stopped", null, false, false);
        }
    }
}
