package org.leerwerkplek.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    /**
     * The caller gets the first {@value ReadAhead#FIRST_CHUNK} items while the producer still works
     * on the next ones (an import starts storing before 500 rows are checked), is told when nothing
     * is ready, and then gets every item in order.
     */
    @Test
    void theFirstItemsGoOverBeforeAFullChunkIsMade() {
        int total = 3 * ReadAhead.CHUNK + 7;
        CountDownLatch goOn = new CountDownLatch(1);
        List<Integer> got = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (ReadAhead<Integer, String> ahead = ReadAhead.start(Thread::new, sink -> {
                for (int i = 0; i < total; i++) {
                    if (i == ReadAhead.FIRST_CHUNK) {
                        await(goOn);
                    }
                    sink.accept(i);
                }
                return "done";
            })) {
                for (int i = 0; i < ReadAhead.FIRST_CHUNK; i++) {
                    got.add(ahead.next());  // would wait for ever if the first chunk were a full one
                }
                assertFalse(ahead.ready(), "the producer waits: nothing is ready");
                goOn.countDown();
                for (Integer item = ahead.next(); item != null; item = ahead.next()) {
                    got.add(item);
                }
                assertTrue(ahead.ready(), "at the end next() returns at once");
                assertNull(ahead.next());
                assertEquals("done", ahead.result());
            }
        });
        assertEquals(total, got.size());
        for (int i = 0; i < total; i++) {
            assertEquals(i, got.get(i));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
