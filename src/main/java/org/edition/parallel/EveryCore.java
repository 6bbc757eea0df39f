package org.edition.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs pieces of work numbered 0 to n − 1 on every core, each thread taking the next piece not yet taken
 * when it is done with one. A parallel stream instead cuts the range into fixed runs, four per thread of
 * the common pool: on a machine of two cores (a pool of one thread, and the caller) that is four runs of a
 * quarter each, and when the pieces differ in size one core can be left with most of the work while the
 * other waits (a site's pages: the small search files first, the large comparison pages after).
 */
public final class EveryCore {

    private EveryCore() {
    }

    /**
     * Runs {@code work} for every number from 0 to {@code count} − 1, in no fixed order, the calling thread
     * among those that run it; returns when all are done. A piece that throws stops the pieces not yet
     * begun, and its exception (the same object, of the first piece to fail) is thrown here once the
     * running ones have ended.
     */
    public static void forEach(int count, IntConsumer work) {
        if (count <= 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        // the failure is kept and thrown from this thread: the pool would throw, from another thread's
        // piece, a copy of the exception wrapping it (its message changed)
        AtomicReference<Throwable> failed = new AtomicReference<>();
        int threads = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, threads).parallel().forEach(t -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    work.accept(i);
                } catch (RuntimeException | Error e) {
                    failed.compareAndSet(null, e);
                    next.set(count);
                    return;
                }
            }
        });
        if (failed.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failed.get() instanceof Error e) {
            throw e;
        }
    }

    /** The results of {@code work} for every number from 0 to {@code count} − 1, in that order, made on every core (see {@link #forEach}). */
    public static <R> List<R> map(int count, IntFunction<? extends R> work) {
        Object[] made = new Object[Math.max(0, count)];
        forEach(count, i -> made[i] = work.apply(i));
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Collections.unmodifiableList(Arrays.asList(made));
        return results;
    }

    /** The results of {@code work} for every item, in the items' order, made on every core (see {@link #forEach}). */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        return map(items.size(), i -> work.apply(items.get(i)));
    }

    /**
     * The results of {@code work} for every number from 0 to {@code count} − 1, in that order, every piece run
     * even when some fail: then the exception of the first failing piece in that order is thrown, whatever
     * order they ran in, so that a run on many cores reports what a run on one would.
     */
    public static <R> List<R> mapAll(int count, IntFunction<? extends R> work) {
        RuntimeException[] failures = new RuntimeException[Math.max(0, count)];
        List<R> made = map(count, i -> {
            try {
                return work.apply(i);
            } catch (RuntimeException e) {
                failures[i] = e;
                return null;
            }
        });
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        return made;
    }
}
