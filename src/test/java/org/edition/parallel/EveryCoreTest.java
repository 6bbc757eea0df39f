package org.edition.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Numbered pieces of work on every core: each run once, results in order, failures thrown, no core left waiting. */
class EveryCoreTest {

    @Test
    void runsEveryPieceOnceAndGivesTheResultsInOrder() {
        for (int count : new int[] {0, 1, 2, 3, 17, 1000}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(1, count));
            List<Integer> squares = EveryCore.map(count, i -> {
                runs.incrementAndGet(i);
                return i * i;
            });
            assertEquals(IntStream.range(0, count).map(i -> i * i).boxed().toList(), squares);
            for (int i = 0; i < count; i++) {
                assertEquals(1, runs.get(i), "piece " + i + " of " + count);
            }
        }
        assertEquals(List.of("A", "B", "C"), EveryCore.map(List.of("a", "b", "c"), s -> s.toUpperCase(java.util.Locale.ROOT)));
    }

    @Test
    void keepsTheResultsThatAreNull() {
        List<String> made = EveryCore.map(4, i -> i % 2 == 0 ? null : "x" + i);
        assertEquals(java.util.Arrays.asList(null, "x1", null, "x3"), made);
    }

    /**
     * Once a thread has recorded a failure, the others end the piece they hold and take no new one. Between
     * a piece's throw and its being recorded there is an instant in which other threads may still take
     * pieces: an earlier form of this test, whose pieces did nothing, let them run all of them in that
     * instant (on a machine with more cores, while the failing piece was still making its exception), so it
     * measured that race, not the rule. Here every piece after the failing one lasts a millisecond, so the
     * instant lets each thread begin one or two; were the rule broken, all 2,000 would begin.
     */
    @org.junit.jupiter.api.RepeatedTest(20)
    void throwsWhatAPieceThrowsAndBeginsNoPieceAfterIt() {
        AtomicInteger begun = new AtomicInteger();
        IllegalStateException[] raised = new IllegalStateException[1];
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> EveryCore.forEach(2_000, i -> {
            begun.incrementAndGet();
            if (i == 5) {
                raised[0] = new IllegalStateException("piece 5");
                throw raised[0];
            }
            if (i > 5) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        assertEquals("piece 5", thrown.getMessage());
        org.junit.jupiter.api.Assertions.assertSame(raised[0], thrown, "the piece's own exception, from whichever thread ran it");
        assertTrue(begun.get() < 500, "pieces begun: " + begun.get() + " of 2,000");
    }

    @Test
    void mapAllRunsEveryPieceAndThrowsTheFirstFailureInOrder() {
        for (int round = 0; round < 50; round++) {
            AtomicInteger run = new AtomicInteger();
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> EveryCore.mapAll(200, i -> {
                run.incrementAndGet();
                if (i % 37 == 36) {
                    throw new IllegalArgumentException("piece " + i);
                }
                return i;
            }));
            assertEquals("piece 36", thrown.getMessage(), "whichever failed first in time");
            assertEquals(200, run.get(), "every piece runs");
        }
        assertEquals(List.of(0, 1, 2), EveryCore.mapAll(3, i -> i));
    }

    /**
     * The case parallel streams handle badly: a long piece first, then many short ones. While one thread
     * works on the long piece, the others take every short one (a stream cut into fixed runs would leave
     * the short pieces queued behind the long one in its run).
     */
    @Test
    void noThreadWaitsWhileAnotherHasPiecesQueued() throws InterruptedException {
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        org.junit.jupiter.api.Assumptions.assumeTrue(threads >= 2, "a machine of one core runs the pieces one by one");
        CountDownLatch shortOnesDone = new CountDownLatch(99);
        Set<String> shortRunBy = ConcurrentHashMap.newKeySet();
        List<Boolean> longPieceSawThemDone = new ArrayList<>();
        EveryCore.forEach(100, i -> {
            if (i == 0) {
                try {
                    // the long piece waits (for at most a minute) for the 99 short ones, which other threads must run meanwhile
                    longPieceSawThemDone.add(shortOnesDone.await(60, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                shortRunBy.add(Thread.currentThread().getName());
                shortOnesDone.countDown();
            }
        });
        assertEquals(List.of(true), longPieceSawThemDone, "the short pieces were run while the long one was");
        assertTrue(!shortRunBy.isEmpty());
    }
}
