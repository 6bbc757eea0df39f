package org.edition.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
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
     * begun, and its exception is thrown here once the running ones have ended.
     */
    public static void forEach(int count, IntConsumer work) {
        if (count <= 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        int threads = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, threads).parallel().forEach(t -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    work.accept(i);
                } catch (RuntimeException | Error e) {
                    next.set(count);
                    throw e;
                }
            }
        });
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
}
